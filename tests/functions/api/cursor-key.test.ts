import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, describe, expect, it } from 'vitest';
import { keyFromSecret, loadCursorKey } from '../../../functions/api/cursor-key.ts';

const secrets = mockClient(SecretsManagerClient);
afterAll(() => secrets.restore());

describe('cursor key', () => {
  it('prefers CURSOR_KEY from the environment', async () => {
    expect(await loadCursorKey({ CURSOR_KEY: 'direct-key-0123456789', CURSOR_SECRET_NAME: 'ignored' })).toBe('direct-key-0123456789');
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(0);
  });

  it('reads the Secrets Manager secret named by CURSOR_SECRET_NAME', async () => {
    secrets.on(GetSecretValueCommand, { SecretId: 'accord/dev/cursor-hmac-key' }).resolves({ SecretString: 'generated-secret-value-64-chars' });
    expect(await loadCursorKey({ CURSOR_SECRET_NAME: 'accord/dev/cursor-hmac-key', AWS_REGION: 'us-east-1' })).toBe('generated-secret-value-64-chars');
  });

  it('accepts plain and JSON secrets', () => {
    expect(keyFromSecret('  plain-key  ')).toBe('plain-key');
    expect(keyFromSecret('{"key":"from-json"}')).toBe('from-json');
    expect(keyFromSecret('{"password":"generated"}')).toBe('generated');
    expect(keyFromSecret('{not json')).toBe('{not json');
  });

  it('uses a random key only for local runs, and fails loudly in a deployed stage', async () => {
    const local = await loadCursorKey({});
    expect(Buffer.isBuffer(local) && local.length).toBe(32);
    await expect(loadCursorKey({ STAGE: 'prod' })).rejects.toThrow(/CURSOR_KEY nor CURSOR_SECRET_NAME/);
  });
});
