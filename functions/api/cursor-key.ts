import { randomBytes } from 'node:crypto';
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { ENV } from '../commons/environment-names.ts';

/**
 * The HMAC key for page cursors, read once per cold start:
 *  - CURSOR_KEY: the key itself (local stack and tests);
 *  - CURSOR_SECRET_NAME: a Secrets Manager secret created by the stack, either a plain string or
 *    a JSON object with a `key` (or `password`) member, as CDK's generated secrets produce;
 *  - neither, on a local run only: a random key for this process (cursors die with it).
 * A deployed stage without either is a configuration fault and fails loudly.
 */
export async function loadCursorKey(env: NodeJS.ProcessEnv = process.env): Promise<string | Buffer> {
  const direct = env[ENV.cursorKey];
  if (direct) return direct;
  const secretName = env[ENV.cursorSecretName];
  if (secretName) {
    const value = await getSecret(secretName, { maxAge: 24 * 60 * 60 });
    const text = typeof value === 'string' ? value : value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : '';
    const key = keyFromSecret(text);
    if (!key) throw new Error(`the cursor secret ${secretName} is empty`);
    return key;
  }
  const stage = env[ENV.stage];
  if (stage === undefined || stage === 'local') return randomBytes(32);
  throw new Error(`neither ${ENV.cursorKey} nor ${ENV.cursorSecretName} is set`);
}

export function keyFromSecret(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as Record<string, unknown>;
      for (const name of ['key', 'cursorKey', 'password', 'secret']) {
        if (typeof parsed[name] === 'string' && parsed[name]) return parsed[name];
      }
    } catch {
      // Not JSON after all: the whole string is the key.
    }
  }
  return trimmed;
}
