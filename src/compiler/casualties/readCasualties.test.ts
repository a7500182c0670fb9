import { describe, expect, it } from 'vitest';
import { readCasualties } from './readCasualties.ts';

// Sentences written for these tests, one per phrasing.
const killed = (s: string) => readCasualties(s)?.killed;
const injured = (s: string) => readCasualties(s)?.injured;

describe('readCasualties: the killed', () => {
  it('reads a count before the participle, in digits and words', () => {
    expect(killed('Twelve villagers were killed when the bridge was shelled.')).toEqual({ min: 12, max: 12, hedge: 'exact', text: 'Twelve villagers' });
    expect(killed('31 fighters have been killed near the ridge, medics said.')).toEqual({ min: 31, max: 31, hedge: 'exact', text: '31 fighters' });
    expect(killed('Two hundred and forty people died in the siege.')).toMatchObject({ min: 240, max: 240 });
    expect(killed('Twenty-three recruits died in the ambush.')).toMatchObject({ min: 23 });
    expect(killed('A dozen guards were killed at the gate.')).toMatchObject({ min: 12, hedge: 'exact' });
    expect(killed('Some 1,300 residents perished in the quake.')).toMatchObject({ min: 1300, max: 1300, hedge: 'about' });
  });

  it('reads "N dead" and "N killed" as a bare tally', () => {
    expect(killed('Officials counted 9 dead after the raid on the market.')).toMatchObject({ min: 9, hedge: 'exact', text: '9' });
    expect(killed('So far there are six killed, a nurse told us.')).toMatchObject({ min: 6 });
  });

  it('reads the count an active verb takes', () => {
    expect(killed('A drone struck the convoy, killing at least eleven militiamen.')).toEqual({ min: 11, max: null, hedge: 'at least', text: 'at least eleven militiamen' });
    expect(killed('The car bomb killed 19 shoppers in the square.')).toMatchObject({ min: 19, hedge: 'exact' });
    expect(killed('Snipers shot dead at least 5 protesters on the avenue.')).toMatchObject({ min: 5, hedge: 'at least' });
  });

  it('reads "left N dead"', () => {
    expect(killed('The explosion left 14 people dead and the station in ruins.')).toMatchObject({ min: 14, text: '14 people dead' });
    expect(readCasualties('The raid left dozens dead and wounded.')).toBeUndefined();
  });

  it('reads a death toll', () => {
    expect(readCasualties('The death toll climbed to 27, with 63 injured.')).toEqual({
      killed: { min: 27, max: 27, hedge: 'exact', text: '27' },
      injured: { min: 63, max: 63, hedge: 'exact', text: '63' },
    });
    expect(killed('Medics said the toll is thought to be between 30 and 45.')).toMatchObject({ min: 30, max: 45, hedge: 'range', text: 'between 30 and 45' });
  });

  it('reads "the deaths of", "claimed the lives of", "cost N lives" and "N deaths"', () => {
    expect(killed('The envoy regretted the deaths of at least 6 aid workers in the strike.')).toMatchObject({ min: 6, hedge: 'at least' });
    expect(killed('The mudslide claimed the lives of about 80 miners.')).toMatchObject({ min: 80, max: 80, hedge: 'about' });
    expect(killed('The winter campaign cost hundreds of lives on both sides.')).toMatchObject({ min: null, max: null, hedge: 'unknown' });
    expect(killed('Hospitals recorded 17 deaths overnight.')).toMatchObject({ min: 17, text: '17 deaths' });
  });

  it('keeps each hedge', () => {
    expect(killed('More than 40 sailors died when the ferry sank.')).toMatchObject({ min: 40, max: null, hedge: 'more than' });
    expect(killed('Over 200 people were killed in the offensive.')).toMatchObject({ min: 200, hedge: 'more than' });
    expect(killed('Up to 70 prisoners may have died in the fire.')).toBeUndefined(); // "may have" is not AUX: no claim
    expect(killed('As many as 70 prisoners were killed in the fire.')).toMatchObject({ min: null, max: 70, hedge: 'up to' });
    expect(killed('Around 90 soldiers were killed, the ministry said.')).toMatchObject({ min: 90, max: 90, hedge: 'about' });
    expect(killed('Nearly 300 people died in the floods.')).toMatchObject({ hedge: 'about', min: 300 });
    expect(killed('Between 15 and 20 herders were killed.')).toMatchObject({ min: 15, max: 20, hedge: 'range' });
    expect(killed('Reports said 15 to 20 herders were killed.')).toMatchObject({ min: 15, max: 20, hedge: 'range' });
    expect(killed('Reports said 15-20 herders were killed.')).toMatchObject({ min: 15, max: 20, hedge: 'range' });
  });

  it('keeps vague quantities as unknown, with no number', () => {
    expect(killed('Dozens of civilians were killed in the bombardment.')).toEqual({ min: null, max: null, hedge: 'unknown', text: 'Dozens of civilians' });
    expect(killed('The war has killed hundreds of thousands of people.')).toMatchObject({ hedge: 'unknown', text: 'hundreds of thousands of people' });
    expect(killed('Thousands were killed in the first year.')).toMatchObject({ hedge: 'unknown' });
    expect(killed('The blockade has killed several thousand children.')).toMatchObject({ hedge: 'unknown', text: 'several thousand children' });
  });
});

