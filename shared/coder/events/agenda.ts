import type { ActionMatch } from '../actions/action-matcher.ts';
import { intentOf } from '../actions/complement-rules.ts';
import type { SentenceEvent } from './plan.ts';

/**
 * A briefing's agenda: the section under a heading such as "The week ahead", "Coming up" or "What to watch" lists what
 * is scheduled, in the present tense of a diary ("Thursday — Chinese FM Wang Yi travels to Pyongyang", "Tuesday: EU
 * foreign ministers meet in Brussels"). There the present tense is the future, so an act told in it is a plan (a
 * meeting to come is `036`, planned, GOLD-FORMAT), dated forward from publication; what the section tells in the past
 * tense ("On Monday, Modi visited …") still happened. The section ends at the next heading.
 */
const AGENDA_HEADING =
  /^(?:the\s+)?(?:(?:week|weekend|days|month|year)\s+ahead|coming\s+up|what\s+to\s+watch(?:\s+for)?|looking\s+ahead|diary|(?:on\s+the\s+)?agenda|upcoming|next\s+week)(?:\s+(?!of\b)\S+){0,3}$/i;

// An agenda heading is a few words ("The week ahead", "Coming up this week:", "What to watch in Asia"), not a sentence
// that opens alike, nor a title on something else ("Diary of a siege").
const MAX_HEADING_WORDS = 6;

/** Whether a heading (a crosshead, or a lead-in ending in a colon) opens an agenda section. */
export function isAgendaHeading(line: string): boolean {
  const text = line.trim().replace(/[:\u2014\u2013-]\s*$/, '');
  return text.split(/\s+/, MAX_HEADING_WORDS + 1).length <= MAX_HEADING_WORDS && AGENDA_HEADING.test(text);
}

// A short line that ends in a colon ("In other news:", "Also today:") or has no letter ("***"): it opens a new section.
const LEAD_IN = /^[^.!?]{0,60}:$/;

/** Whether a sentence that is no crosshead still opens a section of its own (and so closes an agenda). */
export function opensSection(line: string): boolean {
  const text = line.trim();
  return LEAD_IN.test(text) || !/\p{L}/u.test(text);
}

// An agenda's entry opens with the day it is for: "Monday: …", "Thursday — …", "Dec 9: …", "9 December – …".
const ENTRY_DAY =
  /^(?:[-•*\u2013]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?)\b[^:\u2014\u2013-]{0,20}[:\u2014\u2013-]/i;

// A day named anywhere in an entry ("Wang Yi travels to Pyongyang on Thursday", "Mon 12 Jan: …", "(Thursday)").
const NAMED_DAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)/i;

/** Whether a sentence is an entry of an agenda: it names the day it is for, first or anywhere in it. */
export function isAgendaEntry(sentence: string): boolean {
  const text = sentence.trimStart();
  return ENTRY_DAY.test(text) || NAMED_DAY.test(text);
}

// Verb forms that tell what already happened, which an agenda also reports ("visited", "has met").
const PAST_FORMS = new Set(['past', 'participle', 'pastOrParticiple']);

/** An agenda section's acts told in the present as plans: the intent of each (a meeting → `036`), planned. */
export function scheduledInAgenda<E extends SentenceEvent>(events: readonly E[], actions: readonly ActionMatch[]): E[] {
  return events.map((e) => {
    if (e.modality !== 'asserted') return e;
    const action = actions.find((a) => a.head === e.triggerStart);
    if (action?.form && PAST_FORMS.has(action.form)) return e;
    const code = intentOf(e.code);
    return code && code.startsWith('03') ? { ...e, code, modality: 'planned' } : e;
  });
}
