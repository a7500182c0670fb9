import './embed.css';
import { useCallback, useRef, useState } from 'react';
import { EmbedDialog } from './EmbedDialog.tsx';

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
      {open ? <EmbedDialog onClose={close} /> : null}
    </div>
  );
}
