import { describe, expect, it } from 'vitest';
import { mainCountry } from './mainCountry.ts';

const at = (...codes: (string | undefined)[]) => codes.map((country) => ({ place: { country } }));

describe('mainCountry', () => {
  it('is the country holding 60% or more of the events', () => {
    expect(mainCountry(at('LY', 'LY', 'LY', 'FR', 'IT'))).toBe('LY');
  });

  it('is a clear leader in a small, scattered dataset: twice as many events as any other country', () => {
    expect(mainCountry(at('LY', 'LY', 'FR', 'IT', 'CH'))).toBe('LY');
  });

  it('is none when the events are spread out', () => {
    expect(mainCountry(at('LY', 'LY', 'FR', 'FR', 'IT'))).toBeNull();
    expect(mainCountry(at('FR', 'IT'))).toBeNull();
  });

  it('needs two events unless they are the majority', () => {
    expect(mainCountry(at('FR'))).toBe('FR');
    expect(mainCountry(at('FR', undefined, undefined))).toBeNull();
  });

  it('is none without events or countries', () => {
    expect(mainCountry([])).toBeNull();
    expect(mainCountry(at(undefined, undefined))).toBeNull();
  });

  it('does not depend on the events’ order', () => {
    expect(mainCountry(at('IT', 'FR', 'FR', 'IT'))).toBeNull();
    expect(mainCountry(at('IT', 'FR', 'IT', 'FR', 'IT', 'FR', 'LY'))).toBeNull();
  });
});
