import { lazy, Suspense } from 'react';
import { AppHeader } from './panels/AppHeader.tsx';
import { Credits } from './panels/Credits.tsx';
import { EventDetails } from './panels/EventDetails.tsx';
import { EventList } from './panels/EventList.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { FilterPanel } from './panels/FilterPanel.tsx';
import { EventMap } from './map/EventMap.tsx';
import { DeferredTimeline } from './timeline/DeferredTimeline.tsx';
import { SkipToList } from './panels/SkipToList.tsx';
import { DETAILS_ID } from './panels/revealDetails.ts';
import { DeferredPrintHandout } from './print/DeferredPrintHandout.tsx';
import { StoryButton } from './story/StoryButton.tsx';
import { StoryMode } from './story/StoryMode.tsx';
import { useAppStore } from './store/appStore.ts';
import { EmbedButton } from './embed/EmbedButton.tsx';
import { PrintButton } from './print/PrintButton.tsx';

// Story mode is a screen of its own that most visits never open: its code loads when a story starts.
const StoryPresentation = lazy(() => import('./story/StoryPresentation.tsx').then((m) => ({ default: m.StoryPresentation })));

/**
 * One screen: the toolbar (search, filters, export) on top, map and timeline in sync through the store,
 * details and the event list beside them (below them on narrow screens). Layout lives in app.css.
 * Story mode is a presentation with a layout of its own (src/story/); the compact layout for an iframe
 * (`?embed=1`, src/embed/) is chosen by main.tsx instead of this one.
 */
export function App() {
  const inStory = useAppStore((s) => s.story !== null);
  if (inStory) {
    return (
      <>
        <StoryMode />
        <Suspense fallback={<p className="app-opening" role="status">Opening the story…</p>}>
          <StoryPresentation />
        </Suspense>
      </>
    );
  }
  return (
    <div className="app">
      <SkipToList />
      <AppHeader />
      <main className="app-main">
        <div className="app-toolbar">
          <FilterPanel />
          <ExportMenu>
            <PrintButton />
            <EmbedButton />
          </ExportMenu>
        </div>
        <section className="app-map" aria-label="Map">
          <EventMap />
        </section>
        <section className="app-timeline" aria-label="Timeline">
          <DeferredTimeline />
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
      <DeferredPrintHandout />
    </div>
  );
}
