import type { Token } from '../text/tokenizer.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import { NAMING, type ReportedSpeech } from './reported-speech.ts';
import type { SentenceEvent } from './plan.ts';
import { referredDeedSources, type CodedDeed } from './event-reference.ts';
import { appositiveDeedDoer } from './appositive-deed.ts';
import { isReportingVerb } from './modality.ts';
import { isLyAdverb } from '../text/adverbs.ts';
import { PERFECT_AUXILIARIES } from '../text/function-words.ts';

/**
 * An official's words that brand another party are criticism (CAMEO 111), whatever the verb of saying:
 * '"The government in Georgetown is a puppet of Exxon," Maduro wrote', "Todd said Caracas was 'behaving like a
 * rogue state'", "Petro branded the US strikes 'murder'", "said the Chinese actions endangered lives". The branded
 * party is the actor the insult is predicated of: the nearest one before it in the speaker's words (or, after a naming
 * verb, its object; for a verb of wrongdoing, its subject).
 * Only words said by a placed speaker count: an insult in the narrator's voice is no one's act.
 */
const INSULTS = new Set([
  'puppet',
  'puppets',
  'liar',
  'liars',
  'thief',
  'thieves',
  'criminal',
  'criminals',
  'terrorist',
  'terrorists',
  'murderer',
  'murderers',
  'fascist',
  'fascists',
  'nazi',
  'nazis',
  'dictator',
  'dictatorship',
  'clown',
  'clowns',
  'warmonger',
  'warmongers',
  'warmongering',
  // (not "terrorism" or "aggression": "united in the fight against terrorism" brands no one)
  'slander',
  'extortion',
  'banditry',
  'thug',
  'thugs',
  'gangster',
  'gangsters',
  'lackey',
  'lackeys',
  'vassal',
  'vassals',
  'stooge',
  'stooges',
  'bully',
  'bullies',
  'pariah',
  'butcher',
  'butchers',
  'murder',
  'piracy',
  'pirates',
  'blackmail',
  'hypocrisy',
  'hypocrites',
  'hypocrite',
  'aggressor',
  'aggressors',
  'occupier',
  'occupiers',
  'genocidal',
  'barbaric',
  'barbarism',
  'cowardly',
  'despicable',
  'shameful',
  'disgraceful',
  'deplorable',
  'outrageous',
  'lunatic',
  'lunatics',
  'rogue',
  'illegitimate',
  'treacherous',
  'parasite',
  'parasites',
  'putschist',
  'putschists',
  'clique',
  'rabid',
  'lapdog',
  'lapdogs',
  'poodle',
  'traitor',
  'traitors',
  'scum',
  // words of condemnation said of a party ("called Canada 'a very nasty and unfair trading partner'")
  'nasty',
  'unfair',
  'hostile',
  'unacceptable',
  'irresponsible',
  'reckless',
  'provocative',
  'hysterical',
  'inhumane',
  'unconscionable',
  'idiotic',
  'scandalous',
  'appalling',
  'abhorrent',
  'heinous',
  'vile',
  'unjust',
  'unjustified',
  'counterproductive',
  'absurd',
  'cynical',
  'arrogant',
  // and of a deed or a party's conduct ("called the attack 'a dangerous escalation'", "the drill was 'a deliberate
  // provocation'", "Washington's language was 'disrespectful and dangerous'")
  'disrespectful',
  'dangerous',
  'destabilizing',
  'destabilising',
  'aggressive',
  'illegal',
  'unlawful',
  'malicious',
  'slanderous',
  'immoral',
  'cruel',
  'brutal',
  'provocation',
  'provocations',
  'interference',
  'meddling',
  'bullying',
  'coercion',
  'hegemonic',
  'hegemonism',
  'imperialist',
  'racist',
  'lies',
  'violation',
]);

