import { EventMap } from '../map/EventMap.tsx';
import { DeferredPrintHandout } from '../print/DeferredPrintHandout.tsx';
import { StoryCard } from './StoryCard.tsx';
import { StoryControls } from './StoryControls.tsx';
import { StoryStrip } from './StoryStrip.tsx';
import './story.css';

/**
 * Story mode's screen, a presentation rather than the explorer: the map full height, the step's caption
 * card beside it (above it on a portrait phone), and one slim bar with the presenter's controls and where
 * the step sits in time. Header, filters, legend and timeline rows step aside; Escape brings them back.
 * Type is sized from the viewport (story.css), so it reads from the back of a room on a projector.
 */
export function StoryPresentation() {
  return (
    <div className="story-app">
      <main className="story-main">
        <h1 className="visually-hidden">Conflict Atlas: story</h1>
        <aside className="story-card" aria-label="Story step">
          <StoryCard />
        </aside>
        <section className="story-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="story-footer" aria-label="Story controls">
          <StoryStrip />
          <StoryControls />
        </section>
      </main>
      <footer className="story-credits">
        Data: GeoNames (CC BY 4.0), Natural Earth, world-countries (ODbL) · Map: Leaflet
      </footer>
      <DeferredPrintHandout />
    </div>
  );
}
