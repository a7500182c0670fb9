import { useCallback, useEffect, useState } from 'react';

/**
 * Full screen for the whole page, as a projector wants it. `supported` is false where the browser or an
 * iframe without `allowfullscreen` refuses it; the control is then not offered at all.
 */
export function useFullscreen(): { supported: boolean; active: boolean; toggle: () => void } {
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const [active, setActive] = useState(() => supported && document.fullscreenElement !== null);

  useEffect(function followFullscreenChanges() {
    if (!supported) return;
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [supported]);

  const toggle = useCallback(() => {
    // A refused request (no user gesture, a policy) leaves the page as it was: nothing to report.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  return { supported, active, toggle };
}
