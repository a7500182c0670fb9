import { useEffect, useId, useRef, useState } from 'react';
import { embedSnippet } from './embedSnippet.ts';
import { useLocationHref } from './useLocationHref.ts';

/**
 * The HTML that embeds the current view, read-only, with a Copy button. A modal <dialog>, like the source
 * reader: the browser makes the page inert and closes it on Escape; the caller returns focus to the opener.
 */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const snippet = embedSnippet(useLocationHref());
  const ids = useId();

  useEffect(function openModal() {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // No close() on cleanup: see SourceReader (StrictMode's remount would fire `close`).
  }, []);

  const selectSnippet = () => {
    field.current?.focus();
    field.current?.select();
  };
  const copy = async () => {
    try {
      // Undefined outside secure contexts (an http:// host other than localhost): fall back to selecting.
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied to the clipboard.');
    } catch {
      selectSnippet();
      setStatus('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <h2 id={`${ids}-title`} className="embed-dialog__title">Embed this view</h2>
      <label htmlFor={`${ids}-snippet`}>HTML snippet</label>
      <textarea id={`${ids}-snippet`} ref={field} readOnly value={snippet} rows={5} spellCheck={false}
        aria-describedby={`${ids}-about`} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog__actions">
        <button type="button" className="button" onClick={() => void copy()}>Copy</button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>Close</button>
        <p className="embed-dialog__status" role="status">{status}</p>
      </div>
      {/* After the snippet and its buttons, so a short screen shows those first. */}
      <p id={`${ids}-about`} className="embed-dialog__about">
        Paste this HTML into a web page to show the atlas as it is now: the selected event, the time window and
        the filters come with it. Readers can open the full view from the embed.
      </p>
    </dialog>
  );
}
