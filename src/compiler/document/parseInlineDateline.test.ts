import { describe, expect, it } from 'vitest';
import { parseInlineDateline } from './parseInlineDateline.ts';

/** The dateline as read, and the text the story starts with. */
function read(text: string) {
  const d = parseInlineDateline(text);
  if (!d) return null;
  return { place: d.place, date: d.date, dateline: text.slice(0, d.end), story: text.slice(d.length) };
}

describe('parseInlineDateline', () => {
  it.each([
    ['MISRATA (Reuters) - Gunmen stormed a clinic.', 'MISRATA', undefined, 'MISRATA (Reuters) -'],
    ['SIRTE, Libya (AP) — Gunmen stormed a clinic.', 'SIRTE', undefined, 'SIRTE, Libya (AP) —'],
    ['SIRTE, March 9 (Reuters) - Gunmen stormed a clinic.', 'SIRTE', { m: 3, d: 9 }, 'SIRTE, March 9 (Reuters) -'],
    ['SIRTE, March 9 2016 – Gunmen stormed a clinic.', 'SIRTE', { y: 2016, m: 3, d: 9 }, 'SIRTE, March 9 2016 –'],
    ['Khartoum — Gunmen stormed a clinic.', 'Khartoum', undefined, 'Khartoum —'],
    ['KHARTOUM - Gunmen stormed a clinic.', 'KHARTOUM', undefined, 'KHARTOUM -'],
    ['AMMAN (AFP) -- Gunmen stormed a clinic.', 'AMMAN', undefined, 'AMMAN (AFP) --'],
    ['Paris, 3 March 2019: Gunmen stormed a clinic.', 'Paris', { y: 2019, m: 3, d: 3 }, 'Paris, 3 March 2019:'],
    ['Sabha (Libya) | Gunmen stormed a clinic.', 'Sabha', undefined, 'Sabha (Libya) |'],
    ['Ras Lanuf — Gunmen stormed a clinic.', 'Ras Lanuf', undefined, 'Ras Lanuf —'],
    ['Aden, (Some Outlet / Wire Service - 4th Feb, 2018 ) :Gunmen stormed a clinic.', 'Aden', { y: 2018, m: 2, d: 4 }, 'Aden, (Some Outlet / Wire Service - 4th Feb, 2018 ) :'],
    ['(Sabha) – Gunmen stormed a clinic.', 'Sabha', undefined, '(Sabha) –'],
    ['(New York, 3 March 2019) – Gunmen stormed a clinic.', 'New York', { y: 2019, m: 3, d: 3 }, '(New York, 3 March 2019) –'],
    ['GENEVA (3 March 2019) – Gunmen stormed a clinic.', 'GENEVA', { y: 2019, m: 3, d: 3 }, 'GENEVA (3 March 2019) –'],
    ['DUBAI: Gunmen stormed a clinic.', 'DUBAI', undefined, 'DUBAI:'],
    ['Al-Kufra (Libya), 4 May 2024 – Gunmen stormed a clinic.', 'Al-Kufra', { y: 2024, m: 5, d: 4 }, 'Al-Kufra (Libya), 4 May 2024 –'],
    ['ADEN/RIYADH (Reuters) - Gunmen stormed a clinic.', 'ADEN/RIYADH', undefined, 'ADEN/RIYADH (Reuters) -'],
  ])('reads the dateline of %s', (text, place, date, dateline) => {
    expect(read(text)).toEqual({ place, date, dateline, story: 'Gunmen stormed a clinic.' });
  });

  it('reads an agency alone and a date alone', () => {
    expect(read('(Reuters) - Gunmen stormed a clinic.')).toMatchObject({ place: undefined, story: 'Gunmen stormed a clinic.' });
    expect(read('9 March 2016 – Gunmen stormed a clinic.')).toMatchObject({ date: { y: 2016, m: 3, d: 9 }, story: 'Gunmen stormed a clinic.' });
    expect(read('March 9 (Reuters) - Gunmen stormed a clinic.')).toMatchObject({ place: undefined, date: { m: 3, d: 9 }, story: 'Gunmen stormed a clinic.' });
  });

  it('reads a dateline that is alone on its line, or whose story wraps to the next line', () => {
    expect(read('Paris, 3 March 2019:')).toEqual({ place: 'Paris', date: { y: 2019, m: 3, d: 3 }, dateline: 'Paris, 3 March 2019:', story: '' });
    expect(read('SIRTE (Reuters) -\nGunmen stormed a clinic.')).toMatchObject({ dateline: 'SIRTE (Reuters) -', story: 'Gunmen stormed a clinic.' });
  });

  it.each([
    'Haftar — who rose to prominence in 2014 — denied it.',
    'Khalifa Haftar (pictured) - the strongman - denied it.',
    'The army - or what is left of it - withdrew.',
    'Update: the toll has risen to twelve.',
    'Human Rights Watch (HRW) - The group said so.',
    'Benghazi - The city was quiet.',
    'Wednesday — A quiet day in the city.',
    'March 2011 - The first protests spread.',
    'Talks resumed on 3 May 2018 in Rome.',
    'UPDATE 2 - Gunmen stormed a clinic.',
    'Tunis: Gunmen stormed a clinic.',
    'EDITORIAL: The war must end.',
    'FACT CHECK: The claim is false.',
    'March 9 - Gunmen stormed a clinic.',
    'Published: Thursday 28 September 2017, 10:45 GMT',
    'Mon 29th June 2020 | 06:00 PM',
  ])('leaves an ordinary opening or a date line alone: %s', (text) => {
    expect(parseInlineDateline(text)).toBeNull();
  });
});
