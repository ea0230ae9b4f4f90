import type { Actor } from '../../model/diplomatic-event.ts';
import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from './actor-resolver.ts';

/**
 * "his Guyanese and Venezuelan counterparts, Hugh Todd and Yvan Gil": two nationalities joined by "and", the people
 * they describe, and after a comma two names joined by "and" in the same order. Each name is that state's official,
 * which a later "Gil rejected …" needs when the dictionaries do not know the name.
 */
export interface NamedPerson {
  actor: Actor;
  surname: string;
}

export const NAME_WORD = /^\p{Lu}[\p{L}'-]*$/u;

export function respectiveNames(tokens: Token[], resolved: readonly ResolvedMention[]): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (let k = 0; k + 1 < resolved.length; k++) {
    const [a, b] = [resolved[k]!, resolved[k + 1]!];
    if (!isNationality(a) || !isNationality(b) || a.actor!.country === b.actor!.country) continue;
    if (b.mention.start !== a.mention.end + 1 || tokens[a.mention.end]!.norm !== 'and') continue;
    // the people described ("counterparts", "foreign ministers"), then a comma, within a few words
    let i = b.mention.end;
    while (i < tokens.length && i < b.mention.end + 3 && tokens[i]!.norm !== ',') i++;
    if (tokens[i]?.norm !== ',') continue;
    const first = nameAt(tokens, i + 1);
    if (!first || tokens[first.end]?.norm !== 'and') continue;
    const second = nameAt(tokens, first.end + 1);
    if (!second || ![',', '.', undefined].includes(tokens[second.end]?.norm)) continue;
    const role = b.actor!.role ?? 'GOV';
    out.push({ actor: { text: first.text, country: a.actor!.country, role }, surname: first.surname });
    out.push({ actor: { text: second.text, country: b.actor!.country, role }, surname: second.surname });
  }
  return out;
}

function isNationality(r: ResolvedMention): boolean {
  return r.actor !== null && r.mention.items.some((i) => i.item.kind === 'adjective');
}

/** Two to four capitalised words: a person's name. */
export function nameAt(tokens: Token[], start: number): { text: string; surname: string; end: number } | null {
  let end = start;
  while (end < tokens.length && end < start + 4 && NAME_WORD.test(tokens[end]!.text)) end++;
  if (end - start < 2) return null;
  const words = tokens.slice(start, end).map((t) => t.text);
  return { text: words.join(' '), surname: words[words.length - 1]!, end };
}
