import { createHash, createHmac } from 'node:crypto';

/** Independent SigV4 for a GET without body, straight from the AWS documentation, to check the signer against. */
export function referenceSignature(target: URL, headers: Record<string, string>, region: string, secretAccessKey: string): string {
  const amzDate = headers['x-amz-date']!;
  const day = amzDate.slice(0, 8);
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [...target.searchParams]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a], [b]) => (a! < b! ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter((h) => h !== 'authorization')
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((h) => `${h}:${lower[h]!.trim()}\n`).join('');
  const payloadHash = createHash('sha256').update('').digest('hex');
  const canonical = ['GET', target.pathname, query, canonicalHeaders, names.join(';'), payloadHash].join('\n');
  const scope = `${day}/${region}/execute-api/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), 'execute-api'), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}
