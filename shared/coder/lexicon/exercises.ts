/**
 * Nouns for a military exercise ("exercise", "drills", "war games", "maritime cooperative activity"): held by several
 * states it is military cooperation among them (062: event-assembler.ts, exercise-participants.ts), held by one a
 * show of force (150). "games" and "activity" count only where the words before them make them one.
 */
export const EXERCISE_WORDS: ReadonlySet<string> = new Set([
  'exercise',
  'exercises',
  'drill',
  'drills',
  'maneuvers',
  'manoeuvres',
  'wargames',
  'games',
  'activity',
]);
