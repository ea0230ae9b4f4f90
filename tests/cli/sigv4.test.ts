import { describe, expect, it } from 'vitest';
import { signApiRequest } from '../../cli/sigv4.ts';
import { referenceSignature } from './sigv4-reference.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const signingDate = new Date('2026-01-05T12:34:56Z');
const url = new URL('https://abc123.execute-api.eu-west-1.amazonaws.com/events?dyad=KOR%2CCHN&actor=KOR&limit=25');

describe('signApiRequest', () => {
  it('produces an execute-api SigV4 Authorization header for the request', async () => {
    const headers = await signApiRequest({ method: 'GET', url, headers: { accept: 'application/json' } }, { credentials, region: 'eu-west-1', signingDate });
    expect(headers['x-amz-date']).toBe('20260105T123456Z');
    expect(headers.host).toBe('abc123.execute-api.eu-west-1.amazonaws.com');
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260105\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=accept;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('computes the same signature as an independent implementation of the algorithm', async () => {
    const headers = await signApiRequest({ method: 'GET', url, headers: { accept: 'application/json' } }, { credentials, region: 'eu-west-1', signingDate });
    const signature = /Signature=([0-9a-f]{64})$/.exec(headers.authorization!)![1];
    expect(signature).toBe(referenceSignature(url, headers, 'eu-west-1', credentials.secretAccessKey));
  });

  it('signs the query string: changing a filter changes the signature', async () => {
    const sign = async (target: URL) => (await signApiRequest({ method: 'GET', url: target }, { credentials, region: 'eu-west-1', signingDate })).authorization;
    const other = new URL(url);
    other.searchParams.set('actor', 'CHN');
    expect(await sign(url)).not.toBe(await sign(other));
    expect(await sign(url)).toBe(await sign(new URL(url)));
  });

  it('adds the session token of temporary credentials and signs it', async () => {
    const headers = await signApiRequest(
      { method: 'GET', url },
      { credentials: { ...credentials, sessionToken: 'TOKEN123' }, region: 'us-east-1', signingDate },
    );
    expect(headers['x-amz-security-token']).toBe('TOKEN123');
    expect(headers.authorization).toMatch(
      /Credential=AKIDEXAMPLE\/20260105\/us-east-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,/,
    );
  });

  it('accepts a credential provider, as fromNodeProviderChain returns', async () => {
    const headers = await signApiRequest({ method: 'GET', url }, { credentials: async () => credentials, region: 'eu-west-1', signingDate });
    expect(headers.authorization).toContain('Credential=AKIDEXAMPLE/');
  });
});
