import { describe, expect, it } from 'vitest';
import { storyKey, type KeyPress } from './storyKey.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress =>
  ({ key, altKey: false, ctrlKey: false, metaKey: false, targetTag: 'BODY', targetEditable: false, dialogOpen: false, ...more });

describe('storyKey', () => {
  it('steps with arrows and with the Page keys clickers send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(storyKey(press(key))).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(storyKey(press(key))).toBe('previous');
  });

  it('jumps with Home and End, plays with Space, leaves with Escape', () => {
    expect(storyKey(press('Home'))).toBe('first');
    expect(storyKey(press('End'))).toBe('last');
    expect(storyKey(press(' '))).toBe('toggle-play');
    expect(storyKey(press('Escape'))).toBe('leave');
  });

  it('steps even when focus is on the map or a button, but leaves Space to the button', () => {
    expect(storyKey(press('ArrowRight', { targetTag: 'DIV' }))).toBe('next');
    expect(storyKey(press('PageDown', { targetTag: 'BUTTON' }))).toBe('next');
    expect(storyKey(press(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(storyKey(press(' ', { targetTag: 'A' }))).toBeNull();
  });

  it('leaves typing, modified keys and open dialogs alone', () => {
    expect(storyKey(press('ArrowLeft', { targetTag: 'INPUT' }))).toBeNull();
    expect(storyKey(press('End', { targetTag: 'SELECT' }))).toBeNull();
    expect(storyKey(press('ArrowRight', { targetEditable: true }))).toBeNull();
    expect(storyKey(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(storyKey(press('ArrowLeft', { metaKey: true }))).toBeNull();
    expect(storyKey(press('Escape', { dialogOpen: true }))).toBeNull();
    expect(storyKey(press('a'))).toBeNull();
  });
});
