import './embed.css';
import { EventMap } from '../map/EventMap.tsx';
import { DeferredTimeline } from '../timeline/DeferredTimeline.tsx';
import { useMediaQuery } from '../browser/useMediaQuery.ts';
import { EmbedCredits } from './EmbedCredits.tsx';
import { EmbedDateStrip } from './EmbedDateStrip.tsx';
import { EmbedEventStrip } from './EmbedEventStrip.tsx';
import { toFullViewUrl } from './embedUrl.ts';
import { useLocationHref } from './useLocationHref.ts';

/** Below this frame height the timeline's axis and rows would leave the map a sliver. */
export const SHORT_FRAME = '(max-height: 399px)';

/**
 * The layout for an iframe (`?embed=1`): no header, toolbar or side panels; a strip with the selected
 * event and a link to the full view, then map and timeline filling the frame, then one line of credits.
 * In a short frame (400×300, 640×360) a one-line date strip stands in for the timeline.
 * It fills the frame exactly (down to a minimum height), which keeps `atlas:resize` reports stable.
 */
export function EmbedApp() {
  const href = useLocationHref();
  const short = useMediaQuery(SHORT_FRAME);
  return (
    <div className="embed-app">
      {/* Named, as is the footer: a host page has its own main and footer, and axe asks landmarks to differ. */}
      <main className={short ? 'embed-main embed-main--short' : 'embed-main'} aria-label="Conflict Atlas">
        {/* The page's name for screen readers; the host page supplies the visible context. */}
        <h1 className="visually-hidden">Conflict Atlas</h1>
        <div className="embed-bar">
          {/* First, and floated: the event's title wraps around it and its facts get the whole width. */}
          <a className="embed-bar__full" href={toFullViewUrl(href)} target="_blank" rel="noopener">
            Open full view<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <section className="embed-strip" aria-label="Selected event">
            <EmbedEventStrip />
          </section>
        </div>
        <section className="embed-map" aria-label="Map">
          <EventMap frameSelection="region" />
        </section>
        <section className={short ? 'embed-timeline embed-timeline--strip' : 'embed-timeline'} aria-label="Timeline">
          {short ? <EmbedDateStrip /> : <DeferredTimeline />}
        </section>
      </main>
      <EmbedCredits />
    </div>
  );
}
