import { describe, expect, it } from 'vitest';
import { createActorFinder } from './createActorFinder.ts';

const ids = (sentence: string): string[] => createActorFinder().find(sentence).map((m) => m.actorId);

describe('countries as actors', () => {
  it('counts a country name that is the agent of its clause', () => {
    expect(ids('Egypt launched airstrikes on Derna overnight.')).toEqual(['egypt']);
    expect(ids('Officials in Tripoli were furious, and Turkey quickly sent more drones.')).toEqual(['turkey']);
  });

  it('counts coordinated agents', () => {
    expect(ids('Egypt and the UAE reportedly supplied the jets.')).toEqual(['egypt', 'united-arab-emirates']);
  });

  it('ignores a country name that is a place or a bystander', () => {
    expect(ids('He is backed by Egypt and the United Arab Emirates among others.')).toEqual([]);
    expect(ids('Talks in Italy ended without a deal.')).toEqual([]);
    expect(ids('Migrants crossing to Italy drowned off the coast.')).toEqual([]);
  });

  it('counts a possessive country name before a state noun', () => {
    expect(createActorFinder().find("Witnesses blamed Turkey's air force for the strike.")).toMatchObject([
      { text: "Turkey's air force", actorId: 'turkey' },
    ]);
  });

  it('counts demonym + state noun anywhere', () => {
    expect(ids('Residents heard Emirati drones and saw French officials leave.')).toEqual(['united-arab-emirates', 'france']);
  });

  it('keeps a curated alias over a generated demonym alias', () => {
    expect(ids('The Syrian army shelled the village.')).toEqual(['syrian-arab-army']);
  });
});