describe('readCasualties: the injured', () => {
  it('reads wounded, injured and hurt in both orders', () => {
    expect(injured('Shrapnel hit the queue, wounding 23.')).toMatchObject({ min: 23, text: '23' });
    expect(injured('Four medics were hurt in the blast.')).toMatchObject({ min: 4 });
    expect(injured('The shelling injured more than 50 residents.')).toMatchObject({ min: 50, hedge: 'more than' });
    expect(injured('The regulator counted 12 injuries at the plant.')).toMatchObject({ min: 12, text: '12 injuries' });
    expect(injured('She condemned the injury of three more children.')).toMatchObject({ min: 3 });
  });

  it('reads both kinds of one sentence', () => {
    expect(readCasualties('Eight marchers were killed and 35 wounded, the clinic said.')).toEqual({
      killed: { min: 8, max: 8, hedge: 'exact', text: 'Eight marchers' },
      injured: { min: 35, max: 35, hedge: 'exact', text: '35' },
    });
    expect(readCasualties('A shell hit the bakery, killing at least three people, most of them children, and wounding 9.')).toMatchObject({
      killed: { min: 3, hedge: 'at least' },
      injured: { min: 9 },
    });
    expect(readCasualties('Guards fired on the crowd, killing two and wounding many others.')).toMatchObject({
      killed: { min: 2 },
      injured: { hedge: 'unknown', min: null },
    });
  });
});

describe('readCasualties: what is not a count of the dead or wounded', () => {
  it('skips years, dates, ages, clock times, percentages, money and ordinals', () => {
    expect(readCasualties('A leader who was killed in 2014 is buried in the town.')).toBeUndefined();
    expect(readCasualties('Fighters killed on 12 March were buried on Sunday.')).toBeUndefined();
    expect(readCasualties('A 25-year-old was wounded at the checkpoint.')).toBeUndefined();
    expect(readCasualties('Gunmen shot a two-year-old boy, wounding him.')).toBeUndefined();
    expect(readCasualties('The attack began at 0500 GMT and killed the commander.')).toBeUndefined();
    expect(readCasualties('Prices rose 30 percent after the killing of the mayor.')).toBeUndefined();
    expect(readCasualties('The fund paid $40 to families of the dead.')).toBeUndefined();
    expect(readCasualties('The 3rd brigade lost its commander, killed by a sniper.')).toBeUndefined();
  });

  it('skips counts of things', () => {
    expect(readCasualties('The raid destroyed 3 tanks and killed the crew.')).toBeUndefined();
    expect(readCasualties('Two battalions were killed off as units in the reform.')).toBeUndefined();
  });

  it('gives no figure for the killed and wounded counted together', () => {
    expect(readCasualties('Dozens of people were killed or wounded on the road.')).toBeUndefined();
    expect(readCasualties('The clashes caused 40 casualties.')).toBeUndefined();
  });

  it('gives no figure of a kind when two different counts of it are given', () => {
    expect(readCasualties('The bomb killed 5 soldiers and 3 civilians.')).toBeUndefined();
    expect(readCasualties('Three guards and two drivers were killed at the depot.')).toBeUndefined();
    expect(killed('The strike killed 9 people, bringing the death toll to 112.')).toBeUndefined();
    // The same count twice is one.
    expect(killed('Nine people were killed; the nine killed were all farmers.')).toMatchObject({ min: 9 });
  });

  it('does not count a part of a count', () => {
    expect(injured('Eleven crew were injured, 4 of whom are in a critical condition.')).toMatchObject({ min: 11 });
    expect(killed('Thirty people died, including 8 children killed in their school.')).toMatchObject({ min: 30 });
  });

  it('reads nothing from a sentence without casualty words', () => {
    expect(readCasualties('About 10 rockets hit the airport on Friday.')).toBeUndefined();
    expect(readCasualties('Hundreds of fighters stormed the camp of some 150 soldiers.')).toBeUndefined();
  });

  it('quotes its words from the sentence', () => {
    const s = 'Rescuers said at least 7 miners were killed underground.';
    const figure = killed(s)!;
    expect(s).toContain(figure.text);
  });
});

describe('readCasualties: the words of a count', () => {
  it('end the count’s noun before a preposition or a clause', () => {
    expect(killed('The gas attack killed hundreds of civilians without any warning.')).toMatchObject({ text: 'hundreds of civilians' });
    expect(killed('At least 9 workers were killed, according to the union.')).toMatchObject({ text: 'At least 9 workers' });
  });
});
