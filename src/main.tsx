import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataset } from './data/dataset.ts';
import { setDataset } from './store/appStore.ts';
import { startHashSync } from './store/hashSync.ts';
import { App } from './App.tsx';
import './app.css';

// The dataset is in the store before the first render, and the hash is read after it, so a deep link
// selects an event that exists.
setDataset(dataset);
startHashSync();

const root = document.getElementById('root');
if (!root) throw new Error('Root element #root not found.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
