/**
 * The credits the data licences ask for (GeoNames' CC BY, world-countries' ODbL), on one small line.
 * Leaflet's own attribution stays on the map; the full view lists everything (panels/Credits.tsx).
 */
export function EmbedCredits() {
  return (
    <footer className="embed-credits" aria-label="Conflict Atlas credits">
      Data: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · <a href="https://github.com/mledoze/countries">world-countries</a> (ODbL) · <a href="https://www.naturalearthdata.com/">Natural Earth</a>
    </footer>
  );
}
