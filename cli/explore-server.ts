import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleTextRoute } from '../web/server/article-text.ts';
import { answerJson, explorerSite, fromLoopbackPage } from '../web/server/explorer-site.ts';
import { signApiRequest } from './sigv4.ts';
import { requireApiUrl, type Target } from './target.ts';

/**
 * `accord explore`: the explorer page on loopback, and every other GET forwarded to the target's
 * API — signed with SigV4 from the user's AWS credentials for a deployed stage — so IAM
 * authorization stays as it is and the browser never holds a key. Only pages of this origin may
 * use it: a request with another Host (DNS rebinding) or Origin is refused, since the signature
 * it would get carries the user's authority.
 */
export interface ExploreServerOptions {
  target: Target;
  /** 0 = a free port. */
  port: number;
  fetchImpl?: typeof fetch;
}

export interface ExploreServer {
  url: string;
  close(): Promise<void>;
}

export async function startExploreServer({ target, port, fetchImpl = fetch }: ExploreServerOptions): Promise<ExploreServer> {
  const base = requireApiUrl(target);
  const s3 = target.bucket ? new (await import('@aws-sdk/client-s3')).S3Client(target.s3) : undefined;
  const site = explorerSite({
    config: { target: target.label, upload: false },
    // the whole article text, where the user's credentials may read the stage's bucket
    ...(s3 && target.bucket ? { articleText: articleTextRoute({ s3, bucket: target.bucket }) } : {}),
  });
  const server = createServer((request, response) => {
    site(request, response)
      .then((done) => (done ? undefined : forward(request, response)))
      .catch((error: unknown) => problem(response, 502, 'The API could not be reached', error instanceof Error ? error.message : String(error)));
  });

  async function forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!fromLoopbackPage(request)) {
      problem(response, 403, 'Only the explorer page on this machine may use this server');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      problem(response, 405, 'The explorer only reads');
      return;
    }
    const url = upstreamUrl(base, request.url ?? '/');
    const headers: Record<string, string> = { accept: 'application/json' };
    const sent = target.signApiRequests
      ? await signApiRequest({ method: request.method, url, headers }, { credentials: target.credentials, region: target.region })
      : headers;
    let upstream: Response;
    try {
      upstream = await fetchImpl(url, { method: request.method, headers: sent, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.message : String(error));
      problem(response, 502, `Cannot reach the API at ${url.origin}`, cause);
      return;
    }
    const body = Buffer.from(await upstream.arrayBuffer());
    response.writeHead(upstream.status, {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'content-length': String(body.length),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        s3?.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The API's base URL (it may carry a stage path) + the page's path and query, as sent. */
export function upstreamUrl(base: string, requestUrl: string): URL {
  const url = new URL(base);
  const incoming = new URL(requestUrl, 'http://explorer.local');
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${incoming.pathname}`;
  url.search = incoming.search;
  return url;
}

/** After a partial answer (the upstream failed mid-body) only the connection can be closed. */
function problem(response: ServerResponse, status: number, title: string, detail?: string): void {
  if (response.headersSent) response.end();
  else answerJson(response, status, { type: 'about:blank', title, ...(detail ? { detail } : {}) });
}
