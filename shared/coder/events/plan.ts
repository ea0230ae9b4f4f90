import type { Actor, Modality } from '../../model/diplomatic-event.ts';
import type { ResolvedMention } from '../actors/actor-resolver.ts';
import type { ActionMatch } from '../actions/action-matcher.ts';

/** What the sentence coder decided about one action, before its arguments are picked. */
export interface Plan {
  action: ActionMatch;
  code: string;
  modality: Modality;
  /** The action whose arguments give the target (the embedded one for "agreed to give aid to X"). */
  argAction: ActionMatch;
  /** For appeals and demands: the addressee sits between the verb and its complement. */
  objectWindow: [number, number] | null;
  confidence: number;
  obligationReporter: boolean;
  /** Where to look back for the subject: the first verb's head for "X refused … and urged …". */
  subjectHead: number;
  /** Head of the next action: the target search stops there. */
  nextHead: number;
  /** An intent verb with no action named ("pledged to pursue exchanges"): needs a counterpart to be an event. */
  bareIntent: boolean;
  /**
   * A hostile measure announced as decided ("will expel the envoy", "is to close its border"): its own code, coded
   * beside the threat the plan's code is (GOLD-FORMAT rule 5 accepts either; the CAMEO manual's examples code the threat).
   */
  measure?: string;
  /** The protest whose stated demand this is ("marched … demanding …"): the demand is made of the protest's target. */
  purposeOf?: Plan;
}

/** One coded event of a sentence, with token positions for evidence and dates. */
export interface SentenceEvent {
  code: string;
  source: Actor;
  target: Actor | null;
  modality: Modality;
  /** Token index of the trigger and one past its last word. */
  triggerStart: number;
  triggerEnd: number;
  location: ResolvedMention | null;
  confidence: number;
}

/** Whether the event is between the two states, either way round ("a host's guests met", "the call was with X"). */
export function isBetween(e: SentenceEvent, a: string, b: string): boolean {
  return (e.source.country === a && e.target?.country === b) || (e.source.country === b && e.target?.country === a);
}

/**
 * Without the events that only repeat, with no counterpart, what the sentence codes with one: the source's act of the
 * same family ("condemned the expulsions …, calling them 'baseless'" is one condemnation of Russia, not a second of no one).
 */
export function withoutUntargetedTwins<E extends SentenceEvent>(events: readonly E[]): E[] {
  return events.filter(
    (e) => e.target !== null || !events.some((o) => o.target !== null && o.source.country === e.source.country && o.code.slice(0, 2) === e.code.slice(0, 2)),
  );
}
