import { describe, expect, it } from 'vitest';
import { readActorList } from './readActorList.ts';

describe('readActorList', () => {
  it('reads entries', () => {
    const { entries, diagnostics } = readActorList('seeds/actors.yaml', '- id: tripoli-protection-force\n  name: Tripoli Protection Force\n  kind: armed-group\n  aliases: [TPF]\n');
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([{ id: 'tripoli-protection-force', name: 'Tripoli Protection Force', kind: 'armed-group', aliases: ['TPF'] }]);
  });

  it('reports a bad entry with its line and keeps the others', () => {
    const text = '- id: ok-group\n  name: Ok\n  kind: armed-group\n- id: Bad Id\n  name: Bad\n  kind: militia\n';
    const { entries, diagnostics } = readActorList('seeds/actors.yaml', text);
    expect(entries.map((e) => e.id)).toEqual(['ok-group']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'seeds/actors.yaml', line: 4, column: 3 });
    expect(diagnostics[0]!.message).toMatch(/^actors\[1\]\.id: id must be kebab-case/);
  });

  it('reports broken YAML', () => {
    expect(readActorList('seeds/actors.yaml', '- id: [oops\n').diagnostics[0]).toMatchObject({ severity: 'error', file: 'seeds/actors.yaml', line: 2 });
  });
});
