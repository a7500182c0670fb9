import { useAppStore } from '../store/appStore.ts';

/**
 * Said in place of the details when a link (or a host page) asked for an event the atlas no longer has:
 * the article was corrected, the event rejected in review, or the link mistyped. Better than a blank panel
 * that looks like a broken page. A status, so screen readers hear it when the link opens.
 */
export function MissingEventNotice({ className }: { className: string }) {
  const missingId = useAppStore((s) => s.missingId);
  if (missingId === null) return null;
  return (
    <p className={className} role="status">
      This event is no longer in the atlas <span className="missing-event__id">({missingId})</span>. It may have
      been corrected or removed since the link was made.
    </p>
  );
}
