import { AppHeader } from './panels/AppHeader.tsx';
import { Credits } from './panels/Credits.tsx';
import { EventDetails } from './panels/EventDetails.tsx';
import { EventList } from './panels/EventList.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { FilterPanel } from './panels/FilterPanel.tsx';
import { EventMap } from './map/EventMap.tsx';
import { EventTimeline } from './timeline/EventTimeline.tsx';
import { SkipToList } from './panels/SkipToList.tsx';
import { DETAILS_ID } from './panels/revealDetails.ts';
import { PrintHandout } from './print/PrintHandout.tsx';
import { StoryButton } from './story/StoryButton.tsx';
import { StoryPresentation } from './story/StoryPresentation.tsx';
import { useAppStore } from './store/appStore.ts';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { EmbedButton } from './embed/EmbedButton.tsx';

/**
 * One screen: the toolbar (search, filters, export) on top, map and timeline in sync through the store,
 * details and the event list beside them (below them on narrow screens). Layout lives in app.css.
 * Story mode is a presentation with a layout of its own (src/story/), and `embed` (`?embed=1`) the
 * compact layout for an iframe (src/embed/).
 */
export function App({ embed = false }: { embed?: boolean }) {
  const inStory = useAppStore((s) => s.story !== null);
  // Creation-only: main.tsx reads ?embed=1 once.
  if (embed) return <EmbedApp />;
  if (inStory) return <StoryPresentation />;
  return (
    <div className="app">
      <SkipToList />
      <AppHeader />
      <main className="app-main">
        <div className="app-toolbar">
          <FilterPanel />
          <ExportMenu>
            <EmbedButton />
          </ExportMenu>
        </div>
        <section className="app-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="app-timeline" aria-label="Timeline">
          <EventTimeline />
        </section>
        <div className="app-side">
          <aside id={DETAILS_ID} className="app-details" aria-label="Event details">
            <EventDetails />
          </aside>
          <section className="app-list" aria-labelledby="event-list-title">
            <div className="app-list__header">
              <h2 id="event-list-title" className="app-list__title">Events</h2>
              <StoryButton />
            </div>
            <EventList />
          </section>
        </div>
      </main>
      <Credits />
      <PrintHandout />
    </div>
  );
}
