import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { coordinatedSubjectEnd, opensClause } from './clauses.ts';
import { GUEST_TITLES } from '../lexicon/roles.ts';
import { BORDER_WORDS } from './implicit-target.ts';
import { commonWordsAt, gluedPairMark } from '../actors/mention-finder.ts';
import { isReportingVerb } from './modality.ts';

/**
 * A coordinated noun phrase is one argument with several members: "Argentina, Chile and Peru", "by Brazil,
 * Argentina and Chile", "India and Pakistan". Given its first member, the others that follow it joined by
 * commas, "and" or "as well as", each a placed actor. A frame applied to the phrase yields one event per member.
 * A name set off by commas after a member is that member's ("his U.S. counterpart, Kevin Kim, and Japan's Kanai
 * Masaaki" is two members).
 */
// (and quantifiers before a member: "the Russian captain and several Indian and Georgian nationals")
const JOINERS = new Set(['and', ',', 'the', 'a', 'an', 'as', 'well', 'also', 'several', 'some', 'many', 'other', 'two', 'three', 'four', 'five', 'six']);

const COUNT = /^\d[\d,.]*$/;

export function coordinatedAfter(tokens: Token[], mentions: ResolvedMention[], first: ResolvedMention): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let end = first.mention.end;
  for (const r of mentions) {
    if (r.mention.start < end) continue;
    // ("Dubai-based oil traders": a role noun the member modifies is the member's own head, not the next member)
    if (!r.actor && memberHeadLength(tokens, end) >= r.mention.start - end) {
      end = r.mention.end;
      continue;
    }
    const gap = withoutMemberTail(withoutMemberHead(tokens.slice(end, r.mention.start))).map((t) => t.norm);
    const joined =
      hyphenPair(tokens, end, r) ||
      (gap.length > 0 &&
        gap.length <= 3 &&
        // (a count before a member: "61 Venezuelans and 40 Colombians")
        gap.every((w) => JOINERS.has(w) || COUNT.test(w)) &&
        (gap.includes('and') || gap.includes(',') || gap.join(' ').includes('as well as')));
    if (!joined || !r.actor || r.mention.pronoun) break;
    // ("hit Russian oil refineries, British intelligence said": a party after a comma that speaks is no member)
    if (!gap.includes('and') && speaksAfter(tokens, r.mention.end)) break;
    // "backed Vilnius, and the European Commission said …", "attacked Ukraine and France condemned …": a party followed by
    // its own verb opens a clause; after ", and" so does a compound ("with Norway, and Sweden and Denmark issued …")
    const compoundEnd = gap.includes(',') && gap.includes('and') ? coordinatedSubjectEnd(tokens, mentions, r.mention.end) : r.mention.end;
    if (opensClause(tokens, r.mention.end) || opensClause(tokens, compoundEnd)) break;
    out.push(r);
    end = r.mention.end;
  }
  return out;
}

// What a frontier noun heads, as a place ("the Ukraine-Poland border crossing", "near the Iraq-Syria border"), rather than
// modifies ("the Pakistan-Afghanistan border dispute" is the two sides' dispute).
const FRONTIER_PLACES = new Set([
  'crossing',
  'crossings',
  'post',
  'posts',
  'point',
  'points',
  'area',
  'areas',
  'region',
  'town',
  'towns',
  'village',
  'villages',
  'checkpoint',
  'checkpoints',
]);

/** The words at k are a frontier as a place: "border" alone, or "border crossing" and the like. */
function frontierAt(tokens: Token[], k: number): boolean {
  if (!BORDER_WORDS.has(tokens[k]?.norm ?? '')) return false;
  const after = tokens[k + 1];
  return (
    after === undefined || !/^[a-z]/.test(after.text) || FRONTIER_PLACES.has(after.norm) || !/^[a-z]+$/.test(after.norm) || PLACE_FOLLOWERS.has(after.norm)
  );
}

// Words after "border" that leave it the head of its phrase ("the Iraq-Syria border near …", "border in the north").
const PLACE_FOLLOWERS = new Set([
  'near',
  'in',
  'at',
  'on',
  'and',
  'or',
  'between',
  'with',
  'from',
  'to',
  'into',
  'along',
  'across',
  'where',
  'which',
  'that',
  'for',
  'after',
  'since',
  'amid',
]);

/**
 * Two parties written as one word with a hyphen or slash ("the ROK-US drills", "the Kuwaiti-Saudi statement", "the
 * Japan-Philippines pact") are two members of the phrase: nothing stands between them but the mark.
 */
function hyphenPair(tokens: Token[], end: number, next: ResolvedMention): boolean {
  // ("the Ukraine-Poland border crossing": a frontier the two share, where a deed happens, not two parties of it)
  if (frontierAt(tokens, next.mention.end)) return false;
  return next.mention.start === end + 1 && gluedPairMark(tokens, end);
}

// (how many capitalised words of a name may follow a party's nouns before its verb: "security firm Ambrey said")
const NAME_WORDS = 2;

/** The party ending at `end`, with its nouns and a name after them, is the subject of a verb of saying. */
function speaksAfter(tokens: Token[], end: number): boolean {
  let k = end + memberHeadLength(tokens, end);
  for (let n = 0; n < NAME_WORDS && tokens[k]?.cap; n++) k++;
  return isReportingVerb(tokens[k]?.norm ?? '');
}

/**
 * A gap after a member that modifies a noun without that noun: "four Dubai-based oil traders and two Hong Kong shipping
 * companies", "two Chinese refiners and a Hong Kong operator" join their members as "Chinese and Hong Kong" would. The
 * nouns must end at the conjunction or comma: "Chinese refiners in Shandong and …" is no list of the two.
 */
function withoutMemberHead(gap: Token[]): Token[] {
  const head = memberHeadLength(gap, 0);
  const next = gap[head]?.norm;
  return head > 0 && (next === 'and' || next === ',') ? gap.slice(head) : gap;
}

/** How many tokens at `from` are the nouns a member modifies, with a "-based" before them ("Dubai-based oil traders"). */
function memberHeadLength(tokens: readonly Token[], from: number): number {
  const based = tokens[from]?.text === '-' && tokens[from + 1]?.norm === 'based' && tokens[from + 1]!.start === tokens[from].end ? 2 : 0;
  return based + commonWordsAt(tokens, from + based);
}

/**
 * A gap after a member without the rest of that member's phrase: its title and the name apposed to it
 * ("counterpart, Kevin Kim, and" → ", and"; up to four capitalised words between the commas).
 */
function withoutMemberTail(gap: Token[]): Token[] {
  const title = GUEST_TITLES.has(gap[0]?.norm ?? '') ? 1 : 0;
  if (gap[title]?.norm !== ',') return gap;
  let j = title + 1;
  while (j < gap.length && j <= title + 4 && gap[j]!.cap && /^[A-Z][a-z]/.test(gap[j]!.text)) j++;
  return j > title + 1 && gap[j]?.norm === ',' ? gap.slice(j) : gap;
}
