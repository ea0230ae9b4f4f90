import type { SignatureV4 } from '@smithy/signature-v4';

/** Static credentials or a provider (such as fromNodeProviderChain()), as the AWS SDK accepts them. */
export type ApiCredentials = ConstructorParameters<typeof SignatureV4>[0]['credentials'];

export interface ApiRequest {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Signs an API Gateway request with SigV4 (service `execute-api`), as IAM authorization in the
 * deployed stages requires. Returns the headers to send: the originals plus host, x-amz-date,
 * x-amz-content-sha256, x-amz-security-token (temporary credentials) and Authorization.
 */
export async function signApiRequest(
  request: ApiRequest,
  options: { credentials: ApiCredentials; region: string; signingDate?: Date },
): Promise<Record<string, string>> {
  // Loaded on use: the signer brings much of the SDK's core, which only deployed stages need.
  const [{ Sha256 }, { SignatureV4 }] = await Promise.all([import('@aws-crypto/sha256-js'), import('@smithy/signature-v4')]);
  const signer = new SignatureV4({ service: 'execute-api', region: options.region, credentials: options.credentials, sha256: Sha256 });
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of request.url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: request.url.protocol,
      hostname: request.url.hostname,
      ...(request.url.port ? { port: Number(request.url.port) } : {}),
      path: request.url.pathname,
      query,
      headers: { ...request.headers, host: request.url.host },
      ...(request.body !== undefined ? { body: request.body } : {}),
    },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  return signed.headers;
}
