import type { DiplomaticEvent } from '../api-types.ts';
import { h } from '../dom.ts';
import { highlighted, marksOf } from './evidence.ts';

/**
 * The whole article text with each evidence sentence at its offsets, marked (trigger, source,
 * target). Null when the text does not hold the sentences where the events say they are — the
 * object changed since it was coded — so the caller shows the stored sentences instead.
 */
export function articleBody(body: string, events: readonly DiplomaticEvent[]): HTMLElement | null {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const [start, sentenceEvents] of bySentenceStart(events)) {
    const { end, sentence } = sentenceEvents[0]!.evidence;
    if (body.slice(start, end) !== sentence) return null;
    if (start < at) continue; // overlaps the sentence before (a sentence coded in windows): marked once
    parts.push(body.slice(at, start), h('span', { class: 'evidence-sentence' }, highlighted(sentence, sentenceEvents.flatMap(marksOf))));
    at = end;
  }
  parts.push(body.slice(at));
  return h('div', { class: 'article-body' }, parts);
}

/** One paragraph per evidence sentence in body order, with "…" where the article goes on between them. */
export function evidencePassages(events: readonly DiplomaticEvent[]): HTMLElement {
  let previousEnd = 0;
  return h(
    'div',
    {},
    bySentenceStart(events).flatMap(([start, sentenceEvents]) => {
      const first = sentenceEvents[0]!;
      const gap = start > previousEnd + 1 ? [h('p', { class: 'gap', 'aria-hidden': 'true' }, '…')] : [];
      previousEnd = Math.max(previousEnd, first.evidence.end);
      return [...gap, h('p', { class: 'passage' }, highlighted(first.evidence.sentence, sentenceEvents.flatMap(marksOf)))];
    }),
  );
}

/** Events grouped by their evidence sentence (several codes may come from one), in body order. */
function bySentenceStart(events: readonly DiplomaticEvent[]): [number, DiplomaticEvent[]][] {
  const groups = new Map<number, DiplomaticEvent[]>();
  for (const event of events) groups.set(event.evidence.start, [...(groups.get(event.evidence.start) ?? []), event]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
