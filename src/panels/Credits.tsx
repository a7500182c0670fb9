/** Data credits the licences ask for, always visible. */
export function Credits() {
  return (
    <footer className="credits">
      <ul className="credits__list">
        <li>Places and city labels: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)</li>
        <li>Basemap and Libya’s districts: <a href="https://www.naturalearthdata.com/">Natural Earth</a></li>
        <li>Countries: <a href="https://github.com/mledoze/countries">world-countries</a> (ODbL)</li>
        <li>Map: <a href="https://leafletjs.com/">Leaflet</a> · Timeline: <a href="https://visjs.org/">vis-timeline</a></li>
      </ul>
    </footer>
  );
}
