import type { ActionMatch } from '../actions/action-matcher.ts';
import type { SentenceEvent } from '../events/plan.ts';
import { activeOverlay } from './active-lexicon.ts';

/**
 * Dictionary verbs with target "none": their events keep no target, not even one the coder would
 * guess from the story. (Codes CAMEO defines between two parties, meetings and agreements, still
 * need a counterpart in the sentence to be coded at all.)
 */
export function dropDictionaryTargets(events: SentenceEvent[], actions: readonly ActionMatch[]): SentenceEvent[] {
  const targetless = activeOverlay()?.targetless;
  if (!targetless || targetless.size === 0) return events;
  const heads = new Set(actions.filter((a) => targetless.has(a.pattern)).map((a) => a.head));
  if (heads.size === 0) return events;
  return events.map((e) => (heads.has(e.triggerStart) ? { ...e, target: null } : e));
}
