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
  const marks: Mark[] = [
    { kind: 'trigger', text: event.evidence.trigger },
    { kind: 'source', text: event.source.text },
  ];
  if (event.target) marks.push({ kind: 'target', text: event.target.text });
  return marks;
}

/**
 * The sentence with each mark's first occurrence wrapped in <mark>. Matching ignores case (a
 * trigger may start the sentence) and prefers whole words; a mark that overlaps one placed before
 * it, or is not in the sentence (an actor resolved from an earlier sentence), is left out.
 */
export function highlighted(sentence: string, marks: readonly Mark[]): HTMLElement {
  const lower = sentence.toLowerCase();
  const placed: { start: number; end: number; kind: MarkKind }[] = [];
  for (const mark of marks) {
    const text = mark.text.trim().toLowerCase();
    if (text === '') continue;
    // a whole word first ("Japan" not inside "Japanese"), else any occurrence
    const start = firstFree(lower, text, placed, true) ?? firstFree(lower, text, placed, false);
    if (start !== null) placed.push({ start, end: start + text.length, kind: mark.kind });
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

function firstFree(lower: string, text: string, placed: readonly { start: number; end: number }[], wholeWord: boolean): number | null {
  for (let start = lower.indexOf(text); start >= 0; start = lower.indexOf(text, start + 1)) {
    const end = start + text.length;
    if (wholeWord && (isWordChar(lower[start - 1]) || isWordChar(lower[end]))) continue;
    if (!placed.some((p) => start < p.end && end > p.start)) return start;
  }
  return null;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

export function markLegend(): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    'Highlighted: ',
    (Object.keys(MARK_LABELS) as MarkKind[]).map((kind) => [h('mark', { class: `hl hl-${kind}` }, MARK_LABELS[kind]), ' ']),
  );
}