// Verbs of wrongdoing that a speaker says another party or its deed did ("said the Chinese actions endangered lives",
// "said Washington's sanctions undermined the peace process"): criticism of that party (see wrongdoer).
const WRONGS = new Set([
  ...['endanger', 'endangers', 'endangered', 'endangering', 'undermine', 'undermines', 'undermined', 'undermining'],
  ...['destabilise', 'destabilises', 'destabilised', 'destabilize', 'destabilizes', 'destabilized', 'sabotage'],
  ...['sabotages', 'sabotaged', 'sabotaging', 'jeopardise', 'jeopardises', 'jeopardised', 'jeopardize', 'jeopardizes'],
  ...['jeopardized', 'stoke', 'stokes', 'stoked', 'stoking', 'poison', 'poisons', 'poisoned'],
  ...['betray', 'betrays', 'betrayed', 'betraying'],
]);
// Deeds whose wrong is the claim itself (an intrusion is an entry the speaker holds unlawful): said by their victim they
// are an accusation (112), and the deed is known only as that claim (sentence-coder.ts drops it as an act).
const CLAIMED_WRONGS = new Set([
  ...['intrude', 'intrudes', 'intruded', 'intruding', 'encroach', 'encroaches', 'encroached', 'encroaching'],
  ...['trespass', 'trespasses', 'trespassed', 'trespassing'],
]);
// Words that leave a wrong unasserted (denied, supposed, feared or someone else's charge) when they come before it.
// (A relative clause, "a crisis that endangered lives", has no party right before its verb: wrongdoer.)
const UNASSERTED = new Set([
  ...['not', "n't", 'never', 'no', 'nothing', 'nobody', 'neither', 'nor', 'without', 'if', 'any', 'anyone', 'unless'],
  ...['would', 'will', 'could', 'may', 'might', 'must', 'should', 'can', 'cannot', 'shall', "'ll"],
  ...['fear', 'feared', 'fears', 'accused', 'accuses', 'accusing', 'agreed', 'agree', 'warned', 'claimed', 'alleged'],
]);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

export function characterisations(
  tokens: Token[],
  mentions: ResolvedMention[],
  speech: readonly ReportedSpeech[],
  coded: readonly SentenceEvent[],
  deeds: readonly CodedDeed[],
): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const s of speech) {
    const speaker = s.speaker.actor;
    if (!speaker) continue;
    // the speaker's criticism is already coded by its own verb ("condemned", "called … a provocation")
    if (coded.some((e) => e.code.startsWith('11') && e.source.country === speaker.country)) continue;
    const [from, until] = s.content;
    for (let i = from; i < until; i++) {
      const claimed = CLAIMED_WRONGS.has(tokens[i]!.norm);
      const wrong = claimed || WRONGS.has(tokens[i]!.norm);
      if (!wrong && (!INSULTS.has(tokens[i]!.norm) || !predicated(tokens, s, i))) continue;
      // words inside someone else's words within these ("the EU said …, a move Kigali described as 'unfair'",
      // 'Islamabad called the expulsion "baseless" …, the Foreign Office said') are theirs
      if (speech.some((o) => o !== s && o.verb >= s.content[0] && o.verb < s.content[1] && o.content[0] <= i && i < o.content[1])) continue;
      if (wrong) {
        const doer = wrongdoer(tokens, mentions, s, i, speaker.country);
        if (!doer?.actor) continue;
        // (an intrusion into a third party's waters, told by someone else, is reported as the deed it is)
        const victim = claimed ? intrudedOn(mentions, i, s.content[1], doer.actor.country) : null;
        if (victim && victim !== speaker.country) continue;
        out.push({
          code: claimed ? '112' : '111',
          source: speaker,
          target: doer.actor,
          modality: 'asserted',
          triggerStart: i,
          triggerEnd: i + 1,
          location: null,
          confidence: 0.55,
        });
        break;
      }
      const branded = brandedParty(tokens, mentions, s, i, speaker.country);
      // "said the veto was 'unconscionable'": a deed named is branded, and with it whoever did it
      // (", a move Kigali described as 'unfair'": the deed of the clause before, and with it whoever did it)
      const doer = branded?.actor ? null : appositiveDeedDoer(tokens, mentions, coded, s.verb, speaker);
      const targets = branded?.actor ? [branded.actor] : doer ? [doer] : referredDeedSources(tokens, s.content[0], deeds, speaker, i);
      if (targets.length === 0) continue;
      for (const target of targets)
        out.push({ code: '111', source: speaker, target, modality: 'asserted', triggerStart: i, triggerEnd: i + 1, location: null, confidence: 0.55 });
      break;
    }
  }
  return out;
}

// How far after an intrusion the party intruded on is named ("intruded into waters adjacent to the Philippines").
const INTRUDED_WITHIN = 8;

/** The state whose waters or land an intrusion at `verb` names, other than the intruder's; null when it names none. */
function intrudedOn(mentions: ResolvedMention[], verb: number, until: number, intruder: string): string | null {
  const named = mentions.find(
    (r) => r.actor && r.mention.start > verb && r.mention.start < Math.min(until, verb + INTRUDED_WITHIN) && r.actor.country !== intruder,
  );
  return named?.actor?.country ?? null;
}

