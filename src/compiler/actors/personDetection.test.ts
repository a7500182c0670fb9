import { describe, expect, it } from 'vitest';
import { createActorFinder } from './createActorFinder.ts';
import { linkSurnames } from './linkSurnames.ts';
import type { ActorFinder } from './ActorMention.ts';

function pairs(finder: ActorFinder, sentence: string): [string, string][] {
  return finder.find(sentence).map((m) => [m.text, m.actorId]);
}
function fresh(): ActorFinder {
  const finder = createActorFinder();
  finder.beginDocument();
  return finder;
}

describe('people not in the actor list', () => {
  it('finds a name after a title', () => {
    expect(pairs(fresh(), 'Interior Minister Faraj Bukhamsin visited the port.')).toEqual([['Faraj Bukhamsin', 'faraj-bukhamsin']]);
    expect(pairs(fresh(), 'The LNA spokesman Younis al-Obeidi denied it.')).toEqual([
      ['LNA', 'libyan-national-army'],
      ['Younis al-Obeidi', 'younis-al-obeidi'],
    ]);
  });

  it('finds a name before "said"', () => {
    expect(pairs(fresh(), 'Nadia Karimov said the road was closed.')).toEqual([['Nadia Karimov', 'nadia-karimov']]);
  });

  it('finds a name after a reporting verb that follows a quote', () => {
    expect(pairs(fresh(), '“The road is closed,” said Aisha Gwedar, a lawmaker.')).toEqual([['Aisha Gwedar', 'aisha-gwedar']]);
  });

  it('finds a name with a role in apposition, after or before it', () => {
    expect(pairs(fresh(), 'Omar Zintawi, a senior LNA commander, was arrested.')).toEqual([
      ['Omar Zintawi', 'omar-zintawi'],
      ['LNA', 'libyan-national-army'],
    ]);
    expect(pairs(fresh(), 'He met the Maltese Minister for Home Affairs, Paul Vella Borg, in Valletta.')).toEqual([
      ['Paul Vella Borg', 'paul-vella-borg'],
    ]);
  });

  it('finds one word after an honorific', () => {
    expect(pairs(fresh(), 'President Okonkwo arrived late.')).toEqual([['Okonkwo', 'okonkwo']]);
  });

  it('resolves a bare surname to the full name seen earlier in the document', () => {
    const finder = fresh();
    pairs(finder, 'The talks were led by French envoy Jean-Marc Du Plessis on Monday.');
    expect(pairs(finder, 'Du Plessis said nothing afterwards.')).toEqual([['Du Plessis', 'jean-marc-du-plessis']]);
    expect(pairs(finder, 'Later Plessis left.')).toEqual([['Plessis', 'jean-marc-du-plessis']]);
  });

  it('forgets what the previous document taught: each document is read on its own', () => {
    const finder = fresh();
    pairs(finder, 'Commander Tarek Mansouri ordered the retreat.');
    expect(finder.people()).toEqual({ surnames: [['mansouri', 'tarek-mansouri']], bare: [] });
    finder.beginDocument();
    expect(pairs(finder, 'Mansouri was seen in Sirte.')).toEqual([]);
    expect(finder.actors()).toEqual([]);
  });

  it('reports an honorific + surname it knows no full name for, for a later link (linkSurnames)', () => {
    const finder = fresh();
    pairs(finder, 'Commander Tarek Mansouri ordered the retreat.');
    const first = finder.people();
    finder.beginDocument();
    expect(pairs(finder, 'General Mansouri denied it.')).toEqual([['Mansouri', 'mansouri']]);
    const second = finder.people();
    expect(second.bare).toEqual([['mansouri', 'mansouri']]);
    expect(linkSurnames([first, second])).toEqual([new Map(), new Map([['mansouri', 'tarek-mansouri']])]);
    expect(linkSurnames([second, first]), 'only an earlier document links').toEqual([new Map(), new Map()]);
  });

  it('does not take a known surname inside someone else’s full name', () => {
    expect(pairs(fresh(), 'Saddam Haftar, the son of the commander, flew in.')).toEqual([['Saddam Haftar', 'saddam-haftar']]);
  });

  it('asks the gazetteer, when given one, before making a person of a name', () => {
    const places = new Set(['Abu Salim']);
    const finder = createActorFinder([], { isPlaceName: (name) => places.has(name) });
    expect(pairs(finder, 'Abu Salim said goodbye to its militias.')).toEqual([]);
    expect(pairs(finder, 'Abu Bakr Younis said goodbye.')).toEqual([['Abu Bakr Younis', 'abu-bakr-younis']]);
  });

  it('makes no people out of places, dates and institutions', () => {
    const none = [
      'Hundreds of civilians left Benghazi in March.',
      'Delegates met in Geneva on Thursday, officials said.',
      'The meeting in Geneva ended late, the envoy said.',
      'Central Bank said reserves had fallen.',
      'The Supreme Court said the vote was void.',
      'Local Council members said the water was cut.',
      'Last Tuesday said it all.',
      'Foreign Minister said the talks would go on.',
      'Residents of Ain Zara said the shelling went on all night.',
      'Mercy Corps said it had suspended its work.',
    ];
    for (const sentence of none) expect([sentence, pairs(fresh(), sentence)]).toEqual([sentence, []]);
  });
});
