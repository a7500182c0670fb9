import { AppHeader } from './panels/AppHeader.tsx';
import { Credits } from './panels/Credits.tsx';
import { EventDetails } from './panels/EventDetails.tsx';
import { EventList } from './panels/EventList.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { FilterPanel } from './panels/FilterPanel.tsx';
import { EventMap } from './map/EventMap.tsx';
import { EventTimeline } from './timeline/EventTimeline.tsx';
import { PrintHandout } from './print/PrintHandout.tsx';
import { StoryButton } from './story/StoryButton.tsx';
import { StoryCaption } from './story/StoryCaption.tsx';
import { StoryControls } from './story/StoryControls.tsx';
import { StoryMode } from './story/StoryMode.tsx';
import { useAppStore } from './store/appStore.ts';
import { EmbedApp } from './embed/EmbedApp.tsx';

/**
 * One screen: the toolbar (search, filters, export) on top, map and timeline in sync through the store,
 * details and the event list beside them (below them on narrow screens). Layout lives in app.css.
 * Story mode swaps the toolbar for the presenter's controls and the list for the step's caption.
 * `embed` (`?embed=1`) shows the compact layout for an iframe instead.
 */
export function App({ embed = false }: { embed?: boolean }) {
  const inStory = useAppStore((s) => s.story !== null);
  // Creation-only: main.tsx reads ?embed=1 once; the embed layout has its own component (src/embed/).
  if (embed) return <EmbedApp />;
  return (
    <div className={inStory ? 'app app--story' : 'app'}>
      <StoryMode />
      <AppHeader />
      <main className="app-main">
        <div className="app-toolbar">
          {inStory ? <StoryControls /> : (
            <>
              <FilterPanel />
              <ExportMenu />
            </>
          )}
        </div>
        <section className="app-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="app-timeline" aria-label="Timeline">
          <EventTimeline />
        </section>
        <div className="app-side">
          <aside className="app-details" aria-label="Event details">
            {inStory ? <StoryCaption /> : null}
            <EventDetails />
          </aside>
          {inStory ? null : (
            <section className="app-list" aria-labelledby="event-list-title">
              <div className="app-list__header">
                <h2 id="event-list-title" className="app-list__title">Events</h2>
                <StoryButton />
              </div>
              <EventList />
            </section>
          )}
        </div>
      </main>
      <Credits />
      <PrintHandout />
    </div>
  );
}
