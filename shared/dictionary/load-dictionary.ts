import type * as z from 'zod/mini';
import { DictionaryActorSchema, DictionaryVerbSchema, HEADER_KEYS, type Dictionary, type DictionaryActor, type DictionaryVerb } from './dictionary-schema.ts';
import { dictionaryVersion } from './dictionary-version.ts';
import { arrayElementLines, lineOfOffset } from './json-positions.ts';
import { effectivePhrase } from './verb-phrase.ts';

/**
 * Reads a dictionary file's text entry by entry. A bad entry is reported with the line it starts
 * on and the reason, and skipped; the others apply. Only text that is not JSON at all, or JSON that
 * is not an object, is unusable as a whole (DictionaryFormatError). Pure: text in, no I/O.
 */
export interface DictionaryProblem {
  /** 1-based line where the entry (or the offending field) starts; null when the file has no line for it. */
  line: number | null;
  /** "actors[2]", "verbs[0]", or null for the file as a whole. */
  entry: string | null;
  message: string;
}

export interface LoadedDictionary {
  dictionary: Dictionary;
  /** dictionaryVersion() of what applies; null when nothing does. */
  version: string | null;
  problems: DictionaryProblem[];
}

export class DictionaryFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'DictionaryFormatError';
  }
}

export function parseDictionary(text: string): LoadedDictionary {
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new DictionaryFormatError(`not JSON: ${jsonErrorReason(error)}`, jsonErrorLine(source, error));
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new DictionaryFormatError('the file must be a JSON object with "actors" and/or "verbs" lists', 1);
  }
  const file = json as Record<string, unknown>;
  const lines = arrayElementLines(source, ['actors', 'verbs']);
  const problems: DictionaryProblem[] = [];
  for (const key of Object.keys(file)) {
    if (!HEADER_KEYS.has(key))
      problems.push({ line: keyLine(source, key), entry: null, message: `unknown field "${key}" ignored (expected "actors" and "verbs")` });
  }
  const actors = entries(file, 'actors', lines.actors!, problems, DictionaryActorSchema);
  const verbs = entries(file, 'verbs', lines.verbs!, problems, DictionaryVerbSchema);
  const dictionary: Dictionary = {
    actors: withoutDuplicateActors(actors, problems).map((a) => a.value),
    verbs: withoutDuplicateVerbs(verbs, problems).map((v) => v.value),
  };
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { dictionary, version: dictionaryVersion(dictionary), problems };
}

/** "dictionary.json:12: actors[3]: country is neither …" */
export function formatProblem(problem: DictionaryProblem, file = 'dictionary'): string {
  return `${file}${problem.line === null ? '' : `:${problem.line}`}: ${problem.entry ? `${problem.entry}: ` : ''}${problem.message}`;
}

interface Located<T> {
  value: T;
  line: number | null;
  entry: string;
}

function entries<S extends z.ZodMiniType>(
  file: Record<string, unknown>,
  key: 'actors' | 'verbs',
  lines: number[],
  problems: DictionaryProblem[],
  schema: S,
): Located<z.output<S>>[] {
  const list = file[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push({ line: null, entry: key, message: `must be a list of entries; all of "${key}" ignored` });
    return [];
  }
  const out: Located<z.output<S>>[] = [];
  list.forEach((raw, index) => {
    const entry = `${key}[${index}]${label(raw)}`;
    const line = lines[index] ?? null;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push({ value: parsed.data, line, entry });
    else problems.push({ line, entry, message: `${parsed.error.issues.map(describeIssue).join('; ')}; entry skipped` });
  });
  return out;
}

/** ' ("Rob Jetten")' after the index, so a reader finds the entry without counting. */
function label(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return '';
  const name = (raw as { name?: unknown; phrase?: unknown }).name ?? (raw as { phrase?: unknown }).phrase;
  return typeof name === 'string' && name.trim() ? ` ("${name.trim().slice(0, 60)}")` : '';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : null;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `${field ?? 'value'} is required`;
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'an entry must be a JSON object';
  if (issue.code === 'invalid_value' && 'values' in issue) return `${field ?? 'value'} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  const message = /^Invalid input: /.test(issue.message) ? issue.message.replace(/^Invalid input: /, '') : issue.message;
  return field ? `${field} ${message}` : message;
}

/** Two entries claiming one name for overlapping periods: the later one is skipped. */
function withoutDuplicateActors(actors: Located<DictionaryActor>[], problems: DictionaryProblem[]): Located<DictionaryActor>[] {
  const claimed = new Map<string, Located<DictionaryActor>[]>();
  const kept: Located<DictionaryActor>[] = [];
  for (const actor of actors) {
    const forms = new Set([actor.value.name, ...actor.value.aliases]);
    const clash = [...forms].flatMap((form) =>
      (claimed.get(form) ?? []).filter((other) => overlaps(other.value, actor.value)).map((other) => ({ form, other })),
    )[0];
    if (clash) {
      problems.push({
        line: actor.line,
        entry: actor.entry,
        message: `"${clash.form}" already names the entry of line ${clash.other.line ?? '?'} for an overlapping period; entry skipped`,
      });
      continue;
    }
    for (const form of forms) claimed.set(form, [...(claimed.get(form) ?? []), actor]);
    kept.push(actor);
  }
  return kept;
}

function overlaps(a: DictionaryActor, b: DictionaryActor): boolean {
  const startA = a.from ?? '0000-00-00';
  const startB = b.from ?? '0000-00-00';
  return (a.to === null || startB < a.to) && (b.to === null || startA < b.to);
}

/** One entry per phrase (as matched, with its preposition): a second one is skipped. */
function withoutDuplicateVerbs(verbs: Located<DictionaryVerb>[], problems: DictionaryProblem[]): Located<DictionaryVerb>[] {
  const seen = new Map<string, Located<DictionaryVerb>>();
  const kept: Located<DictionaryVerb>[] = [];
  for (const verb of verbs) {
    const words = effectivePhrase(verb.value);
    const earlier = seen.get(words);
    if (earlier) {
      problems.push({ line: verb.line, entry: verb.entry, message: `the phrase "${words}" is already given on line ${earlier.line ?? '?'}; entry skipped` });
      continue;
    }
    seen.set(words, verb);
    kept.push(verb);
  }
  return kept;
}

function keyLine(text: string, key: string): number | null {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? null : lineOfOffset(text, at);
}

function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(JSON\.parse: |Unexpected )/, (m) => (m === 'Unexpected ' ? 'unexpected ' : ''));
}

/** V8 says "… at position 42 (line 3 column 5)" or "… at position 42"; the line comes from either. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineOfOffset(text, Number(position[1]));
  if (/end of (JSON )?input/i.test(message)) return lineOfOffset(text, text.length);
  return null;
}
