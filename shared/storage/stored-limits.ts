import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { formatCount } from '../text/format-count.ts';
import { truncateText } from './truncate-text.ts';

export { truncateText } from './truncate-text.ts';

/**
 * How long each stored string may be, in UTF-16 code units (JavaScript length; zod and the API
 * schema count the same way). Article content is hostile input: a 1 MB article without a full
 * stop is one "sentence", a JSON article may carry a 500 KB title, and DynamoDB refuses any item
 * over 400 KB and any transaction over 4 MB, on every retry. So every string that comes from an
 * article is cut to these lengths before it is stored (docs/data-model.md explains each figure).
 * A code unit is at most 3 bytes of UTF-8, so the largest event item stays near 20 KB.
 */
export const STORED_TEXT_LIMITS = {
  /** Headlines run to about 100 characters; 1,000 keeps any real one whole. */
  title: 1_000,
  /** The longest URL browsers, sitemaps and CDNs reliably handle. */
  url: 2_048,
  /** Failure reasons and "no events" reasons are sentences of ours, with an error message inside. */
  reason: 1_000,
  /** Evidence: real sentences are under 500 characters; 2,000 keeps long ones whole and shows the gist of a giant one. */
  sentence: 2_000,
  /** Actor, trigger, date and location words are a few words from one sentence. */
  phrase: 200,
  /** One note is one sentence. */
  note: 500,
} as const;

/** Notes per article record: enough to say what happened, never a list as long as the article. */
export const MAX_NOTES = 20;

/** The string cut to `max`, and a note saying so when it was cut. */
function bounded(value: string, max: number, what: string, notes: string[]): string {
  const cut = truncateText(value, max);
  if (cut !== value) notes.push(`${what} truncated to ${formatCount(max)} characters (was ${formatCount(value.length)})`);
  return cut;
}

export interface ArticleDescription {
  title: string | null;
  url: string | null;
  reason: string | null;
}

/** Title, URL and reason cut to their limits; notes say what was cut. */
export function boundArticleDescription(description: ArticleDescription, notes: string[]): ArticleDescription {
  const cut = (value: string | null, max: number, what: string) => (value === null ? null : bounded(value, max, what, notes));
  return {
    title: cut(description.title, STORED_TEXT_LIMITS.title, 'title'),
    url: cut(description.url, STORED_TEXT_LIMITS.url, 'URL'),
    reason: cut(description.reason, STORED_TEXT_LIMITS.reason, 'reason'),
  };
}

/**
 * Every free-text field of the events cut to its limit. Evidence offsets (start, end) still locate
 * the whole sentence in the article body. One note per kind of field, not per event.
 */
export function boundEvents(events: readonly DiplomaticEvent[], notes: string[]): DiplomaticEvent[] {
  /** Field → how many events had it cut. */
  const cutEvents = new Map<string, { limit: number; count: number }>();
  const result = events.map((event) => {
    const cutHere = new Map<string, number>();
    const cut = (value: string, limit: number, what: string): string => {
      const result = truncateText(value, limit);
      if (result !== value) cutHere.set(what, limit);
      return result;
    };
    const phrase = STORED_TEXT_LIMITS.phrase;
    const actor = (a: DiplomaticEvent['source']) => ({ ...a, text: cut(a.text, phrase, 'actor text') });
    const bounded: DiplomaticEvent = {
      ...event,
      dateText: event.dateText === null ? null : cut(event.dateText, phrase, 'date text'),
      source: actor(event.source),
      target: event.target === null ? null : actor(event.target),
      cameo: { ...event.cameo, name: cut(event.cameo.name, phrase, 'CAMEO name') },
      plover:
        event.plover === null
          ? null
          : { event: cut(event.plover.event, phrase, 'PLOVER event'), mode: event.plover.mode === null ? null : cut(event.plover.mode, phrase, 'PLOVER mode') },
      location: event.location === null ? null : { ...event.location, text: cut(event.location.text, phrase, 'location text') },
      evidence: {
        ...event.evidence,
        sentence: cut(event.evidence.sentence, STORED_TEXT_LIMITS.sentence, 'evidence sentence'),
        trigger: cut(event.evidence.trigger, phrase, 'trigger'),
      },
    };
    for (const [what, limit] of cutHere) cutEvents.set(what, { limit, count: (cutEvents.get(what)?.count ?? 0) + 1 });
    return bounded;
  });
  for (const [what, { limit, count }] of cutEvents) {
    notes.push(`${what} of ${formatCount(count)} event${count === 1 ? '' : 's'} truncated to ${formatCount(limit)} characters`);
  }
  return result;
}

/** At most MAX_NOTES notes of at most STORED_TEXT_LIMITS.note characters; the last says how many were left out. */
export function boundNotes(notes: readonly string[]): string[] {
  const kept = notes.length <= MAX_NOTES ? [...notes] : [...notes.slice(0, MAX_NOTES - 1), `${formatCount(notes.length - MAX_NOTES + 1)} more notes left out`];
  return kept.map((note) => truncateText(note, STORED_TEXT_LIMITS.note));
}
