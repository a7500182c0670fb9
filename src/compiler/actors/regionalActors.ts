import type { ActorEntry } from './ActorEntry.ts';

/** Syria and Yemen: a second and third conflict, so the curated list is not Libya-shaped only. */
export const regionalActors: ActorEntry[] = [
  { id: 'bashar-al-assad', name: 'Bashar al-Assad', kind: 'person', aliases: ['Assad', 'Bashar Assad'] },
  { id: 'syrian-arab-army', name: 'Syrian Arab Army', kind: 'armed-group', aliases: ['SAA', 'Syrian army', 'Syrian government forces', 'Assad regime forces', 'pro-Assad forces'] },
  { id: 'free-syrian-army', name: 'Free Syrian Army', kind: 'armed-group', aliases: ['FSA', 'Syrian National Army', 'SNA'] },
  { id: 'syrian-democratic-forces', name: 'Syrian Democratic Forces', kind: 'armed-group', aliases: ['SDF'] },
  { id: 'ypg', name: "People's Protection Units", kind: 'armed-group', aliases: ['YPG', 'Kurdish YPG'] },
  { id: 'hayat-tahrir-al-sham', name: 'Hayat Tahrir al-Sham', kind: 'armed-group', aliases: ['HTS', 'Tahrir al-Sham'] },
  { id: 'jabhat-al-nusra', name: 'Jabhat al-Nusra', kind: 'armed-group', aliases: ['al-Nusra Front', 'Nusra Front', 'Jabhat Fateh al-Sham'] },
  { id: 'hezbollah', name: 'Hezbollah', kind: 'armed-group', aliases: ['Hizbollah', 'Hizballah'] },
  { id: 'al-qaeda', name: 'al-Qaeda', kind: 'armed-group', aliases: ['al-Qaida', 'Al Qaeda'] },
  { id: 'aqim', name: 'al-Qaeda in the Islamic Maghreb', kind: 'armed-group', aliases: ['AQIM'] },
  { id: 'aqap', name: 'al-Qaeda in the Arabian Peninsula', kind: 'armed-group', aliases: ['AQAP'] },
  { id: 'houthis', name: 'Houthis', kind: 'armed-group', aliases: ['Houthi', 'Houthi rebels', 'Houthi movement', 'Ansar Allah', 'Ansarallah', 'Huthis', 'Huthi rebels'] },
  { id: 'saudi-led-coalition', name: 'Saudi-led coalition', kind: 'armed-group', aliases: ['Saudi-led military coalition', 'Arab coalition', 'Saudi-led forces'] },
  { id: 'abdrabbuh-mansur-hadi', name: 'Abdrabbuh Mansur Hadi', kind: 'person', aliases: ['Abd Rabbuh Mansour Hadi', 'Mansour Hadi'] },
  { id: 'southern-transitional-council', name: 'Southern Transitional Council', kind: 'armed-group', aliases: ['STC'] },
];
