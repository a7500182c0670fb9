import { loadPrintHandout } from './DeferredPrintHandout.tsx';

// The handout is usually loaded by now (after the first view, when the page was idle); if not, wait for it.
const printHandout = () => void loadPrintHandout().then(() => window.print());

/** "Print handout": the filtered events, or the story in story mode (the handout takes the app's place on paper). */
export function PrintButton() {
  return <button type="button" className="button" onClick={printHandout}>Print handout</button>;
}
