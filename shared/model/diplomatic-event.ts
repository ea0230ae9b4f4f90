import * as z from 'zod/mini';
import './zod-messages.ts';
import { MODALITIES } from './modalities.ts';

/**
 * A diplomatic event exactly as the API returns it and as `accord extract` prints it.
 * This schema is the single contract between the coder, the repository and the API.
 */

/** ISO 3166-1 alpha-3 country, or one of the organisation codes (UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL, and the regional blocs WAS, SAD, GCC). */
export const ActorCodeSchema = z.string().check(z.regex(/^[A-Z0-9]{2,4}$/));

export const ActorSchema = z.object({
  /** The actor's words as written in the article, most specific mention. */
  text: z.string(),
  country: ActorCodeSchema,
  /** CAMEO role (GOV, MIL, LEG, JUD, COP, OPP, REB, BUS, MED, CVL, …); null when the text names only the country. */
  role: z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/))),
});
export type Actor = z.infer<typeof ActorSchema>;

export { MODALITIES };
export const ModalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof ModalitySchema>;

/** CAMEO code: 2–4 digits, root = first two. */
export const CameoCodeSchema = z.string().check(z.regex(/^\d{2,4}$/));

/** Full date, year-month, or year: resolution follows what the text says. Years 0001–9999 (calendar-years.ts). */
export const PartialDateSchema = z.string().check(z.regex(/^(?!0000)\d{4}(-\d{2}(-\d{2})?)?$/));

export const DiplomaticEventSchema = z.object({
  /** Deterministic: the same article and event always get the same id. Begins with the article id. */
  id: z.string().check(z.minLength(1)),
  articleId: z.string().check(z.minLength(1)),
  date: z.nullable(PartialDateSchema),
  /**
   * The words the date was resolved from ("later this month"), null when none. For an act its own sentence does not
   * date, the words of the earlier sentence whose day the story had reached ("on Tuesday"; coder/events/story-day.ts).
   */
  dateText: z.nullable(z.string()),
  source: ActorSchema,
  target: z.nullable(ActorSchema),
  cameo: z.object({ code: CameoCodeSchema, root: z.string().check(z.regex(/^\d{2}$/)), name: z.string() }),
  plover: z.nullable(z.object({ event: z.string(), mode: z.nullable(z.string()) })),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number().check(z.gte(-10), z.lte(10)),
  modality: ModalitySchema,
  location: z.nullable(z.object({ text: z.string(), country: z.nullable(ActorCodeSchema) })),
  evidence: z.object({
    sentence: z.string(),
    /** Character offsets of the sentence in the article body. */
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    trigger: z.string(),
  }),
  /** Number of sentences in the article that state this (source, target, code). */
  mentions: z.int().check(z.positive()),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** Extractor name and version, e.g. "rules/1.24.0". */
  extractor: z.string(),
});
export type DiplomaticEvent = z.infer<typeof DiplomaticEventSchema>;

/** Quad class of a CAMEO root: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new RangeError(`not a CAMEO root: ${root}`);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

/**
 * Orders events as the article reads: by where their evidence starts, then by id. Ids are the
 * article id and a hex digest, so comparing code units orders them as `localeCompare` would,
 * without loading ICU's collator (about 8 ms on a cold start).
 */
export function byReadingOrder(a: DiplomaticEvent, b: DiplomaticEvent): number {
  return a.evidence.start - b.evidence.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
