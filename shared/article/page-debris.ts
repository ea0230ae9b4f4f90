/**
 * Page debris: the lines a copy-paste or a scraper brings along with an article
 * (comment forms, share buttons, cookie banners, ads, newsletter prompts, bylines of
 * related stories). Each entry matches a WHOLE line, case-insensitively, so article
 * sentences that merely contain a word like "share" or "subscribe" are kept.
 */
const DEBRIS_PATTERNS: readonly RegExp[] = [
  // comment forms
  /^leave a (reply|comment)\b.*$/,
  /^cancel reply$/,
  /^post(ed)? comment$/,
  /^(\d+ )?comments?( \(\d+\))?$/,
  /^no comments( yet)?\.?$/,
  /^(you must be )?log(ged)? in to (post a )?comment\.?$/,
  /^your email address will not be published\.?( required fields are marked \*?)?$/,
  /^required fields are marked \*?$/,
  /^save my name, email, and website in this browser.*$/,
  /^notify me of (follow-up comments|new posts).*$/,
  /^(name|email|website|comment) ?\*?$/,
  /^reply$/,
  // sharing
  /^share( this( article| story| post)?)?:?( (facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram|copy link))*$/,
  /^share (on|via) (facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram)$/,
  /^(facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|telegram|pinterest|copy link)$/,
  /^click to (share|print|email).*$/,
  /^(tweet|pin it|like this:?|like loading\.*)$/,
  /^(be the first to like this\.?)$/,
  // related content and navigation
  /^related( posts| articles| stories| news| content| coverage)?:?$/,
  /^(read|see) (more|also)( on .*)?:?$/,
  // a link to another story with its headline ("Read also: Ukraine's air defense running low, officials warn")
  /^((read|see) (more|also|next)|related( story| article)?|also read|recommended|watch|listen): .{1,160}$/,
  /^more (from|on) .{0,40}$/,
  /^(you (may|might) also like|recommended( for you)?|most (read|popular)|trending( now)?|top stories):?$/,
  /^(previous|next)( (post|article|story))?:?( .{0,80})?$/,
  /^(skip to (main )?content|back to top|menu|search|home)$/,
  /^tags?:.{0,120}$/,
  /^(filed|posted) (under|in):?.{0,120}$/,
  // cookies and consent
  /^.{0,80}\b(we|this (site|website)) uses? cookies\b.*$/,
  /^(accept|reject|allow|manage)( all)? cookies$/,
  /^cookie (policy|settings|preferences)$/,
  /^(accept|agree|i agree|got it|ok)$/,
  /^privacy policy( and terms of (use|service))?$/,
  /^terms of (use|service)$/,
  // subscriptions and ads
  /^subscribe( now| today| to (our|the) newsletter.*)?!?$/,
  /^sign up (for|to) (our|the) newsletter.*$/,
  /^(already a subscriber|become a member|support our journalism)\b.{0,80}$/,
  /^advertisement$/,
  /^(sponsored( content)?|ad|ads|promoted)$/,
  /^story continues below( advertisement)?$/,
  /^(article )?continues below$/,
  /^scroll to continue( with content)?$/,
  // bylines of the page furniture, not the article
  /^(photo|image|video):?\s.{0,120}\((getty|reuters|ap|afp|epa)[^)]*\)$/,
  /^(all rights reserved\.?|©.{0,80}|copyright .{0,80})$/,
  /^(additional )?(reporting|writing|editing|compiled) by .{0,120}$/,
];

/** "By Jane Doe", "By Jane Doe and John Roe · 2 October 2026": capitalised names and nothing else, so "By Tuesday, talks…" survives. */
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'-]*\s*){1,4}((and|&)\s+(\p{Lu}[\p{L}.'-]*\s*){1,4})?([·|\u2013\u2014]\s*.{0,40})?$/u;

/** One alternation: a line is tested once instead of once per pattern. */
const DEBRIS = new RegExp(DEBRIS_PATTERNS.map((pattern) => `(?:${pattern.source})`).join('|'));

/** Normalised for matching: trimmed, lower-cased, runs of whitespace collapsed. */
function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A photo caption: a line that opens with "PHOTO:" or ends with the agency's credit ("Supporters wave flags in
 * Tbilisi on Sunday. REUTERS/Irakli Gedenidze", "… (AP Photo/Jae C. Hong)", "… AFP via Getty Images"). What it
 * shows is a picture of the story, not a sentence of it. Captions run longer than other debris, hence their own limit.
 */
const CAPTION_START = /^(photo|picture|image|file photo|caption)( \d+)?: /;
// The credit, as agencies write it, right after the caption's last full stop or in brackets: "… Sunday. REUTERS/Irakli
// Gedenidze", "(AP Photo/Aaron Favila)", "… 2026. AFP via Getty Images". Matched on the line as written: "a
// Reuters/Ipsos poll" and "published by Getty Images" are sentences, not credits.
const CAPTION_CREDIT =
  /(?:[.!?]\s+|\()(?:(?:REUTERS|Reuters|AFP|AP Photo|EPA|EPA-EFE|Xinhua|Anadolu|Pool|Sputnik|TASS|Yonhap|Kyodo)\s?\/\s?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|(?:AFP|AP|Reuters|Pool|Anadolu) via Getty Images)\)?\.?$/u;
const CAPTION_LONGEST = 400;

export function isPageDebris(line: string): boolean {
  const text = normalise(line);
  if (text.length === 0 || text.length > CAPTION_LONGEST) return false;
  if (CAPTION_START.test(text) || CAPTION_CREDIT.test(line.trim())) return true;
  if (text.length > 200) return false;
  return DEBRIS.test(text) || BYLINE.test(line.trim());
}
