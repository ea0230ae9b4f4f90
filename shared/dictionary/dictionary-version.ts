import { createHash } from 'node:crypto';
import type { Dictionary } from './dictionary-schema.ts';

/**
 * The dictionary's version: a hash of the entries that apply (after validation, in file order), so
 * the same entries give the same version locally and in every stage, a re-upload of an unchanged
 * file (or one whose notes and titles alone changed) changes nothing, and fixing a rejected entry (which changes what applies) is a new version.
 * `dict/sha256:` and the first 12 hex digits; null for a dictionary with no entries.
 */
export const DICTIONARY_VERSION_PREFIX = 'dict/sha256:';

export function dictionaryVersion(dictionary: Dictionary): string | null {
  if (dictionary.actors.length === 0 && dictionary.verbs.length === 0) return null;
  const canonical = JSON.stringify({ actors: dictionary.actors.map(sortedKeys), verbs: dictionary.verbs.map(sortedKeys) });
  return `${DICTIONARY_VERSION_PREFIX}${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}

/**
 * What the article record and the events store as their extractor: the extractor's own version,
 * plus the dictionary's hash as build metadata ("rules/1.24.0+dict.0123456789ab"); the bare
 * extractor version when no dictionary applies, so records written without one keep their value.
 */
export function recordedExtractorVersion(extractorVersion: string, dictionary: string | null): string {
  if (!dictionary) return extractorVersion;
  return `${extractorVersion}+dict.${dictionary.startsWith(DICTIONARY_VERSION_PREFIX) ? dictionary.slice(DICTIONARY_VERSION_PREFIX.length) : dictionary}`;
}

/** Fields for people reading the file only: editing them is no new version (nothing would be coded differently). */
const NOT_CODED = new Set(['note', 'title']);

function sortedKeys(entry: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry)
      .filter(([key, value]) => value !== undefined && !NOT_CODED.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
