import { useAppStore } from '../store/appStore.ts';
import { selectCounts } from '../store/selectors.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Product name and what the atlas was built from. */
export function AppHeader() {
  const { events, documents } = useAppStore(selectCounts);
  return (
    <header className="app-header">
      <h1 className="app-header__title">Conflict Atlas</h1>
      <p className="app-header__counts">
        {plural(events, 'event')} from {plural(documents, 'document')}
      </p>
      {/* npm start only: the editor's way to the review screen (a build drops this). */}
      {import.meta.env.DEV ? <a className="app-header__review" href="?review=1">Review events</a> : null}
    </header>
  );
}
