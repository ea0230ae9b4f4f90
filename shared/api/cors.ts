/**
 * CORS for browsers calling the API directly (deployed stages also configure CORS on the HTTP
 * API itself; this keeps the local stack and the Lambda answer identical). Origins come from
 * configuration (CORS_ORIGINS); `*` allows any origin.
 */
export function corsHeaders(allowed: readonly string[], origin: string | undefined): Record<string, string> | undefined {
  if (allowed.length === 0 || !origin) return undefined;
  if (allowed.includes('*')) return { 'access-control-allow-origin': '*' };
  if (!allowed.includes(origin)) return undefined;
  return { 'access-control-allow-origin': origin, vary: 'origin' };
}

export function preflight(cors: Record<string, string>) {
  return {
    statusCode: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, x-amz-date, x-amz-security-token, x-amz-content-sha256',
      'access-control-max-age': '600',
    },
  };
}

export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}
