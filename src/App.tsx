import { AppHeader } from './panels/AppHeader.tsx';
import { Credits } from './panels/Credits.tsx';
import { EventDetails } from './panels/EventDetails.tsx';
import { EventList } from './panels/EventList.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { FilterPanel } from './panels/FilterPanel.tsx';
import { EventMap } from './map/EventMap.tsx';
import { EventTimeline } from './timeline/EventTimeline.tsx';

/**
 * One screen: the toolbar (search, filters, export) on top, map and timeline in sync through the store,
 * details and the event list beside them (below them on narrow screens). Layout lives in app.css.
 */
export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <div className="app-toolbar">
          <FilterPanel />
          <ExportMenu />
        </div>
        <section className="app-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="app-timeline" aria-label="Timeline">
          <EventTimeline />
        </section>
        <div className="app-side">
          <aside className="app-details" aria-label="Event details">
            <EventDetails />
          </aside>
          <section className="app-list" aria-labelledby="event-list-title">
            <h2 id="event-list-title" className="app-list__title">Events</h2>
            <EventList />
          </section>
        </div>
      </main>
      <Credits />
    </div>
  );
}
