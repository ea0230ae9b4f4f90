import type { DiplomaticEvent } from '../api-types.ts';
import { h } from '../dom.ts';

/** The parts of a sentence an event was coded from. */
export type MarkKind = 'trigger' | 'source' | 'target';
interface Mark {
  kind: MarkKind;
  text: string;
}

const MARK_LABELS: Record<MarkKind, string> = { trigger: 'trigger', source: 'source actor', target: 'target actor' };

export function marksOf(event: DiplomaticEvent): Mark[] {
  const marks: Mark[] = [{ kind: 'trigger', text: event.evidence.trigger }, { kind: 'source', text: event.source.text }];
  if (event.target) marks.push({ kind: 'target', text: event.target.text });
  return marks;
}

/**
 * The sentence with each mark's first occurrence wrapped in <mark>. Matching ignores case (a
 * trigger may start the sentence); a mark that overlaps one placed before it, or is not in the
 * sentence (an actor resolved from an earlier sentence), is left out.
 */
export function highlighted(sentence: string, marks: readonly Mark[]): HTMLElement {
  const lower = sentence.toLowerCase();
  const placed: { start: number; end: number; kind: MarkKind }[] = [];
  for (const mark of marks) {
    const text = mark.text.trim().toLowerCase();
    if (text === '') continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(text, from);
      if (start < 0) break;
      const end = start + text.length;
      if (!placed.some((p) => start < p.end && end > p.start)) {
        placed.push({ start, end, kind: mark.kind });
        break;
      }
      from = start + 1;
    }
  }
  placed.sort((a, b) => a.start - b.start);
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const { start, end, kind } of placed) {
    parts.push(sentence.slice(at, start));
    parts.push(h('mark', { class: `hl hl-${kind}`, title: MARK_LABELS[kind] }, sentence.slice(start, end)));
    at = end;
  }
  parts.push(sentence.slice(at));
  return h('span', { class: 'evidence' }, parts);
}

export function markLegend(): HTMLElement {
  return h('p', { class: 'legend' }, 'Highlighted: ',
    (Object.keys(MARK_LABELS) as MarkKind[]).map((kind) => [h('mark', { class: `hl hl-${kind}` }, MARK_LABELS[kind]), ' ']));
}
