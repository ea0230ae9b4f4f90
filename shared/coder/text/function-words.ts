/**
 * Small closed classes of English function words that several clause readers test for. One definition each, so that
 * a modal or a form of "be" added for one frame is seen by all of them.
 */

/** Modals of the future and of a conditional future: "will respond", "would be met with", "shall not". */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll"]);

/** Forms of "be" that make a passive or a copula: "were joined by", "is hosted". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Auxiliaries of the perfect: "has hosted", "had endangered". */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Finite auxiliaries and copulas that carry a clause of their own ("… would be a mistake", "said it was …"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...['is', 'are', 'was', 'were', ...PERFECT_AUXILIARIES],
  ...['would', 'will', 'could', 'can', 'should', 'may', 'might', 'must'],
]);

/** Pronouns for one person: what a "where he …" clause's subject can be. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Words that open a subject naming no one: "Neither warring party was invited", "None … has flown over Japan". */
export const NO_ONE: ReadonlySet<string> = new Set(['neither', 'no', 'none', 'nobody', 'nothing']);

/** Articles: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Possessive determiners of a third party: "its tariff", "their summit", "his visit". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);

/** Determiners after which a word ending in "-s" or "-ed" is a noun, not a verb: "the measures", "their demands". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'these', 'those']);

/** Words that may open a noun phrase naming a party: an article or a possessive ("the Iraqi Prime Minister", "his counterpart"). */
export const PARTY_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
