import { describe, expect, it } from 'vitest';
import { findTriggers } from './findTriggers.ts';
import { tokenize } from './tokenize.ts';

const triggers = (s: string) => findTriggers(tokenize(s), s).filter((t) => !t.background).map((t) => [t.text, t.type, t.factual]);
const background = (s: string) => findTriggers(tokenize(s), s).filter((t) => t.background).map((t) => t.text);

describe('findTriggers', () => {
  it('maps verbs and nouns to ACLED types', () => {
    expect(triggers('Militias clashed near the port and an airstrike hit the depot.')).toEqual([
      ['clashed', 'battles', true],
      ['airstrike', 'explosions-remote-violence', true],
    ]);
  });

  it('prefers the longest phrase', () => {
    expect(triggers('A car bomb exploded outside the hotel.')).toEqual([
      ['car bomb', 'explosions-remote-violence', true],
      ['exploded', 'explosions-remote-violence', true],
    ]);
  });

  it('marks negated, planned and intended actions as not factual', () => {
    expect(triggers('The minister will visit the city.')).toEqual([['visit', 'diplomacy', false]]);
    expect(triggers('The group denied attacking the convoy.')).toEqual([['attacking', 'battles', false]]);
    expect(triggers('Commanders vowed to capture the airport.')).toEqual([['capture', 'battles', false]]);
    expect(triggers('Rebels failed to break the siege.')).toEqual([['siege', 'battles', false]]);
    expect(triggers('Talks on the evacuation broke down.')).toEqual([['talks', 'diplomacy', true], ['evacuation', 'strategic-developments', false]]);
    expect(triggers('The clashes prompted the agency to evacuate its staff.')).toEqual([['clashes', 'battles', true], ['evacuate', 'strategic-developments', true]]);
    expect(triggers('He plans to meet the envoy.')).toEqual([['meet', 'diplomacy', false]]);
  });

  it('treats an event after a preposition of time or cause as background', () => {
    expect(triggers('Crowds protested against the offensive.')).toEqual([['protested', 'protests', true]]);
    expect(background('Crowds protested against the offensive.')).toEqual(['offensive']);
    expect(triggers('The army retook the port after a week of fighting.')).toEqual([['retook', 'battles', true]]);
    expect(background('The country has been unstable since the 2011 uprising.')).toEqual([]);
    expect(background('Twenty died at the height of the recent battles.')).toEqual(['battles']);
  });

  it('reads common verbs as a change of control only before a name', () => {
    expect(triggers('His troops took Gharyan the same day.')).toEqual([['took', 'battles', true]]);
    expect(triggers('His troops took part in the parade.')).toEqual([]);
  });

  it('ignores participles used as adjectives', () => {
    expect(triggers('Food ran out in the besieged districts.')).toEqual([]);
  });

  it('ignores trigger words inside names but keeps named battles', () => {
    expect(triggers('He backs the Government of National Accord.')).toEqual([]);
    expect(triggers('The Battle of Sirte ended in December.')).toEqual([['battle', 'battles', true]]);
  });

  it('reads every inflection from one lemma, including irregular verbs and the historical present', () => {
    expect(triggers('Rebels seize the port as troops retake the hill.').map((t) => t[0])).toEqual(['seize', 'retake']);
    expect(triggers('The militia retook the town and fought on.').map((t) => t[0])).toEqual(['retook', 'fought']);
    expect(triggers('Insurgents stormed a base.').map((t) => t[1])).toEqual(['battles']);
  });

  it('tells a noun from a verb where the lexicon cares', () => {
    expect(findTriggers(tokenize('They attacked the convoy.'), 'They attacked the convoy.')[0]).toMatchObject({ nominal: false });
    expect(findTriggers(tokenize('The attack left six dead.'), 'The attack left six dead.')[0]).toMatchObject({ nominal: true, weak: true, definite: true });
  });

  it('counts a physical collapse only for structures', () => {
    expect(triggers('Two dams above the valley collapsed.').map((t) => t[0])).toEqual(['collapsed']);
    expect(triggers('The negotiations collapsed.').map((t) => t[0])).toEqual(['negotiations']);
  });

  it('keeps a plan of one clause from governing the verb after a comma, but lets a negation reach over an aside', () => {
    const flew = triggers('The envoy, in town for a conference planned for mid-April, flew to the east on Friday.').find((t) => t[0] === 'flew to');
    expect(flew?.[2]).toBe(true);
    const attack = triggers('The militia did not, however, attack the town.').find((t) => t[0] === 'attack');
    expect(attack?.[2]).toBe(false);
  });

  it('reads statements of concern after a form of "be", and attacks a target came under', () => {
    expect(triggers('The office said it was deeply alarmed by the reports.').map((t) => t[0])).toContain('alarmed');
    expect(triggers('Alarmed residents gathered in the square.').map((t) => t[0])).not.toContain('alarmed');
    expect(triggers('The convoy came under heavy fire near the border.').map((t) => t[0])).toContain('came under heavy fire');
  });
});
