import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { loadDataset } from './data/dataset.ts';
import { setDataset } from './store/appStore.ts';
import { startHashSync } from './store/hashSync.ts';
import { App } from './App.tsx';
import { browserBridgeHost } from './embed/browserBridgeHost.ts';
import { embeddedHashHost } from './embed/embeddedHashHost.ts';
import { readEmbedOptions } from './embed/embedOptions.ts';
import { allowedOrigins } from './embed/originAllowList.ts';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Root element #root not found.');
void start(root);

// An async function, not top-level await: with top-level await in the graph the bundler turns off its
// chunk optimisations, and the lazily loaded views would come in a dozen small chunks.
async function start(root: HTMLElement): Promise<void> {
  // The dataset is in the store before the first render, and the hash is read after it, so a deep link
  // selects an event that exists. Its download started with the page's (a preload link in a build).
  try {
    setDataset(await loadDataset());
  } catch (error) {
    // Text, not HTML: the message may carry a URL.
    root.textContent = `The events could not be loaded (${(error as Error).message}). Reload the page to try again.`;
    throw error;
  }
  // In `npm start`, a changed seed or sidecar (an editor's review) swaps the dataset in place: no reload,
  // so the view, the selection and the review screen stay where they were.
  if (import.meta.hot) {
    import.meta.hot.accept('./data/dataset.ts', (next) => {
      if (next) void (next as unknown as typeof import('./data/dataset.ts')).loadDataset().then(setDataset);
    });
  }
  const { embed, origins } = readEmbedOptions(window.location.search);
  startHashSync(embed ? embeddedHashHost(window) : window);
  // The editor's review screen exists only in `npm start`: in a build `import.meta.env.DEV` is false, and
  // the branch, with its import of src/review/, is dropped. The built site has no review UI and no writes.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('review')) {
    void import('./review/ReviewApp.tsx').then(({ ReviewApp }) => createRoot(root).render(
      <StrictMode>
        <ReviewApp />
      </StrictMode>,
    ));
  } else {
    // The compact layout's code is fetched only by embeds; the full layout's is the entry's.
    const Layout = embed ? (await import('./embed/EmbedApp.tsx')).EmbedApp : App;
    // flushSync: the embed announces `atlas:ready` to its host only once the app is on screen.
    flushSync(() => createRoot(root).render(
      <StrictMode>
        <Layout />
      </StrictMode>,
    ));
  }
  // The postMessage API belongs to the embed layout, whose height follows its frame's (see browserBridgeHost.ts).
  // Its code is fetched only by a framed embed.
  if (embed && window.parent !== window) {
    const { startMessageBridge } = await import('./embed/messageBridge.ts');
    startMessageBridge(browserBridgeHost(window), allowedOrigins(import.meta.env.VITE_ATLAS_ORIGINS, origins));
  }
}
