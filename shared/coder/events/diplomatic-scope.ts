import type { DiplomaticEvent } from '../../model/diplomatic-event.ts';

/**
 * GOLD-FORMAT rule 11: an action inside one state with no foreign party is not a diplomatic event. In a
 * story about relations between states (it has at least one event between two states), what one state's
 * police, courts or armed groups do to its own people is background, and is left out. A story with no
 * foreign party at all is a domestic story: its events are kept, coded as CAMEO codes domestic dyads
 * (government–opposition, police–protesters), so that users of ICEWS-style domestic data still get them.
 */
export function withinDiplomaticScope(events: DiplomaticEvent[]): DiplomaticEvent[] {
  const international = events.some((e) => e.target !== null && e.target.country !== e.source.country);
  return international ? events.filter((e) => e.target === null || e.target.country !== e.source.country) : events;
}
