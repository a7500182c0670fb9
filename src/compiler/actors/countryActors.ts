import type { ActorEntry } from './ActorEntry.ts';

/**
 * Foreign governments. A country name alone is usually a place ("talks in Egypt") or a bystander ("backed by
 * Egypt"), so it counts as an actor only as the agent of a clause ("Egypt launched airstrikes"); its capital
 * likewise ("Ankara sent troops"). "Egyptian warplanes", "the French government" always count.
 */
const country = (id: string, name: string, agentAliases: string[], demonyms: string[], aliases: string[] = []): ActorEntry =>
  ({ id, name, kind: 'government', aliases, agentAliases: [name, ...agentAliases], demonyms });

export const countryActors: ActorEntry[] = [
  country('turkey', 'Turkey', ['Türkiye', 'Ankara'], ['Turkish']),
  country('egypt', 'Egypt', ['Cairo'], ['Egyptian']),
  country('united-arab-emirates', 'United Arab Emirates', ['UAE', 'Emirates', 'Abu Dhabi'], ['Emirati']),
  country('russia', 'Russia', ['Moscow', 'Kremlin'], ['Russian'], ['the Kremlin']),
  country('france', 'France', ['Paris', 'Elysee'], ['French']),
  country('italy', 'Italy', ['Rome'], ['Italian']),
  country('united-states', 'United States', ['US', 'U.S.', 'USA', 'Washington'], ['US', 'U.S.', 'American'], ['Pentagon', 'White House', 'State Department', 'US Africa Command', 'AFRICOM']),
  country('united-kingdom', 'United Kingdom', ['UK', 'Britain', 'London'], ['British', 'UK']),
  country('germany', 'Germany', ['Berlin'], ['German']),
  country('qatar', 'Qatar', ['Doha'], ['Qatari']),
  country('saudi-arabia', 'Saudi Arabia', ['Riyadh'], ['Saudi']),
  country('sudan', 'Sudan', ['Khartoum'], ['Sudanese']),
  country('chad', 'Chad', ["N'Djamena"], ['Chadian']),
  country('tunisia', 'Tunisia', ['Tunis'], ['Tunisian']),
  country('algeria', 'Algeria', ['Algiers'], ['Algerian']),
  country('jordan', 'Jordan', ['Amman'], ['Jordanian']),
  country('iran', 'Iran', ['Tehran'], ['Iranian']),
  country('syrian-government', 'Syria', ['Damascus'], ['Syrian'], ['Syrian government', 'Syrian regime', 'Assad regime', 'Assad government']),
  country('israel', 'Israel', [], ['Israeli']),
  country('greece', 'Greece', ['Athens'], ['Greek']),
  country('malta', 'Malta', ['Valletta'], ['Maltese']),
  country('china', 'China', ['Beijing'], ['Chinese']),
];

/** Nouns that turn a demonym or a possessive country name into the government acting: "Turkish drones". */
export const STATE_NOUNS = [
  'government', 'authorities', 'official', 'officials', 'troops', 'forces', 'military', 'army', 'air force', 'navy',
  'warplanes', 'jets', 'fighter jets', 'drones', 'president', 'foreign ministry', 'defence ministry',
  'defense ministry', 'foreign minister', 'defence minister', 'defense minister', 'embassy', 'diplomats',
  'special forces', 'intelligence', 'prime minister', 'parliament',
];
