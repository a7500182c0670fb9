import { describe, expect, it } from 'vitest';
import { isDisclaimer, readCertainty } from './readCertainty.ts';

const at = (s: string, word: string) => readCertainty(s, s.indexOf(word));

describe('readCertainty', () => {
  it('states what the outlet says in its own voice', () => {
    expect(at('Rockets struck the airport on Sunday.', 'Rockets')).toBe('stated');
  });
  it('reports what others say', () => {
    expect(at('Rockets struck the airport on Sunday, officials said.', 'Rockets')).toBe('reported');
    expect(at('According to witnesses, rockets struck the airport.', 'rockets')).toBe('reported');
  });
  it('alleges what someone is accused of, but only for what follows the accusation', () => {
    expect(at('The commander is accused of ordering the shelling of a school.', 'shelling')).toBe('alleged');
    expect(at('Rebels shelled the town, and allegedly looted shops.', 'shelled')).toBe('stated');
  });
  it('flags what could not be verified', () => {
    expect(at('The footage, which could not be independently verified, shows an airstrike.', 'airstrike')).toBe('unverified');
    expect(isDisclaimer('Reporters were unable to reach the town and could not verify the account.')).toBe(true);
    expect(isDisclaimer('The army verified its own losses.')).toBe(false);
  });
});
