/**
 * News agencies whose name alone credits a story or a picture ("AFP", "(Reuters) -"). Lets a bracketed
 * name after a dateline be told apart from a place: "(Reuters) -" is an agency, "(Beirut) –" a dateline.
 */
export const NEWS_AGENCY =
  /^(?:AFP|AP|Reuters|Associated Press|Agence France[- ]Presse|Anadolu(?: Agency)?|AA|Xinhua|EFE|dpa|ANSA|UPI|IANS|PTI|TASS|RIA Novosti|Interfax|Ukrinform|WAM|SPA|SANA|IRNA|Tasnim|Fars|KUNA|MENA|APA|Sputnik|LANA|QNA|NNA|BBC|CNN|AJ|UN News|IRIN|Bernama|Yonhap|Kyodo|ICRC|UNHCR|OCHA)$/i;
