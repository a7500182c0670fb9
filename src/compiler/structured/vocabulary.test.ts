import { describe, expect, it } from 'vitest';
import { acledSubType } from '../../data/eventSubTypes.ts';
import { EVENT_TYPE_TABLE } from '../../data/eventTypes.ts';
import { EventType } from '../schema.ts';
import { diplomacyOf, labelOf, readEventType, readSubType } from './vocabulary.ts';

/**
 * The words live in src/data (the CSV export writes them); the compiler reads them back without a table of
 * its own. These tests hold the two together: whatever src/data writes reads back to the same slug.
 */
describe('ACLED words read back', () => {
  it('reads every type in the words the export writes, and our own slugs', () => {
    for (const type of EventType.options) {
      expect(readEventType(EVENT_TYPE_TABLE[type].acled)).toBe(type);
      expect(readEventType(type)).toBe(type);
    }
    expect(readEventType('Skirmishes')).toBeUndefined();
  });

  it('reads every sub-type the extractor gives in the words the export writes', () => {
    const subTypes = ['armed-clash', 'territory-taken', 'air-drone-strike', 'shelling-artillery-missile', 'remote-explosive', 'suicide-bomb', 'attack',
      'abduction-forced-disappearance', 'sexual-violence', 'peaceful-protest', 'violent-demonstration', 'chemical-weapon', 'arrests',
      'non-violent-transfer-of-territory', 'looting-property-destruction', 'change-to-group-activity', 'disrupted-weapons-use',
      'headquarters-or-base-established', 'displacement', 'disaster', 'other', 'meeting', 'visit', 'agreement', 'statement', 'investigation', 'sanctions'];
    for (const s of subTypes) expect(readSubType(acledSubType(s))).toBe(s);
  });

  it("reads ACLED's own sub-types: ours where we have one, else ACLED's slugged (and written back in its words)", () => {
    expect(readSubType('Government regains territory')).toBe('territory-taken');
    expect(readSubType('Non-state actor overtakes territory')).toBe('territory-taken');
    expect(readSubType('Mob violence')).toBe('mob-violence');
    expect(acledSubType(readSubType('Excessive force against protesters'))).toBe('Excessive force against protesters');
    expect(readSubType('')).toBe('other');
  });

  it('files an agreement under diplomacy, as the extractor does', () => {
    expect(diplomacyOf('strategic-developments', 'agreement')).toBe('diplomacy');
    expect(diplomacyOf('strategic-developments', 'arrests')).toBe('strategic-developments');
  });

  it('titles an event by its sub-type as the file words it', () => {
    expect(labelOf('Air/drone strike', 'air-drone-strike', 'explosions-remote-violence')).toBe('Air/drone strike');
    expect(labelOf('armed-clash', 'armed-clash', 'battles')).toBe('Armed clash');
    expect(labelOf('', 'other', 'explosions-remote-violence')).toBe('Explosions/remote violence');
    expect(labelOf('Attack', 'attack', 'violence-against-civilians')).toBe('Attack on civilians');
  });
});
