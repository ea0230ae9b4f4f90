import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of an emulator that makes some requests fail the way AWS
 * services fail under load, so reliability tests exercise the real retry path end to end:
 *  - throttle:  the service's throttling error (DynamoDB ProvisionedThroughputExceeded, S3 SlowDown);
 *  - server:    a 500 InternalError;
 *  - timeout:   the request IS applied upstream, but the response never arrives (the connection
 *               is dropped): the caller cannot know whether its write happened.
 * Which requests fail is up to `decide`, so tests choose rates, targets and determinism.
 */
export type FaultKind = 'throttle' | 'server' | 'timeout';
export type FaultService = 's3' | 'dynamodb';

export interface FaultRequest {
  service: FaultService;
  method: string;
  url: string;
  /** DynamoDB operation (X-Amz-Target suffix), e.g. TransactWriteItems; null for S3. */
  operation: string | null;
}

export interface FaultInjector {
  decide(request: FaultRequest): FaultKind | null;
}

export interface FaultInjectionProxyOptions {
  service: FaultService;
  upstream: string;
  injector: FaultInjector;
  /** How long a "timeout" holds the connection before dropping it, ms. */
  timeoutDelayMs?: number;
}

export interface FaultInjectionProxy {
  url: string;
  /** Faults injected so far, by kind. */
  readonly injected: Record<FaultKind, number>;
  readonly requests: number;
  close(): Promise<void>;
}

export async function startFaultInjectionProxy(options: FaultInjectionProxyOptions): Promise<FaultInjectionProxy> {
  const upstream = new URL(options.upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const injected: Record<FaultKind, number> = { throttle: 0, server: 0, timeout: 0 };
  let requests = 0;

  const forward = (req: IncomingMessage, res: ServerResponse | null): Promise<void> =>
    new Promise((resolve, reject) => {
      const { expect: _expect, ...headers } = req.headers;
      const outgoing = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent }, (upstreamRes) => {
        if (res === null) {
          upstreamRes.resume();
          upstreamRes.once('end', resolve);
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
        upstreamRes.once('end', resolve);
      });
      outgoing.once('error', reject);
      req.pipe(outgoing);
    });

  const server = createServer((req, res) => {
    requests++;
    const target = String(req.headers['x-amz-target'] ?? '');
    const fault = options.injector.decide({
      service: options.service,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      operation: target ? (target.split('.').pop() ?? null) : null,
    });
    const handle = async () => {
      if (fault === null) return forward(req, res);
      injected[fault]++;
      if (fault === 'timeout') {
        // Applied upstream, answer lost: the nastiest case for idempotency.
        await forward(req, null);
        await new Promise((resolve) => setTimeout(resolve, options.timeoutDelayMs ?? 50));
        res.socket?.destroy();
        return;
      }
      req.resume();
      writeError(res, options.service, fault);
    };
    handle().catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

function writeError(res: ServerResponse, service: FaultService, fault: 'throttle' | 'server'): void {
  if (service === 'dynamodb') {
    const type = fault === 'throttle' ? 'ProvisionedThroughputExceededException' : 'InternalServerError';
    const body = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: `injected ${fault} fault` });
    res.writeHead(fault === 'throttle' ? 400 : 500, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'FAULT' });
    res.end(body);
    return;
  }
  const [status, code] = fault === 'throttle' ? [503, 'SlowDown'] : [500, 'InternalError'];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>injected ${fault} fault</Message><RequestId>FAULT</RequestId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': 'FAULT' });
  res.end(body);
}

/** Fails each request with probability `rate`, the kind picked uniformly; `random` makes it reproducible. */
export function randomFaults(
  rate: number,
  random: () => number = Math.random,
  kinds: readonly FaultKind[] = ['throttle', 'server', 'timeout'],
): FaultInjector & { enabled: boolean } {
  return {
    enabled: true,
    decide(this: { enabled: boolean }) {
      if (!this.enabled || random() >= rate) return null;
      return kinds[Math.floor(random() * kinds.length)] ?? null;
    },
  };
}
