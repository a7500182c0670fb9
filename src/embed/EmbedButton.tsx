import './embed.css';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';

// The dialog and its snippet builder load when the button is pressed: most visits never embed.
const EmbedDialog = lazy(() => import('./EmbedDialog.tsx').then((m) => ({ default: m.EmbedDialog })));

/** "Embed…": opens the dialog with the iframe snippet for the current view; focus comes back here. */
export function EmbedButton() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);
  return (
    <div className="embed-opener">
      <button ref={opener} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Embed…
      </button>
      {open ? <Suspense fallback={null}><EmbedDialog onClose={close} /></Suspense> : null}
    </div>
  );
}
