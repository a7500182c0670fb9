import { describe, expect, it } from 'vitest';
import type { CasualtyFigure, Source } from '../compiler/schema.ts';
import { acledFatalities, deathsReport, describeCasualties, describeFigure, reportedDeaths, summarizeCasualties } from './describeCasualties.ts';

const fig = (min: number | null, max: number | null, hedge: CasualtyFigure['hedge'], text = 'x'): CasualtyFigure => ({ min, max, hedge, text });
const src = (casualties?: Source['casualties'], start = 0): Source => ({ document: 'd', quote: 'q', start, end: start + 1, line: 1, casualties });

describe('describeFigure', () => {
  it('says each hedge', () => {
    expect(describeFigure('killed', fig(8, 8, 'exact'))).toBe('8 killed');
    expect(describeFigure('killed', fig(8, null, 'at least'))).toBe('at least 8 killed');
    expect(describeFigure('injured', fig(20, null, 'more than'))).toBe('more than 20 injured');
    expect(describeFigure('killed', fig(null, 30, 'up to'))).toBe('up to 30 killed');
    expect(describeFigure('killed', fig(5100, 5100, 'about'))).toBe('about 5,100 killed');
    expect(describeFigure('killed', fig(40, 50, 'range'))).toBe('40–50 killed');
    expect(describeFigure('killed', fig(null, null, 'unknown', 'dozens of people'))).toBe('killed, no number given (“dozens of people”)');
  });
});

describe('describeCasualties', () => {
  it('says what one source reports, or nothing', () => {
    expect(describeCasualties({ killed: fig(8, null, 'at least'), injured: fig(98, 98, 'exact') })).toBe('at least 8 killed, 98 injured');
    expect(describeCasualties({ injured: fig(3, 3, 'exact') })).toBe('3 injured');
    expect(describeCasualties(undefined)).toBeNull();
  });
});

describe('summarizeCasualties: an event over its sources', () => {
  it('tells one source, or agreeing sources, with the hedge', () => {
    expect(summarizeCasualties([src({ killed: fig(8, null, 'at least') }), src(undefined, 5)])).toBe('at least 8 killed');
    expect(summarizeCasualties([src({ killed: fig(7, 7, 'exact') }), src({ killed: fig(7, 7, 'exact') }, 5)])).toBe('7 killed');
  });

  it('spans disagreeing sources and never adds them up', () => {
    const sources = [src({ killed: fig(27, 27, 'exact'), injured: fig(33, 33, 'exact') }), src({ killed: fig(40, 50, 'range') }, 5)];
    expect(summarizeCasualties(sources)).toBe('27–50 killed (2 sources), 33 injured');
    expect(summarizeCasualties([src({ killed: fig(7, null, 'at least') }), src({ killed: fig(7, 7, 'exact') }, 5)])).toBe('7 killed (2 sources)');
  });

  it('says nothing when no source reports a count', () => {
    expect(summarizeCasualties([src(), src(undefined, 5)])).toBeNull();
  });
});

describe('acledFatalities', () => {
  it('takes the lowest lower bound any source states', () => {
    expect(acledFatalities([src({ killed: fig(12, 12, 'exact') }), src({ killed: fig(8, null, 'at least') }, 5)])).toBe(8);
    expect(acledFatalities([src({ killed: fig(40, 50, 'range') })])).toBe(40);
  });

  it('leaves the cell empty without a stated lower bound', () => {
    expect(acledFatalities([src({ killed: fig(null, null, 'unknown') })])).toBeNull();
    expect(acledFatalities([src({ killed: fig(null, 30, 'up to') })])).toBeNull();
    expect(acledFatalities([src({ injured: fig(3, 3, 'exact') })])).toBeNull();
  });
});

describe('deathsReport', () => {
  it('is "reported" when a source says people died, with a number or without ("dozens"), else "none"', () => {
    expect(deathsReport([src(), src({ killed: fig(8, null, 'at least') }, 5)])).toBe('reported');
    expect(deathsReport([src({ killed: fig(null, null, 'unknown') })])).toBe('reported');
    expect(deathsReport([src({ killed: fig(null, 30, 'up to') })])).toBe('reported');
    expect(deathsReport([src({ injured: fig(3, 3, 'exact') })])).toBe('none');
    expect(deathsReport([src({ killed: fig(0, null, 'at least') })])).toBe('none');
    expect(deathsReport([src()])).toBe('none');
  });
});

describe('reportedDeaths', () => {
  it('is the highest number any source states for the killed, 0 without one', () => {
    expect(reportedDeaths([src({ killed: fig(27, 27, 'exact') }), src({ killed: fig(40, 50, 'range') }, 5)])).toBe(50);
    expect(reportedDeaths([src({ killed: fig(null, null, 'unknown') })])).toBe(0);
  });
});
