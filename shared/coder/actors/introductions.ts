import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from './actor-resolver.ts';
import { MONTH_NAMES, WEEKDAYS } from '../text/time-words.ts';
import { nameAt, NAME_WORD, type NamedPerson } from './respective-names.ts';

/**
 * People no dictionary knows, introduced by a placed title beside their name: the apposition after the name ("Jane
 * Smith, the British ambassador, …", "Rustem Umerov, secretary of Ukraine's Security Council, …"), before it ("Niger's
 * foreign minister, Bakary Yaou Sangaré, …"), or as the head of a placed delegation ("Niger's delegation, led by Foreign
 * Minister Bakary Yaou Sangaré"). Each is that state's official, which a later "Sangaré accused Benin" needs.
 * The title must be placed (a state and a role): a name beside an unplaced one stays unknown.
 */
export function introducedPeople(tokens: Token[], resolved: ResolvedMention[]): NamedPerson[] {
  const covered = new Set<number>();
  for (const r of resolved) for (let i = r.mention.start; i < r.mention.end; i++) covered.add(i);
  const byStart = new Map(resolved.map((r) => [r.mention.start, r]));
  const out: NamedPerson[] = [];
  for (const r of resolved) {
    if (!placedTitle(r)) continue;
    const { start, end } = r.mention;
    // after the name: "NAME, [the] TITLE," (the title closed by a comma, a verb or the sentence's end)
    // (past a determiner and up to three words of the title: "the US senior adviser", "foreign policy adviser"; not a
    // participle's: "Jane Smith, meeting British officials, said")
    let open = start;
    while (open > start - 3 && open > 0 && titleWord(tokens[open - 1]!) && !DETERMINERS.has(tokens[open - 1]!.norm)) open--;
    if (DETERMINERS.has(tokens[open - 1]?.norm ?? '')) open--;
    if (tokens[open - 1]?.norm === ',' && closesApposition(tokens, end)) {
      // (closed by a verb, the words may be the clause's subject after a fronted phrase: the name must open its clause)
      const name = nameBefore(tokens, open - 1, covered, tokens[end]?.norm !== ',');
      if (name) out.push({ actor: { ...r.actor, text: name.text }, surname: name.surname });
    }
    // before the name: "TITLE, NAME," or "TITLE, NAME said"
    if (tokens[end]?.norm === ',' && !covered.has(end + 1)) {
      const name = nameAt(tokens, end + 1);
      if (name && ordinaryName(tokens, end + 1, name.end) && closesApposition(tokens, name.end))
        out.push({ actor: { ...r.actor, text: name.text }, surname: name.surname });
    }
    // the head of a placed delegation: "Niger's delegation, led by Foreign Minister Bakary Yaou Sangaré"
    // ("… headed by Rustem Umerov": a bare name, with the delegation's role)
    const led = ledBy(tokens, end);
    if (led < 0) continue;
    const at = byStart.get(led);
    const head = at && !at.actor && !at.pair && at.mention.items.some((i) => i.item.kind === 'role') ? at : undefined;
    const first = head ? head.mention.items[head.mention.items.length - 1]!.end : covered.has(led) ? -1 : led;
    const name = first >= 0 && NAME_WORD.test(tokens[first]?.text ?? '') ? nameAt(tokens, first) : null;
    if (!name || !ordinaryName(tokens, first, name.end)) continue;
    const actor = { text: name.text, country: r.actor.country, role: head?.mention.items.find((i) => i.item.kind === 'role')?.item.role ?? r.actor.role };
    if (head) head.actor = actor;
    out.push({ actor, surname: name.surname });
  }
  return out;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
// A lower-case word of a title before its head noun ("senior", "foreign policy", "acting"): no participle of a clause
// ("meeting British officials").
const TITLE_WORD = /^[a-z][a-z-]*(?<!ing|ed)$/;
const TITLE_PARTICIPLES = new Set(['acting', 'outgoing', 'incoming', 'serving', 'ruling', 'appointed', 'elected', 'designated', 'retired', 'newly']);
function titleWord(t: Token): boolean {
  return TITLE_WORD.test(t.text) || TITLE_PARTICIPLES.has(t.text);
}
// Where a clause opens: the name of an apposition stands there ("After talks with John Smith, the British ambassador …"
// puts no title beside John Smith).
const CLAUSE_OPENERS = new Set([',', '"', '“', ':', ';', '-', '—', '–', '(']);
const LEADING = new Set(['led', 'headed']);
// Capitalised words that open a sentence or a phrase and are no part of a name (dates among them).
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...['on', 'in', 'at', 'the', 'a', 'an', 'last', 'this', 'but', 'and', 'after', 'before', 'during', 'meanwhile', 'however'],
  ...['earlier', 'later', 'separately', 'also', 'then', 'for', 'with', 'by', 'from', 'speaking', 'asked', 'mr', 'mrs', 'ms', 'dr'],
  ...['president', 'minister', 'foreign', 'prime'],
  ...WEEKDAYS,
  ...MONTH_NAMES,
]);

/** A state's official: a resolved mention with a state and a role, not a known person's name or a pair. */
function placedTitle(r: ResolvedMention): r is ResolvedMention & { actor: NonNullable<ResolvedMention['actor']> } {
  return (
    r.actor !== null &&
    r.actor.role !== null &&
    !r.mention.pronoun &&
    r.mention.items.some((i) => i.item.kind === 'role') &&
    !r.mention.items.some((i) => i.item.kind === 'leader')
  );
}

/**
 * The apposition ends at `i`: a comma, the sentence's end, or a lower-case word (its clause's verb: "…, said"); or it
 * goes on for a few words to a comma ("secretary of Ukraine's National Security and Defense Council,").
 */
function closesApposition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.norm === ',' || t.norm === '.' || /^[a-z]/.test(t.text)) return true;
  for (let k = i; k < tokens.length && k < i + 8; k++) if (tokens[k]!.norm === ',') return true;
  return false;
}

/** The name of two to four capitalised words that no mention covers, ending right before the comma at `comma`. */
function nameBefore(tokens: Token[], comma: number, covered: ReadonlySet<number>, opensClause: boolean): { text: string; surname: string } | null {
  let start = comma;
  while (start > 0 && start > comma - 4 && NAME_WORD.test(tokens[start - 1]!.text) && !covered.has(start - 1)) start--;
  // (the whole run: a longer one, or one that goes on past a covered word, is not one person's name; and where asked,
  // it opens its clause: "near Wad Hamid, the army spokesman said" names a place)
  if (start > 0 && (NAME_WORD.test(tokens[start - 1]!.text) || (opensClause && !CLAUSE_OPENERS.has(tokens[start - 1]!.norm)))) return null;
  const name = nameAt(tokens, start);
  return name && name.end === comma && ordinaryName(tokens, start, comma) ? name : null;
}

function ordinaryName(tokens: Token[], start: number, end: number): boolean {
  return tokens.slice(start, end).every((t) => !NOT_NAMES.has(t.norm));
}

/** Where the "led by"/"headed by" phrase after a title at `end` names its leader (", led by X"), else -1. */
function ledBy(tokens: Token[], end: number): number {
  const at = tokens[end]?.norm === ',' ? end + 1 : end;
  return LEADING.has(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'by' ? at + 2 : -1;
}
