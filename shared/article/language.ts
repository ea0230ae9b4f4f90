import { ArticleRejectedError } from './rejection.ts';

/**
 * English function words that are rare as words in other Latin-script languages
 * (so "a", "de", "la", "no", "en", "as", "do" are deliberately absent). Running news English has
 * roughly a third of its tokens in this set; French, Spanish or German text has a few percent.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to is that for it with was on be by at this are from or an have has had not but which were ' +
    'they their will would been said its he she his her who also after than more about into over we our there ' +
    'can all when what could should these those them between during while under against because before did does ' +
    'up out only other such may some any if how then being itself where why whose whom until ' +
    "you your my me him us it's shall might must upon through without within across toward towards"
  ).split(' '),
);

/**
 * Function words of the other languages news arrives in most often (French, Spanish, Portuguese,
 * Italian, German, Dutch, Swedish), minus any that are also English words.
 */
const OTHER_FUNCTION_WORDS = new Set(
  (
    'de en le la les des du et est une un pour dans que qui sur pas au aux ce cette sont ont été avec par ' +
    'el los las del y por con para una es se su sus al lo como pero más ' +
    'os da em não uma com dos das mais foi ' +
    'il di che della delle dei per non sono gli nel alla ' +
    'der die das und ist nicht mit den dem zu von auf für sich ein eine des im wird werden ' +
    'het een van ik niet zijn op voor met ' +
    'och att är på som för av till'
  ).split(' '),
);

/** How much text is examined: enough to decide, small enough to stay fast on any article. */
const SAMPLE_CHARS = 4000;
/** Fewer words than this cannot be judged: a short note is given the benefit of the doubt. */
const MIN_WORDS_TO_JUDGE = 5;
/** From this many words on, English must also reach a minimum share of function words. */
const WORDS_FOR_RATIO_TEST = 40;
const MIN_ENGLISH_RATIO = 0.12;
const MIN_LATIN_LETTER_SHARE = 0.6;

/**
 * Cheap language check for the ingest and the coder: is this text English enough to code?
 * Non-Latin scripts are not English; otherwise English function words must outnumber those of the
 * common European languages, and on longer texts (where the share is stable) make up a typical
 * share of the words, which also catches languages without a list here.
 *
 * `languageHint` is what the page declares (`<html lang>`, JSON-LD inLanguage). The text decides
 * whenever it can be judged: templates declare the newsroom's default language on every page, so
 * an English wire story on a lang="es" site is still coded and a Spanish story on a lang="en"
 * site is not. The hint only settles texts too short to judge, which are otherwise given the
 * benefit of the doubt.
 */
export function looksEnglish(text: string, languageHint?: string | null): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { letters, latin } = countLetters(sample);
  if (letters === 0) return false;
  if (latin / letters < MIN_LATIN_LETTER_SHARE) return false;
  // (a hyphenated word is one: the particles of "al-Burhan", "el-Sisi" are names, not Spanish or French words)
  const words = sample.toLowerCase().match(/\p{L}+(?:['-]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return !declaresOtherLanguage(languageHint);
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (OTHER_FUNCTION_WORDS.has(word)) other++;
  }
  if (other > english) return false;
  return words.length < WORDS_FOR_RATIO_TEST || english / words.length >= MIN_ENGLISH_RATIO;
}

const LETTER = /^\p{L}$/u;

/**
 * Letters (any script, counted by code point) and the ASCII letters among them, counted without
 * building an array of one-letter matches: the check runs on every article the coder sees.
 */
export function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    const lower = ch.charCodeAt(0) | 32;
    if (lower >= 97 && lower <= 122) latin++;
    else if (ch.charCodeAt(0) < 128 || !LETTER.test(ch)) continue;
    letters++;
  }
  return { letters, latin };
}

/** The ingest's rule: an article that does not look English is a permanent failure, not coded. */
export function assertEnglish(article: { body: string; language?: string | null }): void {
  if (!looksEnglish(article.body, article.language)) {
    throw new ArticleRejectedError('not-english', 'The article does not look like English text; only English articles are coded.');
  }
}

/** A declared language tag that is not English ("fr", "pt-BR"); no hint, or "en-…", declares nothing against English. */
function declaresOtherLanguage(languageHint: string | null | undefined): boolean {
  const primary = languageHint?.trim().toLowerCase().split(/[-_]/)[0];
  return !!primary && /^[a-z]{2,3}$/.test(primary) && primary !== 'en' && primary !== 'eng';
}
