import { useEffect } from 'react';
import { goToStep } from '../store/appStore.ts';

/**
 * Advances the story every `pace` seconds while it plays. The timer restarts on each step, so a presenter
 * who steps by hand during playback gets a full pause on the new step. The store stops playback on the
 * last step.
 */
export function useAutoplay(step: number | null, playing: boolean, paceSeconds: number): void {
  useEffect(function advanceWhilePlaying() {
    if (step === null || !playing) return;
    const timer = window.setTimeout(() => goToStep(step + 1), paceSeconds * 1000);
    return function stopTimer() {
      window.clearTimeout(timer);
    };
  }, [step, playing, paceSeconds]);
}
