import { describe, expect, it } from 'vitest';
import { isProjectFile, readProjectFile } from './readProjectFile.ts';

const read = (text: string) => readProjectFile('seeds/atlas.yaml', text);
const messages = (text: string) => read(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('seeds/atlas.yaml', () => {
  it('is recognised by name', () => {
    expect(isProjectFile('seeds/atlas.yaml')).toBe(true);
    expect(isProjectFile('seeds/atlas.yml')).toBe(true);
    expect(isProjectFile('seeds/x.events.yaml')).toBe(false);
  });

  it('reads the publish policy, all by default', () => {
    expect(read('publish: reviewed\n')).toEqual({ settings: { publish: 'reviewed' }, diagnostics: [] });
    expect(read('publish: all')).toEqual({ settings: { publish: 'all' }, diagnostics: [] });
    expect(read('# nothing yet\n')).toEqual({ settings: { publish: 'all' }, diagnostics: [] });
  });

  it('reports a mistake at its line, with a hint, and falls back to the default', () => {
    expect(messages('publish: reviwed')).toEqual(['1:10 error publish "reviwed" is not one of all, reviewed (did you mean "reviewed"?)']);
    expect(messages('publsh: reviewed')).toEqual(['1:1 error unknown key "publsh" in seeds/atlas.yaml (did you mean "publish"?)']);
    expect(read('publsh: reviewed').settings).toEqual({ publish: 'all' });
  });
});
