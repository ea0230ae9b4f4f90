import * as z from 'zod/mini';
import '../model/zod-messages.ts';
import { isActorCode, isCameoCode, isOrganisationCode, ROLE_CODES } from './known-codes.ts';

/**
 * The analysts' dictionary file (README "Extending the dictionaries", samples/dictionary.example.json):
 *
 *   { "actors": [{ "name": "…", "aliases": ["…"], "country": "NLD", "role": "GOV", "from": "2026-01-01", "to": null }],
 *     "verbs":  [{ "phrase": "…", "code": "…", "source": "subject", "target": "object" }] }
 *
 * Each entry is validated on its own (load-dictionary.ts): a bad one is reported with its line and
 * skipped, the others apply. The schemas here describe ONE entry.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().check(
  z.regex(ISO_DATE, 'must be a date written YYYY-MM-DD'),
  z.refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'is not a calendar date',
  ),
);

/** A name as written in news: letters first, then letters, digits, spaces and name punctuation. */
const surfaceForm = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(120, 'is longer than 120 characters'),
    z.regex(/^[\p{L}\d][\p{L}\p{M}\d .,'’&()/-]*$/u, "must start with a letter or digit and hold only letters, digits, spaces and . , ' ’ & ( ) / -"),
  );

/** What an actor entry names. */
export const ACTOR_TYPES = ['person', 'organisation', 'armed-group'] as const;

export const DictionaryActorSchema = z.pipe(
  z
    .strictObject({
      /** Full name as news writes it ("Rob Jetten", "Arakan Army"). */
      name: surfaceForm,
      /** Other forms: surnames, spellings, acronyms ("Jetten", "AA"). A one-word alias of a person counts only in context, like the built-in surnames. */
      aliases: z._default(z.array(surfaceForm).check(z.maxLength(50, 'has more than 50 aliases')), []),
      /** person (default): an office holder; organisation: a body of a state or an international one; armed-group: role REB unless given. */
      type: z._default(z.enum(ACTOR_TYPES), 'person'),
      /** ISO 3166-1 alpha-3, or an organisation code the coder knows (UNO, EUR, NATO, …). */
      country: z
        .string()
        .check(
          z.trim(),
          z.refine(
            isActorCode,
            'is neither an ISO 3166-1 alpha-3 code nor an organisation code the coder knows (UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL, and the regional blocs WAS, SAD, GCC)',
          ),
        ),
      /** CAMEO role (GOV, MIL, LEG, JUD, COP, OPP, REB, BUS, MED, CVL, …); optional for organisations (the body as a whole), REB by default for armed groups. */
      role: z.optional(
        z.nullable(
          z.string().check(
            z.trim(),
            z.refine((role) => ROLE_CODES.has(role), 'is not a CAMEO role the coder knows (GOV, MIL, LEG, JUD, COP, OPP, REB, BUS, MED, CVL, …)'),
          ),
        ),
      ),
      /** Office or description, for people reading the file. */
      title: z.optional(z.string().check(z.maxLength(200))),
      /** First day the entry holds (inclusive), YYYY-MM-DD; absent or null: always. */
      from: z.optional(z.nullable(isoDate)),
      /** Day it stopped holding (exclusive, like the built-in leaders: on a handover day the successor holds the office); null: still holds. */
      to: z.optional(z.nullable(isoDate)),
      /** Free text for the analysts. */
      note: z.optional(z.string().check(z.maxLength(2000))),
    })
    .check(
      z.superRefine((entry, ctx) => {
        if (entry.type === 'person' && !entry.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'is required for a person' });
        if (entry.type === 'armed-group' && isOrganisationCode(entry.country)) {
          ctx.addIssue({ code: 'custom', path: ['country'], message: 'of an armed group must be the state it fights in, not an organisation code' });
        }
        if (entry.from && entry.to && entry.to <= entry.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `must come after "from" (${entry.from})` });
      }),
    ),
  z.transform((entry) => ({ ...entry, role: entry.role ?? (entry.type === 'armed-group' ? 'REB' : null), from: entry.from ?? null, to: entry.to ?? null })),
);

