/**
 * How an event is stated. Its own module, without zod, so that code which only names the values
 * (the CLI's option choices) does not load the schema library; diplomatic-event.ts builds the schema.
 */
export const MODALITIES = ['asserted', 'planned', 'reported_intent', 'negated', 'hypothetical'] as const;
