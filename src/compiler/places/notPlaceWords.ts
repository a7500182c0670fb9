/**
 * Word lists that keep ordinary English and organisation names from being read as places. GeoNames has a
 * town for almost every word ("Hope", "Mission", "Council", "March"), so a capitalised word alone is weak
 * evidence; these lists encode where it is none at all. All entries are folded (lowercase, no diacritics).
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Never a place when standing alone: calendar words, titles, news furniture, function words. */
export const NEVER_PLACE = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  president general minister prime king queen prince princess sheikh emir colonel marshal commander chief
  captain major lieutenant sergeant doctor mr mrs ms sir lord lady pope imam spokesman spokeswoman envoy
  said says read watch video photo photos more update updated breaking exclusive opinion analysis comment
  reporting editing source sources according facebook twitter instagram youtube telegram reuters afp
  the this that these those it he she they we you his her their our its a an in on at but and or if when
  while after before since during as so yet also however meanwhile earlier later last next first second
  some many most all both each there here what who why how where such other another several
  un eu nato human rights security peace war islam arabic english italian turkish russian berber amazigh
  tamazight parliament congress
`);

/**
 * Common words that are real place names elsewhere (Nice, Mobile, Hope): accepted only right after a
 * locative preposition ("in Nice") and only when the place is otherwise strong.
 */
export const COMMON_WORDS = words(`
  hope mission council accord union independence liberty victory unity justice freedom progress commerce
  enterprise temple university college center centre friendship harmony concord paradise eden faith grace
  joy deal sale wells battle cross defense defence police rally strike protest parade trust rock star sun
  moon ocean gulf bay lake river forest garden park bridge church mosque market port fort castle palace
  tower town city village bank mountain valley desert oasis coast beach island cape point plain spring
  springs summit marina industry republic kingdom empire state nation national federal central western
  eastern northern southern middle upper lower new old great little big long high white black red green
  blue golden silver royal imperial islamic arab man woman day night world earth truce army force forces
  guard media press news times post herald observer guardian telegraph independent mail express mirror
  north south east west nice mobile reading bath split orange chance energy oil gas power government
  office embassy camp base airport hospital school prison court house home street road square avenue lane
  highway boulevard junction roundabout crossing gate storm
`);

/** Words that end an organisation's name: a place inside "Benghazi Defence Brigades" is not where it is. */
export const ORG_HEADS = words(`
  army council government accord forces force state brigade brigades ministry party university bank
  company corporation airlines airways club front movement committee agency court guard shield
  revolutionaries militia assembly parliament congress authority commission organisation organization
  institute foundation association federation union league coalition alliance network group battalion
  regiment division command tribunal office centre center times post herald tribune news agency
  service services senate house chamber tv radio channel
`);

/** Lowercase nouns that turn a preceding place name into an adjective: "the Tripoli government". */
export const ACTOR_NOUNS = words(`
  government administration parliament authorities authority militia militias brigade brigades forces
  fighters council officials official rebels troops army police municipality faction factions camp side
  branch office leadership cabinet
`);

/** Participles after a hyphen that make an adjective: "Tobruk-based", "UAE-backed", "Misrata-led". */
export const MODIFIER_PARTICIPLES = words(`based born backed led controlled held allied aligned run bound made funded`);

/** Prepositions after which a capitalised common word may be a place: "in Nice", but "Nice work". */
export const LOCATIVE = words(`in at near from to into towards toward outside inside around across through via`);

/** Nouns after which "of X" names a place: "the city of Derna", "the outskirts of Sirte", "the siege of Homs". */
export const OF_LOCATIVE_HEADS = words(
  `city town village port province governorate district region outskirts suburbs centre center heart edge ` +
    `cities towns villages ports provinces districts regions ` +
    `siege battle capture fall liberation shelling bombing bombardment evacuation occupation streets`,
);

/** Lowercase words allowed inside a multi-word name ("Ras al Unuf", "Gulf of Sidra", "Bani Walid"). */
export const CONNECTORS = words(`al el ul as ash ad adh az at ath ar an ed es et ez er en of de du la le del des bin ibn bu abu`);

/** Arabic articles that may start a name when hyphenated: "al-Marj", "el-Brega", "ash-Shati". */
export const ARTICLES = words(`al el ul as ash ad adh az at ath ar an ed es et ez er en`);

/** Compass words before a name do not make it part of a longer proper name: "East Libya", "Northern Mali". */
export const DIRECTION_WORDS = words(`east west north south eastern western northern southern central upper lower greater`);

/** Words after a name that make it a natural feature, not the town of that name: "the Oskil River". */
export const NATURAL_FEATURE_WORDS = words(`river rivers mountain mountains hills valley plain plains desert sea canal strait`);

/** Capitalised words after a town's name that make a street of it: "Tripoli Street", "Baghdad Road". */
export const STREET_WORDS = words(`street road avenue boulevard highway square lane`);