export type DictionaryActor = z.output<typeof DictionaryActorSchema>;

/**
 * Where a verb phrase takes its arguments from, as the coder's own patterns can say it
 * (shared/coder/actions/patterns-*.ts, shared/coder/events/argument-selector.ts):
 * - source "subject", target "object": the clause's subject acts on the first actor after the phrase
 *   that is its object or a with/to/against/on argument (passives swap the two, as for every verb);
 * - target "with" | "to" | "against" | "on" | "into" | "at" | "in" | "for" | "upon": the phrase ends with that
 *   preposition and the actor right after it is the target ("pledged support to X");
 * - target "none": the event has no target, not even one guessed from the story;
 * - target "subject" with source "object" or a preposition: the actor right after the phrase (or after
 *   that preposition) is the source and the clause's subject the target ("drew condemnation from X").
 */
export const SOURCE_SLOTS = ['subject', 'object', 'from', 'with', 'to', 'against'] as const;
export const TARGET_PREPOSITIONS = ['with', 'to', 'against', 'on', 'into', 'at', 'in', 'for', 'upon'] as const;
export const TARGET_SLOTS = ['subject', 'object', 'none', ...TARGET_PREPOSITIONS] as const;

/** Lower-case words; the first is the verb in its base form ("slap tariffs on"); later words may be hyphenated. */
const PHRASE = /^[a-z]+(?: [a-z][a-z'-]*)*$/;

export const DictionaryVerbSchema = z
  .strictObject({
    /** The verb in its base form and the words that must follow it, in order ("slap tariffs on"); every inflection of the verb matches, nouns match singular and plural. */
    phrase: z.pipe(
      z.pipe(
        z.string().check(z.trim()),
        z.transform((phrase) => phrase.replace(/\s+/g, ' ')),
      ),
      z.string().check(
        z.minLength(1, 'must not be empty'),
        z.regex(PHRASE, 'must be lower-case words, the first a plain verb ("slap tariffs on"); no pattern syntax (| @ ~ < _)'),
        z.refine((phrase) => phrase.split(' ').length <= 8, 'has more than 8 words'),
      ),
    ),
    /** CAMEO code (2–4 digits) the coder knows. */
    code: z.string().check(z.trim(), z.refine(isCameoCode, 'is not a CAMEO code the coder knows')),
    source: z._default(z.enum(SOURCE_SLOTS), 'subject'),
    target: z._default(z.enum(TARGET_SLOTS), 'object'),
    note: z.optional(z.string().check(z.maxLength(2000))),
  })
  .check(
    z.superRefine((entry, ctx) => {
      if (entry.source === 'subject' && entry.target === 'subject') {
        ctx.addIssue({ code: 'custom', path: ['target'], message: 'cannot be the subject too: the source already is' });
      } else if (entry.source !== 'subject' && entry.target !== 'subject' && entry.target !== 'none') {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: `"${entry.source}" needs target "subject" or "none": the coder reads one argument after the phrase, the other is the clause's subject`,
        });
      }
    }),
  );

export type DictionaryVerb = z.output<typeof DictionaryVerbSchema>;

/** Keys of the file besides the entry lists, all optional and informative. */
export const DictionaryHeaderSchema = z.object({
  description: z.optional(z.string()),
  $schema: z.optional(z.string()),
  updated: z.optional(z.string()),
});

export const HEADER_KEYS: ReadonlySet<string> = new Set([...Object.keys(DictionaryHeaderSchema.shape), 'actors', 'verbs']);

/** A validated dictionary: what the coder is built with. */
export interface Dictionary {
  actors: readonly DictionaryActor[];
  verbs: readonly DictionaryVerb[];
}

export const EMPTY_DICTIONARY: Dictionary = Object.freeze({ actors: [], verbs: [] });
