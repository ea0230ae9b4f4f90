import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signApiRequest } from '../../cli/sigv4.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const signingDate = new Date('2026-01-05T12:34:56Z');
const url = new URL('https://abc123.execute-api.eu-west-1.amazonaws.com/events?dyad=KOR%2CCHN&actor=KOR&limit=25');

/** Independent SigV4 for a GET without body, straight from the AWS documentation, to check the signer against. */
function referenceSignature(target: URL, headers: Record<string, string>, region: string): string {
  const amzDate = headers['x-amz-date']!;
  const day = amzDate.slice(0, 8);
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [...target.searchParams].map(([k, v]) => [encode(k), encode(v)]).sort(([a], [b]) => (a! < b! ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
  const names = Object.keys(headers).map((h) => h.toLowerCase()).filter((h) => h !== 'authorization').sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((h) => `${h}:${lower[h]!.trim()}\n`).join('');
  const payloadHash = createHash('sha256').update('').digest('hex');
  const canonical = ['GET', target.pathname, query, canonicalHeaders, names.join(';'), payloadHash].join('\n');
  const scope = `${day}/${region}/execute-api/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), 'execute-api'), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}

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
    expect(signature).toBe(referenceSignature(url, headers, 'eu-west-1'));
  });

  it('signs the query string: changing a filter changes the signature', async () => {
    const sign = async (target: URL) =>
      (await signApiRequest({ method: 'GET', url: target }, { credentials, region: 'eu-west-1', signingDate })).authorization;
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
    expect(headers.authorization).toMatch(/Credential=AKIDEXAMPLE\/20260105\/us-east-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,/);
  });

  it('accepts a credential provider, as fromNodeProviderChain returns', async () => {
    const headers = await signApiRequest({ method: 'GET', url }, { credentials: async () => credentials, region: 'eu-west-1', signingDate });
    expect(headers.authorization).toContain('Credential=AKIDEXAMPLE/');
  });
});
