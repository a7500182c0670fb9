import { AppHeader } from './panels/AppHeader.tsx';
import { Credits } from './panels/Credits.tsx';
import { EventDetails } from './panels/EventDetails.tsx';
import { EventMap } from './map/EventMap.tsx';
import { EventTimeline } from './timeline/EventTimeline.tsx';

/** One screen: map and timeline in sync through the store, details beside them. */
export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <section className="app-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="app-timeline" aria-label="Timeline">
          <EventTimeline />
        </section>
        <aside className="app-details" aria-label="Event details">
          <EventDetails />
        </aside>
      </main>
      <Credits />
    </div>
  );
}
