import { expect, it } from 'vitest';
import { actorListOf } from './actorListOf.ts';
import { createActorFinder } from './createActorFinder.ts';

it('lists only the actors seen, across documents, with the aliases seen plus the curated ones', () => {
  const finder = createActorFinder();
  finder.beginDocument();
  finder.find('Haftar’s forces entered the port.');
  const first = finder.seen();
  finder.beginDocument();
  finder.find('Daesh claimed the attack, a spokesman for the LNA said.');
  expect(finder.actors().map((a) => a.id), 'each document is read apart').toEqual(['islamic-state', 'libyan-national-army']);
  const actors = actorListOf([first, finder.seen()]);
  expect(actors.map((a) => a.id)).toEqual(['islamic-state', 'libyan-national-army']);
  const lna = actors.find((a) => a.id === 'libyan-national-army');
  expect(lna?.aliases).toContain('Haftar’s forces');
  expect(lna?.aliases).toContain('LAAF');
  expect(lna?.aliases).not.toContain('Libyan National Army');
});

it('reports a bracket-defined acronym as a seen alias', () => {
  const finder = createActorFinder();
  finder.find('The Tripoli Protection Force (TPF) was formed.');
  expect(finder.actors()).toEqual([{ id: 'tripoli-protection-force', name: 'Tripoli Protection Force', kind: 'armed-group', aliases: ['TPF'] }]);
});

it('names an actor as the first document that saw it did', () => {
  const seen = (name: string, form: string) => [{ id: 'tarek-mansouri', name, kind: 'person' as const, aliases: [], forms: [form] }];
  expect(actorListOf([seen('Tarek Mansouri', 'Tarek Mansouri'), seen('TAREK MANSOURI', 'TAREK MANSOURI')])).toEqual([
    { id: 'tarek-mansouri', name: 'Tarek Mansouri', kind: 'person', aliases: ['TAREK MANSOURI'] },
  ]);
});
