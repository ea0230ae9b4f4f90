import { relative } from 'node:path';
import { JAVA_MISSING_MESSAGE } from './dynamodb-local.ts';
import { DEFAULT_PORTS, LOCAL_DATA_DIR } from './local-endpoints.ts';
import type { LocalStack } from './local-stack.ts';
import { ARTICLE_PREFIX, DICTIONARY_KEY } from '../resources.ts';
import { readDictionaryFile } from './local-dictionary.ts';

/**
 * `npm start [-- --demo]`: the local stack in the foreground until Ctrl-C.
 * Ports: PORT (API, default 3000), ACCORD_S3_PORT (S3 + SQS, 4566), ACCORD_DYNAMODB_PORT (8000).
 */
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm start [-- --demo] [-- --dictionary FILE]

Runs Accord on this machine: S3 + SQS (fauxqs), DynamoDB Local, the ingest and API handlers.
  --demo               also upload samples/articles/* through S3 and report the extracted events
  --dictionary FILE    put an analysts' dictionary (README "Extending the dictionaries") into the local
                       bucket at ${DICTIONARY_KEY}, where ingest reads it as in AWS; bad entries are
                       listed now and skipped. Without it, a dictionary stored by an earlier start stays.

Environment: PORT (API, default ${DEFAULT_PORTS.api}), ACCORD_S3_PORT (S3/SQS, ${DEFAULT_PORTS.s3sqs}),
ACCORD_DYNAMODB_PORT (${DEFAULT_PORTS.dynamodb}), ACCORD_DATA_DIR (data folder, default .accord/local).`);
  process.exit(0);
}

const dictionaryFile = optionValue('--dictionary');
let dictionary: Uint8Array | undefined;
if (dictionaryFile !== undefined) {
  try {
    const read = await readDictionaryFile(dictionaryFile, (line) => console.warn(`warning: ${line}`));
    dictionary = read.bytes;
    const { actors, verbs } = read.loaded.dictionary;
    console.log(
      `Dictionary ${dictionaryFile}: ${actors.length} actor(s), ${verbs.length} verb phrase(s)${read.loaded.version ? ` (${read.loaded.version})` : ''}.`,
    );
  } catch (error) {
    console.error(`The dictionary cannot be used: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

quietSqliteWarning();
// Imported after the filter is in place: fauxqs loads node:sqlite as it is imported.
const { messageCount, startLocalStack } = await import('./local-stack.ts');
const { runDemo } = await import('./demo.ts');
const { explorerAssets } = await import('../../web/server/explorer-assets.ts');

let stack: LocalStack;
try {
  stack = await startLocalStack({
    dataDir: LOCAL_DATA_DIR,
    ports: {
      api: portFromEnv('PORT', DEFAULT_PORTS.api),
      s3sqs: portFromEnv('ACCORD_S3_PORT', DEFAULT_PORTS.s3sqs),
      dynamodb: portFromEnv('ACCORD_DYNAMODB_PORT', DEFAULT_PORTS.dynamodb),
    },
    ...(dictionary ? { dictionary } : {}),
  });
  // Built now rather than at the first page load, so a broken build shows here.
  await explorerAssets();
} catch (error) {
  console.error(startupFailure(error));
  process.exit(1);
}

const { endpoints } = stack;
const dataDir = relative(process.cwd(), stack.dataDir) || '.';
console.log(`Accord local stack is running (data in ${dataDir}).

  Explorer   ${endpoints.apiUrl}/       the event explorer, in a browser
  API        ${endpoints.apiUrl}        e.g. curl '${endpoints.apiUrl}/events?limit=5'
  S3 / SQS   ${endpoints.s3Endpoint}    bucket ${endpoints.bucket}, articles under ${ARTICLE_PREFIX}
  DynamoDB   ${endpoints.dynamodbEndpoint}    table ${endpoints.table}

Upload an article:
  npx accord upload my-article.txt
  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=${endpoints.region} \\
    aws --endpoint-url ${endpoints.s3Endpoint} s3 cp my-article.txt s3://${endpoints.bucket}/${ARTICLE_PREFIX}

Ctrl-C stops it.`);
if (dictionary) {
  console.log(`\nDictionary at s3://${endpoints.bucket}/${DICTIONARY_KEY}: ingest reads it from there, as in AWS (replace the object to change it).`);
}
const deadLetters = messageCount(stack.deadLetterQueueDepth());
if (deadLetters > 0) {
  console.log(`\n${deadLetters} dead-lettered ingest message(s): see \`npx accord dlq list\`, retry with \`npx accord dlq redrive\`.`);
}

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the local stack…`);
  stack
    .stop()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error('could not stop cleanly:', error);
      process.exit(1);
    });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

if (args.includes('--demo')) {
  console.log('\nDemo: uploading the sample articles through S3…');
  try {
    const result = await runDemo(stack);
    for (const { file, record } of result.articles) {
      const status = record?.status ?? 'not ingested';
      const detail = record?.status === 'failed' ? ` (${record.reason ?? 'no reason'})` : ` ${record?.eventCount ?? 0} events`;
      console.log(`  ${file.padEnd(48)} ${status}${detail}`);
    }
    console.log(`Demo: ${result.events} events from ${result.articles.length} articles. Try: curl '${endpoints.apiUrl}/events'`);
  } catch (error) {
    console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `--name value` or `--name=value`; exits with a usage line when the value is missing. */
function optionValue(name: string): string | undefined {
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const value = args[at]!.includes('=') ? args[at]!.slice(name.length + 1) : args[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${name} needs a file: npm start -- ${name} FILE`);
    process.exit(2);
  }
  return value;
}

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name}=${value} is not a port number.`);
    process.exit(1);
  }
  return port;
}

function startupFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === JAVA_MISSING_MESSAGE || (error instanceof Error && error.name === 'JavaMissingError')) return JAVA_MISSING_MESSAGE;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return `A port is already in use (${message}). Another local stack may be running; stop it, or set PORT / ACCORD_S3_PORT / ACCORD_DYNAMODB_PORT.`;
  }
  return `The local stack could not start: ${message}`;
}

/** fauxqs persists through node:sqlite, which Node flags as experimental on every start. */
function quietSqliteWarning(): void {
  const listeners = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return;
    for (const listener of listeners) listener(warning);
  });
}
