import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The explorer's own routes in front of an API: the page and its files at `/` and `/explorer/…`,
 * what the page needs to know about where it runs (`/explorer/config.json`), and, on the local
 * stack only, the upload route. Everything else is the API's, untouched. The page itself routes
 * on the URL fragment (`/#/events?actor=KOR`), so no page path can shadow an API path.
 */
export type SiteRoute = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** What the page shows about its server; `upload` only where the server can put files into the bucket. */
export interface ExplorerConfig {
  target: string;
  upload: boolean;
}

export interface ExplorerSiteOptions {
  config: ExplorerConfig;
  /** POST /explorer/upload, when the server offers uploads. */
  upload?: SiteRoute;
  /** GET /explorer/article-text, when the server can read the bucket (article-text.ts). */
  articleText?: SiteRoute;
}

export function explorerSite({ config, upload, articleText }: ExplorerSiteOptions): SiteRoute {
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/explorer/upload' && upload) return upload(request, response);
    if (path === '/explorer/article-text' && articleText && request.method === 'GET') return articleText(request, response);
    if (path !== '/' && !path.startsWith('/explorer/')) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
      response.end('method not allowed');
      return true;
    }
    if (path === '/explorer/config.json') {
      send(response, request.method, 200, 'application/json', Buffer.from(JSON.stringify(config)));
      return true;
    }
    // esbuild and the map data load with the first page, not with every module that imports this one
    const { explorerAssets } = await import('./explorer-assets.ts');
    const asset = (await explorerAssets()).get(path);
    if (!asset) send(response, request.method, 404, 'text/plain', Buffer.from(`no explorer file ${path}`));
    else send(response, request.method, 200, asset.contentType, asset.body);
    return true;
  };
}

function send(response: ServerResponse, method: string | undefined, status: number, contentType: string, body: Buffer): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': String(body.length),
    // The page loads nothing from elsewhere; the policy makes that a rule, not a habit.
    'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  response.end(method === 'HEAD' ? undefined : body);
}

/**
 * A loopback server reachable by a browser must not answer pages of other sites: a request whose
 * Host is not loopback (DNS rebinding) or whose Origin is another site is refused.
 */
export function fromLoopbackPage(request: IncomingMessage): boolean {
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

/** A JSON answer of the explorer's own routes; errors as RFC 9457 problem details, like the API's. */
export function answerJson(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): true {
  response.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  response.end(JSON.stringify(status >= 400 ? { status, ...body } : body));
  return true;
}