/**
 * Whom a verb of wrongdoing is said of: the active verb's own subject right before it, a party or a party's deed ("the
 * Chinese actions endangered", "Washington's sanctions undermined"), in words that assert it: no denial, modal, fear,
 * someone else's charge or relative clause before it, no passive ("Ukraine was being exploited"), and not a subject
 * joined with the speaker's own side ("Chinese and Russian efforts").
 */
function wrongdoer(tokens: Token[], mentions: ResolvedMention[], s: ReportedSpeech, verb: number, speakerCountry: string): ResolvedMention | null {
  if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.norm ?? '') || tokens[verb + 1]?.norm === 'by') return null;
  for (let k = s.content[0]; k < verb; k++) if (UNASSERTED.has(tokens[k]!.norm) || isReportingVerb(tokens[k]!.norm)) return null;
  let end = verb;
  while (end > s.content[0] && (PERFECT_AUXILIARIES.has(tokens[end - 1]!.norm) || isLyAdverb(tokens[end - 1]!.norm) || tokens[end - 1]!.norm === '"')) end--;
  const subject = mentions.findLast((r) => r.mention.end <= end && r.mention.start >= s.content[0]);
  if (!subject?.actor || subject.mention.pronoun || subject.actor.country === speakerCountry) return null;
  // (a deed of the party's between it and the verb: "the Chinese actions", "Washington's sanctions")
  // (quotation marks aside: 'the Chinese actions "endangered lives"')
  const between = tokens.slice(subject.mention.end, end).filter((t) => t.norm !== '"');
  const deedOf = subject.mention.possessive || subject.mention.items.every((i) => i.item.kind === 'adjective');
  if (between.length > 3 || (between.length > 0 && !deedOf) || between.some((t) => t.norm !== "'s" && !/^[a-z]+$/.test(t.text))) return null;
  const ownSide = mentions.some((r) => r.actor?.country === speakerCountry && r.mention.start >= s.content[0] && r.mention.end <= subject.mention.start);
  return ownSide ? null : subject;
}

function brandedParty(tokens: Token[], mentions: ResolvedMention[], s: ReportedSpeech, insult: number, speakerCountry: string): ResolvedMention | null {
  const other = (r: ResolvedMention) => r.actor !== null && r.actor.country !== speakerCountry && !r.mention.pronoun;
  // '"They are liars," Lavrov said of the British government': whom the words are about
  const about = mentions.find(
    (r) => (r.mention.prep === 'of' || r.mention.prep === 'about') && r.mention.start > s.verb && r.mention.start <= s.verb + 6 && other(r),
  );
  if (about) return about;
  // "branded the US strikes … 'murder'": the naming verb's object
  if (s.verb < insult && s.content[0] > s.verb) {
    const object = mentions.find((r) => r.mention.start > s.verb && r.mention.start <= s.verb + 4 && other(r));
    if (object && object.mention.start < insult) return object;
  }
  // "The government in Georgetown is a puppet": the nearest actor before the insult within the speaker's words
  for (let k = mentions.length - 1; k >= 0; k--) {
    const r = mentions[k]!;
    if (r.mention.end > insult || r.mention.start < s.content[0]) continue;
    // ("This decision by the Algerian authorities is unjustified": the doer of the deed branded)
    if (r.mention.prep && r.mention.prep !== 'of' && r.mention.prep !== 'by') continue;
    return other(r) ? r : null;
  }
  return null;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'like', 'as', 'remains', 'become', 'became']);

/**
 * The insult is said of someone, not a descriptor in passing ("its support of suspected terrorist Osama bin
 * Laden"): inside quotation marks, after a copula ("is a puppet", "behaving like a rogue state"), or as what a
 * naming verb calls its object ("branded the strikes 'murder'").
 */
function predicated(tokens: Token[], s: ReportedSpeech, i: number): boolean {
  // ("called on both sides to refrain from any escalation" is an appeal, not a naming)
  if (NAMING.has(tokens[s.verb]!.norm) && s.verb < i && !['on', 'upon', 'for'].includes(tokens[s.verb + 1]?.norm ?? '')) return true;
  let quotes = 0;
  for (let k = s.content[0]; k < i; k++) if (tokens[k]!.norm === '"') quotes++;
  if (quotes % 2 === 1 || (s.content[0] > 0 && tokens[s.content[0] - 1]!.norm === '"')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (COPULAS.has(tokens[k]!.norm)) return true;
  return false;
}
