import { createHash } from 'node:crypto';
import { byReadingOrder, type Actor, type DiplomaticEvent, type Modality } from '../../model/diplomatic-event.ts';
import { cameoCode } from '../lexicon/cameo-codes.ts';

/**
 * Turns coded sentences into API events and merges repeats: one event per (source country+role,
 * target country+role, code) per article, `mentions` counting the sentences that state it, the
 * evidence taken from the most confident one. Ids are a hash of what identifies the event, so the
 * same article always yields the same ids.
 */
export interface CodedMention {
  code: string;
  source: Actor;
  target: Actor | null;
  modality: Modality;
  date: string | null;
  dateText: string | null;
  /** The date is the story's news day (story-day.ts), not one the event's own sentence gives. */
  dateInherited?: boolean;
  location: { text: string; country: string | null } | null;
  sentence: { text: string; start: number; end: number; index: number };
  trigger: string;
  confidence: number;
}

/**
 * What makes two statements the same event. A bare state name and its government are one actor
 * ("Russia criticized Poland" … "Moscow criticized Warsaw"), so a missing role counts as GOV here.
 */
export function eventKey(source: Actor, target: Actor | null, code: string): string {
  const role = (a: Actor) => a.role ?? 'GOV';
  const s = `${source.country}/${role(source)}`;
  const t = target ? `${target.country}/${role(target)}` : '-';
  // meeting, agreeing, cooperating are mutual: "Seoul met Tokyo" and "Tokyo met Seoul" are one event
  if (target && SYMMETRIC_ROOTS.has(code.slice(0, 2)) && t < s) return `${t}>${s}#${code}`;
  return `${s}>${t}#${code}`;
}

const SYMMETRIC_ROOTS = new Set(['03', '04', '05', '06']);

export function eventId(articleId: string, key: string): string {
  return `${articleId}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

export function buildEvents(articleId: string, extractor: string, coded: CodedMention[]): DiplomaticEvent[] {
  const groups = new Map<string, CodedMention[]>();
  for (const c of coded) {
    const k = eventKey(c.source, c.target, c.code);
    const g = groups.get(k) ?? [];
    g.push(c);
    groups.set(k, g);
  }
  const events: DiplomaticEvent[] = [];
  for (const [key, group] of groups) {
    // the most confident statement is the evidence; ties go to the earliest sentence
    const best = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    // (a date the event's own words give before the story's news day another sentence lent it)
    const statements = [best, ...group];
    const dated = statements.find((g) => g.date !== null && g.dateInherited !== true) ?? statements.find((g) => g.date !== null) ?? best;
    const located = best.location ? best : (group.find((g) => g.location) ?? best);
    const info = cameoCode(best.code);
    // the most specific wording of each side among the statements ("the South Korean leader" < "Lee Jae Myung")
    const source = group.map((g) => g.source).find((s) => s.role !== null) ?? best.source;
    const target = best.target ? (group.map((g) => g.target).find((t) => t !== null && t.role !== null) ?? best.target) : null;
    const sentences = new Set(group.map((g) => g.sentence.index));
    // an event stated in several sentences is more certain
    const confidence = Math.min(1, best.confidence + 0.05 * (sentences.size - 1));
    events.push({
      id: eventId(articleId, key),
      articleId,
      date: dated.date,
      dateText: dated.dateText,
      source,
      target,
      cameo: { code: info.code, root: info.root, name: info.name },
      plover: info.plover,
      quadClass: info.quadClass,
      goldstein: info.goldstein,
      modality: best.modality,
      location: located.location,
      evidence: { sentence: best.sentence.text, start: best.sentence.start, end: best.sentence.end, trigger: best.trigger },
      mentions: sentences.size,
      confidence: Math.round(confidence * 100) / 100,
      extractor,
    });
  }
  return events.sort(byReadingOrder);
}
