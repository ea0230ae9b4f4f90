/**
 * A page title without the outlet's name: "Qatar brokers ceasefire | Meridian News" → "Qatar
 * brokers ceasefire". The name is removed when it is a known name of the site (og:site_name,
 * the JSON-LD publisher) or looks like the site's host ("BBC News" on bbc.co.uk), as a suffix or a
 * prefix; a last " | " segment of a few words goes too, since " | " separates the site, not
 * parts of a headline. A " - " inside a headline ("Lee - Xi talks resume") is kept unless it
 * leads to the site's name.
 */
const SEPARATORS = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ', ' \u00b7 ', ' \u2022 ', ' / '];
/** A trailing " | X" segment this short is the site (or a section of it), not a headline clause. */
const MAX_SITE_WORDS = 5;

export function titleWithoutSiteName(title: string, siteNames: readonly (string | null)[], url: string | null): string {
  const names = siteNames.filter((name): name is string => !!name).map(compact);
  const host = hostWord(url);
  const isSite = (segment: string) => {
    const words = compact(segment);
    if (words.length < 2) return false;
    if (names.some((name) => name === words)) return true;
    return host !== null && segment.split(/\s+/).length <= MAX_SITE_WORDS && (words.startsWith(host) || host.startsWith(words));
  };
  for (const separator of SEPARATORS) {
    const last = title.lastIndexOf(separator);
    if (last > 0 && isSite(title.slice(last + separator.length))) return title.slice(0, last).trim();
    const first = title.indexOf(separator);
    if (first > 0 && isSite(title.slice(0, first))) return title.slice(first + separator.length).trim();
  }
  const pipe = title.lastIndexOf(' | ');
  if (pipe > 0 && title.slice(pipe + 3).split(/\s+/).length <= MAX_SITE_WORDS) return title.slice(0, pipe).trim();
  return title;
}

/** Letters and digits only, lower case: "The Straits Times" and "the-straits-times" compare equal. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The distinctive word of a host: www.bbc.co.uk → "bbc", edition.cnn.com → "cnn". */
function hostWord(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter((label) => !['www', 'com', 'co', 'org', 'net', 'news', 'uk', 'edition', 'amp', 'm'].includes(label));
  const word = labels.sort((a, b) => b.length - a.length)[0];
  return word && word.length >= 3 ? word : null;
}
