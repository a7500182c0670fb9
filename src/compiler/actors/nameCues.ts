/**
 * Word lists behind the conservative name detectors. All entries are lower case, diacritics folded.
 * Precision matters more than recall: a missed person costs less than a month, a place or a council
 * turned into an actor.
 */
const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Titles before a name: stripped from person aliases and a cue that a person's name follows. */
export const TITLES = words(`
  mr mrs ms dr prof sir sheikh shaykh imam emir king queen prince princess president vice premier minister
  general gen marshal field colonel col lieutenant lt major maj captain capt brigadier brig sergeant sgt
  commander cmdr admiral chancellor ambassador envoy spokesman spokeswoman spokesperson secretary-general
  senator sen judge prosecutor mayor chairman chairwoman chief deputy mp lawmaker
`);

/** A title so personal that one capitalised word after it is a name: "President Macron", "Mr Dbeibah". */
export const HONORIFICS = words(`
  mr mrs ms dr sheikh president premier minister general gen marshal colonel col brigadier brig
`);

/** Role nouns in an apposition after a name: "Wanis Bukhamada, the LNA's special forces commander,". */
export const ROLE_NOUNS = words(`
  general commander spokesman spokeswoman spokesperson minister envoy leader official president premier
  ambassador officer colonel chief head director lawyer activist journalist mayor deputy lawmaker adviser
  advisor founder warlord emir cleric negotiator diplomat representative son daughter brother wife father
  analyst researcher member fighter militant militiaman politician businessman businesswoman prosecutor judge
  prime secretary-general chairman chairwoman marshal sons daughters brothers
`);

/** Verbs right after a name that make it a speaker: "Le Drian said". */
export const SPEECH_VERBS = words(`
  said says told added stated claimed insisted warned explained wrote tweeted announced denied confirmed
`);

/** Lower-case particles inside a name: "Mahmoud al-Werfalli", "Osama bin Laden". */
export const NAME_PARTICLES = words('al el bin ibn bint ben abu de du da di del van von der la le ould');

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight last next
  meanwhile later earlier now then since when after before also however while although though but and so
  if as once where why how what which who whom with without for from by in on at to of into over under
  the a an this that these those his her their its our my your he she they we it there here
  council government army ministry forces force brigade brigades battalion militia militias committee court
  nations union league party front assembly parliament congress agency organisation organization office bank
  company corporation authority commission group movement coalition alliance institute foundation centre
  center university school hospital airport port terminal base airbase street road square camp prison mosque
  hotel palace city province district region republic kingdom state states emirates sea desert mountains
  gulf valley oasis basin crescent field refinery news times post press herald observer radio tv television
  network operation dignity dawn spring revolution war day eid ramadan god allah islam islamic muslim
  christian arab arabic english north south east west eastern western northern southern central national
  international united african european libyan syrian libya syria yemen prime foreign defence defense interior
  justice affairs security special guard navy air coast mission human rights watch red cross
  read more video photo update breaking live exclusive analysis opinion
  corps house endowment fund trust network project initiative society partners associates airways airlines
  petroleum oil gas energy holdings
`);

/** Last words that make a capitalised run an organisation: "Tariq Ben Ziyad Brigade". */
export const ORGANISATION_CUES = words(`
  brigade brigades battalion battalions militia militias army forces force regiment division guard guards
  council ministry committee commission front
`);

/** Words that make an organisation an armed group rather than a civil body. */
export const ARMED_WORDS = words(`
  brigade brigades battalion battalions militia militias army forces force regiment division guard guards
  front military revolutionaries mujahideen shura fighters defence defense protection
`);

/** Words that make an organisation a government body. */
export const GOVERNMENT_WORDS = words('ministry government parliament cabinet presidency');

/** Descriptors that cannot on their own name an organisation ("Special Forces", "Security Council"). */
export const GENERIC_ORG_WORDS = words(`
  special security armed allied government rebel rebels opposition islamist islamists foreign local regional
  national joint central eastern western southern northern east west south north pro anti interim
  transitional presidential supreme high general military revolutionary popular the a an his her their its
  new old first second third libyan syrian yemeni
`);
