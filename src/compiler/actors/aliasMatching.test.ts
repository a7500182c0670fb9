import { describe, expect, it } from 'vitest';
import { createActorFinder } from './createActorFinder.ts';

/** [text, actorId] pairs found in one sentence of a fresh document. */
function found(sentence: string, finder = createActorFinder()): [string, string][] {
  finder.beginDocument();
  return finder.find(sentence).map((m) => [m.text, m.actorId]);
}

describe('alias matching', () => {
  it('maps the curated aliases of one actor to one id', () => {
    expect(found('Fighters of the Libyan Arab Armed Forces, known as the LAAF, entered the town.')).toEqual([
      ['Libyan Arab Armed Forces', 'libyan-national-army'],
      ['LAAF', 'libyan-national-army'],
    ]);
    expect(found('The UN-backed government rejected the truce.')).toEqual([['UN-backed government', 'government-of-national-accord']]);
  });

  it('prefers the longest alias', () => {
    expect(found('Officials of the UN Security Council met on Monday.')).toEqual([['UN Security Council', 'un-security-council']]);
  });

  it('matches acronyms case-sensitively: IS is the group, "is" is a verb', () => {
    expect(found('The town is calm after IS fighters withdrew.')).toEqual([['IS', 'islamic-state']]);
    expect(found('Is the ceasefire holding? It is.')).toEqual([]);
    expect(found('THE WAR IS OVER, SAYS HAFTAR')).toEqual([['HAFTAR', 'khalifa-haftar']]);
  });

  it('folds apostrophe-s: a possessive alias wins, else the possessor is the actor', () => {
    expect(found("Haftar's forces shelled the airport.")).toEqual([["Haftar's forces", 'libyan-national-army']]);
    expect(found('Haftar’s son flew to Cairo.')).toEqual([['Haftar', 'khalifa-haftar']]);
  });

  it('folds diacritics', () => {
    expect(found('Salame urged both camps to talk.')).toEqual([['Salame', 'ghassan-salame']]);
    expect(found('Ghassan Salamé resigned.')).toEqual([['Ghassan Salamé', 'ghassan-salame']]);
  });

  it('folds Arabic article variants', () => {
    for (const name of ['al-Werfalli', 'Al Werfalli', 'el-Werfalli', 'Werfalli', 'Mahmoud Werfalli']) {
      expect(found(`A video showed ${name} reading the verdict.`)).toEqual([[name, 'mahmoud-al-werfalli']]);
    }
  });

  it('strips titles and honorifics in front of known people', () => {
    expect(found('General Haftar flew home.')).toEqual([['Haftar', 'khalifa-haftar']]);
    expect(found('Field Marshal Khalifa Haftar flew home.')).toEqual([['Khalifa Haftar', 'khalifa-haftar']]);
    expect(found('Prime Minister Fayez al-Sarraj flew home.')).toEqual([['Fayez al-Sarraj', 'fayez-al-sarraj']]);
    expect(found('President Macron called for calm.')).toEqual([['Macron', 'emmanuel-macron']]);
  });

  it('learns a bracketed acronym right after a name, for the rest of the document', () => {
    const finder = createActorFinder();
    finder.beginDocument();
    expect(finder.find('The Zawiya Martyrs Brigade (ZMB) took the bridge.').map((m) => m.text)).toEqual(['Zawiya Martyrs Brigade']);
    expect(finder.find('The ZMB later withdrew.')).toMatchObject([{ text: 'ZMB', actorId: 'zawiya-martyrs-brigade' }]);
    expect(found('Units of the Libyan National Army [LNA] advanced.', finder)).toEqual([['Libyan National Army', 'libyan-national-army']]);
    expect(found('The ZMB is a band.', finder)).toEqual([]);
  });

  it('gives character offsets into the sentence', () => {
    const sentence = 'Yesterday al-Werfalli spoke.';
    const [m] = createActorFinder().find(sentence);
    expect(m && sentence.slice(m.start, m.end)).toBe('al-Werfalli');
  });

  it('merges extra entries with the curated list by id', () => {
    const finder = createActorFinder([
      { id: 'khalifa-haftar', name: 'Khalifa Haftar', kind: 'person', aliases: ['the Field Marshal'] },
      { id: 'tebu-fighters', name: 'Tebu fighters', kind: 'armed-group', aliases: ['Tebu militia'] },
    ]);
    expect(found('Later the Field Marshal met the Tebu militia.', finder)).toEqual([
      ['the Field Marshal', 'khalifa-haftar'],
      ['Tebu militia', 'tebu-fighters'],
    ]);
    expect(found('Hifter spoke.', finder)).toEqual([['Hifter', 'khalifa-haftar']]);
  });

  it('knows the common actors of other conflicts', () => {
    expect(found('Houthi rebels fired a missile as the Saudi-led coalition bombed Hodeidah.')).toEqual([
      ['Houthi rebels', 'houthis'],
      ['Saudi-led coalition', 'saudi-led-coalition'],
    ]);
    expect(found('The SDF and the YPG fought Hayat Tahrir al-Sham near Idlib.').map(([, id]) => id)).toEqual([
      'syrian-democratic-forces',
      'ypg',
      'hayat-tahrir-al-sham',
    ]);
  });

  it('does not turn news outlets into actors', () => {
    expect(found('The New Arab said it could not verify the video.')).toEqual([]);
  });
});
