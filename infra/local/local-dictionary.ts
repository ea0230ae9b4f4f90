import { readFile } from 'node:fs/promises';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DictionaryFormatError, formatProblem, parseDictionary, type LoadedDictionary } from '../../shared/dictionary/load-dictionary.ts';
import { DICTIONARY_KEY } from '../resources.ts';
import { LOCAL_CREDENTIALS } from './local-credentials.ts';

/**
 * `npm start -- --dictionary FILE`: the file goes into the local bucket at DICTIONARY_KEY, where a
 * stage keeps its dictionary, and the deployed ingest handler reads it from there exactly as in
 * AWS (StoredDictionaryExtractor). The file is validated first only to tell the analyst about bad
 * entries at startup; the ingest validates it again, like in the cloud.
 */
export async function readDictionaryFile(path: string, warn: (line: string) => void): Promise<{ bytes: Uint8Array; loaded: LoadedDictionary }> {
  const bytes = await readFile(path);
  try {
    const loaded = parseDictionary(new TextDecoder().decode(bytes));
    for (const problem of loaded.problems) warn(formatProblem(problem, path));
    return { bytes, loaded };
  } catch (error) {
    if (error instanceof DictionaryFormatError) throw new Error(`dictionary ${path}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Puts the dictionary straight into the emulator (not through the notification proxy: no ingest notification, as in AWS). */
export async function putLocalDictionary(where: { endpoint: string; region: string; bucket: string }, bytes: Uint8Array): Promise<void> {
  const s3 = new S3Client({ endpoint: where.endpoint, region: where.region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
  try {
    await s3.send(new PutObjectCommand({ Bucket: where.bucket, Key: DICTIONARY_KEY, Body: bytes, ContentType: 'application/json' }));
  } finally {
    s3.destroy();
  }
}
