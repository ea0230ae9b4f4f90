import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { localLambdaContext } from './lambda-context.ts';
import type { SiteRoute } from '../../web/server/explorer-site.ts';

/**
 * A plain Node HTTP server that behaves like API Gateway HTTP API (payload format 2.0) in front of
 * one Lambda handler, so `npm start`, the e2e tests and the benchmark run the deployed handler
 * unchanged. Only what HTTP API itself does is emulated: event shape, header and query folding,
 * base64 bodies, and the v2 result conventions (a bare string or object result becomes a 200 JSON).
 */
export type HttpApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface HttpApiOptions {
  handler: HttpApiHandler;
  /** 0 = a free port. */
  port: number;
  host?: string;
  /** Routes answered before the API (the explorer page); a request it declines goes to the handler. */
  site?: SiteRoute;
}

export interface HttpApi {
  url: string;
  close(): Promise<void>;
}

/** API Gateway's payload limit; larger bodies get 413 before reaching the handler, as in AWS. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function startHttpApi({ handler, port, host = '127.0.0.1', site }: HttpApiOptions): Promise<HttpApi> {
  const server = createServer((request, response) => {
    const answered = site ? site(request, response) : Promise.resolve(false);
    answered
      .then((done) => (done ? undefined : serve(handler, request, response)))
      .catch(() => {
        // The handler threw instead of answering: API Gateway answers 500 with this exact body.
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'application/json' });
        }
        response.end('{"message":"Internal Server Error"}');
      });
  });
  // Keep-alive like API Gateway, so load generators measure the handler rather than TCP setup.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const printableHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${printableHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(handler: HttpApiHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  if (body === null) {
    response.writeHead(413, { 'content-type': 'application/json' });
    response.end('{"message":"Request Entity Too Large"}');
    return;
  }
  const event = toEventV2(request, body);
  const result = await handler(event, lambdaContext(event.requestContext.requestId));
  writeResult(response, result, event.requestContext.requestId);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Text bodies pass as UTF-8 strings; anything else is base64, as API Gateway does. */
function isTextual(contentType: string | undefined): boolean {
  if (!contentType) return true;
  return /^(text\/|application\/(json|[\w.+-]*\+json|xml|[\w.+-]*\+xml|x-www-form-urlencoded|javascript))/i.test(contentType);
}

export function toEventV2(request: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 {
  const rawUrl = request.url ?? '/';
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1);

  // Lower-cased names; repeated headers are comma-joined, cookies are lifted out as HTTP API does.
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = (request.rawHeaders[i] ?? '').toLowerCase();
    const value = request.rawHeaders[i + 1] ?? '';
    if (name === 'cookie') {
      cookies = [
        ...(cookies ?? []),
        ...value
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
      ];
      continue;
    }
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }

  const queryStringParameters = parseQuery(rawQueryString);
  const now = new Date();
  const requestId = randomUUID();
  const method = (request.method ?? 'GET').toUpperCase();
  const textual = isTextual(headers['content-type']);
  const hasBody = body.length > 0;

  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0] ?? 'localhost',
      http: {
        method,
        path: safeDecodePath(rawPath),
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(hasBody ? { body: textual ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: hasBody && !textual,
  };
}

/**
 * API Gateway decodes each name and value and joins repeated names with commas. A null-prototype
 * object, so `__proto__` is a parameter like any other (on a plain object it set the prototype
 * and vanished, while `constructor` reached the API and got its 400).
 */
function parseQuery(raw: string): Record<string, string> | undefined {
  if (raw === '') return undefined;
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = safeDecode(eq === -1 ? part : part.slice(0, eq));
    const value = safeDecode(eq === -1 ? '' : part.slice(eq + 1));
    result[name] = result[name] === undefined ? value : `${result[name]},${value}`;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function safeDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function safeDecodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function lambdaContext(awsRequestId: string): Context {
  return localLambdaContext({ functionName: 'accord-api-local', region: 'us-east-1', awsRequestId, timeoutMs: 30_000 });
}

function writeResult(response: ServerResponse, result: APIGatewayProxyResultV2, requestId: string): void {
  // HTTP API v2: a result without statusCode is the body of a 200 JSON response.
  const structured: APIGatewayProxyStructuredResultV2 =
    typeof result === 'object' && 'statusCode' in result
      ? result
      : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: typeof result === 'string' ? result : JSON.stringify(result) };

  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(structured.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (structured.cookies && structured.cookies.length > 0) headers['set-cookie'] = structured.cookies;
  const body = structured.body === undefined ? Buffer.alloc(0) : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
  if (headers['content-type'] === undefined && body.length > 0) headers['content-type'] = 'application/json';
  // A HEAD answer names the length of the body GET would have sent.
  headers['content-length'] ??= String(body.length);
  headers['apigw-requestid'] ??= requestId;
  response.writeHead(structured.statusCode ?? 200, headers);
  response.end(body);
}
