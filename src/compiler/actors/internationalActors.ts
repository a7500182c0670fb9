import type { ActorEntry } from './ActorEntry.ts';

/**
 * International bodies and NGOs. The UN's organs are separate actors: a Security Council resolution, a
 * Human Rights Council hearing and a UN agency's report are different institutions acting.
 */
export const internationalActors: ActorEntry[] = [
  { id: 'united-nations', name: 'United Nations', kind: 'organisation', aliases: ['UN', 'U.N.', 'United Nations Organisation'] },
  { id: 'un-security-council', name: 'UN Security Council', kind: 'organisation', aliases: ['United Nations Security Council', 'Security Council', 'UNSC'] },
  { id: 'un-human-rights-council', name: 'UN Human Rights Council', kind: 'organisation', aliases: ['Human Rights Council', 'United Nations Human Rights Council', 'UNHRC'] },
  { id: 'unhcr', name: 'UNHCR', kind: 'organisation', aliases: ['UN refugee agency', 'UN High Commissioner for Refugees'] },
  { id: 'ohchr', name: 'UN Office of the High Commissioner for Human Rights', kind: 'organisation', aliases: ['OHCHR', 'UN human rights office'] },
  { id: 'iom', name: 'International Organization for Migration', kind: 'organisation', aliases: ['IOM', 'International Organisation for Migration'] },
  { id: 'unicef', name: 'UNICEF', kind: 'organisation', aliases: [] },
  { id: 'ocha', name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'organisation', aliases: ['OCHA'] },
  { id: 'wfp', name: 'World Food Programme', kind: 'organisation', aliases: ['WFP'] },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', aliases: ['Macron'] },
  { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', kind: 'person', aliases: ['Le Drian'] },
  { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person', aliases: ['Erdoğan', 'Erdogan', 'Tayyip Erdogan'] },
  { id: 'abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi', kind: 'person', aliases: ['el-Sisi', 'Abdel Fattah al-Sisi', 'Sisi'] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'] },
  { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov', 'Sergey Lavrov'] },
  { id: 'giuseppe-conte', name: 'Giuseppe Conte', kind: 'person', aliases: [] },
  { id: 'mohammed-bin-zayed', name: 'Mohammed bin Zayed', kind: 'person', aliases: ['Mohamed bin Zayed', 'MBZ', 'Mohammed bin Zayed Al Nahyan'] },
  { id: 'antonio-guterres', name: 'António Guterres', kind: 'person', aliases: ['Guterres'] },
  { id: 'nato', name: 'NATO', kind: 'organisation', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { id: 'african-union', name: 'African Union', kind: 'organisation', aliases: ['AU'] },
  { id: 'arab-league', name: 'Arab League', kind: 'organisation', aliases: ['League of Arab States'] },
  { id: 'european-union', name: 'European Union', kind: 'organisation', aliases: ['EU'] },
  { id: 'international-criminal-court', name: 'International Criminal Court', kind: 'organisation', aliases: ['ICC'] },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: 'organisation', aliases: ['ICRC', 'Red Cross'] },
  { id: 'red-crescent', name: 'Red Crescent', kind: 'organisation', aliases: ['Libyan Red Crescent', 'Syrian Arab Red Crescent'] },
  { id: 'amnesty-international', name: 'Amnesty International', kind: 'organisation', aliases: ['Amnesty'] },
  { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organisation', aliases: ['HRW'] },
  { id: 'msf', name: 'Médecins Sans Frontières', kind: 'organisation', aliases: ['MSF', 'Doctors Without Borders'] },
];
