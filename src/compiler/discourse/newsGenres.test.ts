import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile } from '../compile.ts';
import type { Event } from '../schema.ts';

/**
 * The genres news about conflict comes in, one short text each, written for these tests: a UN or NGO
 * release (the statement is the news, issued where the release was), a live blog (timed updates of one
 * day), a wire story. Each checks what the genre's form says about date and place.
 */
const gazetteer = fixtureGazetteer();

function events(lines: string[]): Event[] {
  return compile([{ path: 'seeds/genre.txt', text: lines.join('\n') }], { gazetteer }).dataset.events;
}

const statements = (list: Event[]) => list.filter((e) => e.subType === 'statement');

describe('news genres', () => {
  it('places a release\'s statement of concern at its dateline, not at what it is concerned about', () => {
    const [said] = statements(events([
      'Rights office alarmed by killings',
      '',
      'GENEVA (14 June 2023) – The UN rights office said on Wednesday it was deeply alarmed by reports of killings in El Fasher.',
    ]));
    expect(said).toBeDefined();
    expect(said!.date?.start).toBe('2023-06-14');
    expect(said!.place?.name).toBe('Geneva');
    expect(said!.inferred?.place?.from).toBe('dateline');
  });

  it('dates a statement in the simple present on the day of publication, not at the events told before it', () => {
    const [urges] = statements(events([
      'Families flee the fighting',
      '',
      'June 14, 2023',
      '',
      'Hundreds of families fled El Fasher over the weekend. The High Commissioner urges the parties to let civilians leave.',
    ]));
    expect(urges).toBeDefined();
    expect(urges!.date).toMatchObject({ start: '2023-06-14', precision: 'day' });
  });

  it('gives a statement no place from what it speaks about, but keeps where it was made', () => {
    const [concerned] = statements(events([
      'Envoy warns of escalation',
      '',
      'May 3, 2019',
      '',
      'The envoy is deeply concerned about the escalation in Tripoli, his office said.',
    ]));
    expect(concerned).toBeDefined();
    expect(concerned!.place).toBeNull();
    const [warned] = statements(events([
      'Minister warns',
      '',
      'May 3, 2019',
      '',
      'The foreign minister warned at a news conference in Cairo on Thursday that the war could spread.',
    ]));
    expect(warned?.place?.name).toBe('Cairo');
  });

  it('reads "concerned" as a statement only after a form of "be"', () => {
    const list = events([
      'Residents gather',
      '',
      'May 3, 2019',
      '',
      'Concerned residents gathered outside the hospital in Misrata on Thursday.',
    ]);
    expect(statements(list)).toHaveLength(0);
  });

  it('dates a live blog\'s timed updates on the page\'s day', () => {
    const list = events([
      'Live: fighting in the capital',
      '',
      '15 April 2023',
      '',
      '10:45 GMT – Gunfire and explosions were heard near the airport in Tripoli, witnesses said.',
      '',
      '11:20 GMT – The armed group said it had taken control of the port in Misrata.',
    ]);
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (const e of list) expect(e.date).toMatchObject({ start: '2023-04-15', precision: 'day' });
  });

  it('reads a target coming under fire as an attack', () => {
    const [attack] = events([
      'Convoy hit',
      '',
      'March 20, 2014',
      '',
      'An aid convoy came under heavy fire near Gao on Tuesday.',
    ]);
    expect(attack).toMatchObject({ type: 'battles', date: { start: '2014-03-18' }, place: { name: 'Gao' } });
  });

  it('carries the story\'s day into "shortly before 5 a.m." and into every place of a list told in the past', () => {
    const list = events([
      'Invasion',
      '',
      'Kyiv, 24 February 2022: Missiles struck military sites across Ukraine in the early hours of Thursday.',
      '',
      'Shortly before 5 a.m., powerful explosions were heard in Kyiv and Kharkiv.',
    ]);
    const heard = list.filter((e) => e.sources.some((s) => /explosions were heard/.test(s.quote)));
    expect(heard.map((e) => e.place?.name).sort()).toEqual(['Kharkiv', 'Kyiv']);
    for (const e of heard) expect(e.date?.start).toBe('2022-02-24');
  });

  it('reads a wire\'s converted distance as a landmark: "a town about 80 km (50 miles) south of Tripoli"', () => {
    const list = events([
      'Forces advance',
      '',
      'April 5, 2019',
      '',
      'Eastern forces seized Gharyan, a town about 80 km (50 miles) south of Tripoli, on Thursday.',
    ]);
    expect(list.map((e) => e.place?.name)).toEqual(['Gharyan']);
  });

  it('does not read "the capital of" a named area as the country\'s capital', () => {
    const list = events([
      'Rebels advance',
      '',
      'The rebels took Kidal, the capital of the Kidal Region in northern Mali, in early 2012.',
    ]);
    for (const e of list) expect(e.place?.name).not.toBe('Bamako');
  });

  it('makes one event per item of a list whose items say what kind of place they are', () => {
    const list = events([
      'Strikes',
      '',
      'January 12, 2024',
      '',
      'Explosions were heard in the capital Tripoli, the port city of Misrata and the coastal town of Sirte on Friday, witnesses said.',
    ]);
    expect(list.map((e) => e.place?.name).sort()).toEqual(['Misrata', 'Sirte', 'Tripoli']);
  });

  it('dates what a present-tense saying reports in the present perfect on the day of publication', () => {
    const [entered] = events([
      'Live: the capital',
      '',
      'Sunday 8 December 2024',
      '',
      'Rebels say they have entered Tripoli and freed detainees.',
    ]);
    expect(entered?.date).toEqual({ start: '2024-12-08', precision: 'day' });
  });

  it('gives a date before "and" to the verb it follows, not to the next one', () => {
    const list = events([
      'Rebels advance',
      '',
      'Sunday 8 December 2024',
      '',
      'Rebels seized most of Misrata by 30 November and took Sirte on Thursday.',
    ]);
    const at = (name: string) => list.find((e) => e.place?.name === name)?.date?.start;
    expect(at('Misrata')).toBe('2024-11-30');
    expect(at('Sirte')).toBe('2024-12-05');
  });

  it('makes no event of a state in force, a habit, or what a backdrop clause tells', () => {
    const list = events([
      'Attack on an army post',
      '',
      'March 20, 2014',
      '',
      'A state of emergency has been in force in the region since 2012.',
      '',
      'Drones strike the roads around Gao nearly every night.',
      '',
      'He was a lawyer who represented the families of 1,200 prisoners killed at a prison in Tripoli in 1996.',
    ]);
    expect(list).toEqual([]);
  });

  it('dates the paragraphs under a live blog\'s timed heading on the page\'s day', () => {
    const list = events([
      'Live: the fall of the capital',
      '',
      'Sunday 8 December 2024',
      '',
      '08:40 GMT – Prisoners freed',
      '',
      'Rebels stormed the central prison in Tripoli and freed hundreds of detainees.',
      '',
      'Catch up',
      '',
      'Rebels seized Misrata last month.',
    ]);
    expect(list.find((e) => e.sources.some((q) => /stormed/.test(q.quote)))?.date).toEqual({ start: '2024-12-08', precision: 'day' });
    expect(list.find((e) => e.place?.name === 'Misrata')?.date).toEqual({ start: '2024-11', precision: 'month' });
  });

  it('places a named prison the gazetteer lacks in the town the story is about, approximately', () => {
    const list = events([
      'Libyan rebels enter Misrata',
      '',
      'January 27, 2025',
      '',
      'Rebels entered Misrata on Sunday. Thousands of inmates escaped from Munzenze prison late on Sunday.',
    ]);
    const escape = list.find((e) => e.sources.some((s) => /Munzenze/.test(s.quote)));
    expect(escape?.place).toMatchObject({ name: 'Munzenze prison, Misrata', precision: 'site', approximate: true });
    expect(escape?.inferred?.place?.from).toBe('context');
  });

  it('reads whose place an object is ("the bank\'s headquarters") and does not place an act at whom it addresses', () => {
    const list = events([
      'Standoff in the capital',
      '',
      'August 27, 2024',
      '',
      'Armed men surrounded the bank\'s headquarters in Tripoli on Monday.',
      '',
      'The Security Council held an emergency meeting on Monday and called on Turkey to withdraw its troops.',
    ]);
    expect(list.find((e) => e.subType === 'territory-taken')?.place?.name).toBe('Tripoli');
    expect(list.find((e) => e.subType === 'meeting')?.place ?? null).toBeNull();
  });

  it('does not let the plan of an aside date the act after it', () => {
    const list = events([
      'Envoy in the east',
      '',
      'April 5, 2019',
      '',
      'The envoy, who had been in Tripoli to prepare a conference planned for mid-April, flew to Benghazi on Friday.',
    ]);
    expect(list.find((e) => e.subType === 'visit')).toMatchObject({ date: { start: '2019-04-05' }, place: { name: 'Benghazi' } });
  });

  it('takes the country the story\'s towns are in as "the country", over a country named as an actor', () => {
    const list = events([
      'Missiles hit Kharkiv',
      '',
      'A Russian missile struck an apartment block in Kharkiv on Saturday, officials said.',
      '',
      'The air force said Russia had launched dozens of missiles at targets across the country.',
    ]);
    const launched = list.find((e) => e.sources.some((q) => /across the country/.test(q.quote)));
    expect(launched?.place?.name).toBe('Ukraine');
  });

  it('places "the eastern outskirts" at the town just named, and burning villages as destruction', () => {
    const list = events([
      'Battle for the port',
      '',
      'In 2018, coalition forces attacked Misrata. In November, fighting reached the eastern outskirts.',
      '',
      'In May 2019, militias burned villages near Sirte.',
    ]);
    expect(list.find((e) => e.date?.start === '2018-11')?.place?.name).toBe('Misrata');
    expect(list.find((e) => e.subType === 'looting-property-destruction')?.place?.name).toBe('Sirte');
  });

  it('puts no other place in for a town the text names but the gazetteer lacks', () => {
    const list = events([
      'Massacre in a village',
      '',
      'On 4 May 2019, rebels attacked Misrata. On 9 May, dozens of villagers were killed in the village of Qasr Zubaydah.',
      '',
      'The massacre was condemned across the country.',
    ]);
    const killed = list.find((e) => e.sources.some((q) => /Qasr Zubaydah/.test(q.quote)));
    expect(killed?.date?.start).toBe('2019-05-09');
    expect(killed?.place?.name).not.toBe('Misrata');
  });
});
