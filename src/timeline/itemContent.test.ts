import { describe, expect, it, vi } from 'vitest';
import { initialState } from '../store/appStore.ts';
import { selectDatedEvents } from '../store/selectors.ts';
import { testDataset } from '../testing/testDataset.ts';
import { asFake, fakeDocument } from '../testing/fakeDocument.ts';
import { itemContent } from './itemContent.ts';
import { KEYBOARD_HINT_ID } from './keyboardHint.ts';
import { textLabel } from './textLabel.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const [paris, siege] = selectDatedEvents({ ...initialState, dataset: testDataset });
if (!paris || !siege) throw new Error('testDataset changed');
const noop = { onActivate: () => {}, onHover: () => {} };

describe('itemContent', () => {
  it('puts a hostile title in as text: the element text is the title, no markup is parsed', () => {
    const content = asFake(itemContent({ ...paris, title: HOSTILE }, noop, fakeDocument));
    expect(content.textContent).toBe(HOSTILE);
    expect(content.children[0]?.textContent).toBe(HOSTILE);
    expect(content.title).toBe(`28 September 2017: ${HOSTILE}`);
  });

  it('makes the title a focusable button, described by the keys, that selects on Enter and highlights on focus', () => {
    const handlers = { onActivate: vi.fn(), onHover: vi.fn() };
    const label = asFake(itemContent(paris, handlers, fakeDocument)).children[0]!;
    expect(label.getAttribute('role')).toBe('button');
    // Out of the Tab order until useRovingItems makes it the items' one stop.
    expect(label.tabIndex).toBe(-1);
    expect(label.getAttribute('aria-describedby')).toBe(KEYBOARD_HINT_ID);
    expect(label.dispatch('keydown', { key: 'Enter' })).toBe(true);
    expect(handlers.onActivate).toHaveBeenCalledWith('paris');
    label.dispatch('focus');
    label.dispatch('blur');
    expect(handlers.onHover.mock.calls).toEqual([['paris'], [null]]);
  });

  it('captions spans with their date, outside the text, and leaves day points bare', () => {
    expect(asFake(itemContent(siege, noop, fakeDocument)).getAttribute('data-date')).toBe('about Sep 2015 – Sep 2017');
    const march = { ...paris, date: { start: '2017-03', precision: 'month' as const } };
    const content = asFake(itemContent(march, noop, fakeDocument));
    expect(content.getAttribute('data-date')).toBe('March 2017');
    expect(content.textContent).toBe(paris.title);
    expect(asFake(itemContent(paris, noop, fakeDocument)).getAttribute('data-date')).toBeNull();
  });
});

describe('textLabel', () => {
  it('is an element whose text is the hostile string itself', () => {
    const label = asFake(textLabel(HOSTILE, 'event-group__label', fakeDocument));
    expect(label.tagName).toBe('span');
    expect(label.textContent).toBe(HOSTILE);
  });
});
