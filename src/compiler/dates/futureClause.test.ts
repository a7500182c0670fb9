import { describe, expect, it } from 'vitest';
import { isFutureClause } from './futureClause.ts';

/** Whether the clause around `date` (its first occurrence) speaks of the future. */
function future(sentence: string, date: string): boolean {
  const start = sentence.indexOf(date);
  return isFutureClause(sentence, start, start + date.length);
}

describe('isFutureClause', () => {
  it('sees future verbs before the date in the clause', () => {
    expect(future('The envoys will meet in Tunis on Friday.', 'on Friday')).toBe(true);
    expect(future('The vote is due to take place in May.', 'in May')).toBe(true);
    expect(future('The government plans to reopen the port in June.', 'in June')).toBe(true);
    expect(future('A conference planned for April was welcomed.', 'April')).toBe(true);
  });

  it('sees a future verb after a date that opens the sentence', () => {
    expect(future('On Friday, the envoys will meet in Tunis.', 'On Friday')).toBe(true);
  });

  it('ignores the future of another clause', () => {
    expect(future('The port was shelled on Friday, and the talks will resume.', 'on Friday')).toBe(false);
    expect(future('Talks, which ended on Tuesday, will resume soon.', 'on Tuesday')).toBe(false);
  });

  it('dates the saying, not the said', () => {
    expect(future('The minister said on Monday that elections will be held.', 'on Monday')).toBe(false);
    expect(future('"We will never surrender," he said on Monday.', 'on Monday')).toBe(false);
  });

  it('does not read past expectations as future', () => {
    expect(future('The convoy was expected to arrive on Sunday.', 'on Sunday')).toBe(false);
    expect(future('Talks that were scheduled for Monday were cancelled.', 'Monday')).toBe(false);
  });
});

describe('isFutureClause: where the future ends', () => {
  it('ends the future at a past verb after a comma', () => {
    expect(future('The militias, which are expected to regroup, shelled the port on Wednesday night.', 'on Wednesday')).toBe(false);
    expect(future('The envoys will meet in Geneva, delegates confirmed, on Friday.', 'on Friday')).toBe(true);
  });

  it('reads only the main clause after a date that opens the sentence', () => {
    expect(future('On Wednesday night, shells hit the port as officials warned that fighting will spread.', 'On Wednesday')).toBe(false);
    expect(future('On Wednesday night, the army said it will withdraw.', 'On Wednesday')).toBe(false);
    expect(future('On Saturday, the delegation will travel to Rome.', 'On Saturday')).toBe(true);
  });

  it('never reads the date heading a timeline item as future', () => {
    expect(future('June 2012 - Envoys meet in Geneva, but their plan will fail.', 'June 2012')).toBe(false);
  });
});

describe('a past verb of any common form closes a future', () => {
  it('reads "flew" after a plan as the clause moving on', () => {
    const s = 'The envoy, in town for a conference planned for mid-April, flew to the east on Friday.';
    expect(isFutureClause(s, s.indexOf('on Friday'), s.indexOf('on Friday') + 9)).toBe(false);
  });
});

describe('a plan named as a noun, or in another clause, is no future of the date', () => {
  it('dates "erupted on Saturday after weeks of tension over a plan to…" in the past', () => {
    const s = 'The fighting erupted on Saturday after weeks of tension over a plan to merge the forces.';
    expect(isFutureClause(s, s.indexOf('on Saturday'), s.indexOf('on Saturday') + 11)).toBe(false);
  });

  it('still reads "plans to" as a future', () => {
    const s = 'The army plans to hold a parade on Saturday.';
    expect(isFutureClause(s, s.indexOf('on Saturday'), s.indexOf('on Saturday') + 11)).toBe(true);
  });
});
