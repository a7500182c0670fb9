/**
 * Names that look like people or organisations to the detectors but are not conflict actors: news outlets
 * and agencies ("The New Arab said", "Reuters reported"). Matched and consumed, never reported.
 */
export const nonActorNames: string[] = [
  'The New Arab', 'New Arab', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Al Jazeera',
  'Al Arabiya', 'BBC', 'CNN', 'Libya Observer', 'Libya Herald', 'Libya Review', 'Middle East Eye', 'The Guardian',
  'New York Times', 'Washington Post', 'Financial Times', 'Wall Street Journal', 'Anadolu Agency', 'Anadolu',
  'Xinhua', 'Sky News', 'Sky News Arabia', 'Al-Wasat', 'Deutsche Welle', 'France 24', 'Euronews', 'Bloomberg',
  'Read more', 'Facebook', 'Twitter', 'YouTube',
];
