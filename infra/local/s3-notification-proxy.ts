import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MonotonicSequencer } from './sequencer.ts';
import { s3NotificationRecord, type S3NotificationEventName, type S3NotificationRecord } from './s3-notification-format.ts';
import { classifyS3Request, type S3Mutation } from './s3-request-classifier.ts';

/**
 * A loopback reverse proxy in front of the S3 emulator that plays S3's bucket notifications:
 * after a successful PutObject, CopyObject, CompleteMultipartUpload, DeleteObject or DeleteObjects
 * it hands one notification record per object to `notify` (the local stack puts it on the ingest
 * queue) BEFORE answering the client, so an upload that returned is always announced.
 * Everything else (GET, HEAD, lists, SQS calls) streams through untouched.
 *
 * Why a proxy: fauxqs emulates no bucket notifications and has no hook for them; its message spy
 * is a bounded test buffer whose S3 events carry neither ETag nor size.
 */
export interface S3NotificationProxyOptions {
  /** Base URL of the emulator, e.g. http://127.0.0.1:4566. */
  upstream: string;
  region: string;
  notify(record: S3NotificationRecord): Promise<void> | void;
  /** Only objects whose key starts with this prefix are announced (the S3 notification filter). */
  keyPrefix?: string;
  host?: string;
  /** 0 or omitted: a free port. */
  port?: number;
  /** Called when announcing fails; the object is stored but no ingest will happen. */
  onNotifyError?(error: unknown, record: S3NotificationRecord): void;
}

export interface S3NotificationProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startS3NotificationProxy(options: S3NotificationProxyOptions): Promise<S3NotificationProxy> {
  const upstream = new URL(options.upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const sequencer = new MonotonicSequencer();
  const host = options.host ?? '127.0.0.1';

  const forward = (req: IncomingMessage, body: Buffer | null): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          // The client's 100-continue handshake was already done by this server.
          headers: withoutExpect(req.headers),
          agent,
        },
        resolve,
      );
      outgoing.once('error', reject);
      if (body === null) req.pipe(outgoing);
      else outgoing.end(body);
    });

  /** HEAD through the emulator (path style), for sizes and for "did the key exist". */
  const headObject = (bucket: string, key: string): Promise<{ size: number; etag: string } | null> =>
    new Promise((resolve, reject) => {
      const path = `/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
      const outgoing = httpRequest({ host: upstream.hostname, port: upstream.port, method: 'HEAD', path, agent }, (res) => {
        res.resume();
        if (res.statusCode !== 200) {
          resolve(null);
          return;
        }
        resolve({ size: Number(res.headers['content-length'] ?? 0), etag: res.headers.etag ?? '' });
      });
      outgoing.once('error', reject);
      outgoing.end();
    });

  const announce = async (mutation: S3Mutation, eventName: S3NotificationEventName, key: string, size?: number, etag?: string) => {
    if (options.keyPrefix !== undefined && !key.startsWith(options.keyPrefix)) return;
    const record = s3NotificationRecord({
      eventName,
      region: options.region,
      bucket: mutation.bucket,
      key,
      size,
      etag,
      sequencer: sequencer.next(),
    });
    try {
      await options.notify(record);
    } catch (error) {
      if (options.onNotifyError) options.onNotifyError(error, record);
      else console.error(`s3 notification for ${mutation.bucket}/${key} was not delivered:`, error);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const mutation = classifyS3Request(req.method ?? 'GET', req.url ?? '/', req.headers);
    if (mutation === null) {
      const upstreamRes = await forward(req, null);
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
      upstreamRes.pipe(res);
      return;
    }

    const requestBody = mutation.kind === 'deleteObjects' ? await readAll(req) : null;
    const existedBefore = mutation.kind === 'deleteObject' ? (await headObject(mutation.bucket, mutation.key)) !== null : false;
    const upstreamRes = await forward(req, requestBody);
    const responseBody = await readAll(upstreamRes);
    const status = upstreamRes.statusCode ?? 502;
    if (status >= 200 && status < 300) {
      await announceMutation(mutation, req, requestBody, responseBody, existedBefore, upstreamRes);
    }
    const headers = { ...upstreamRes.headers };
    delete headers['transfer-encoding'];
    if (req.method !== 'HEAD') headers['content-length'] = String(responseBody.length);
    res.writeHead(status, headers);
    res.end(responseBody);
  };

  const announceMutation = async (
    mutation: S3Mutation,
    req: IncomingMessage,
    requestBody: Buffer | null,
    responseBody: Buffer,
    existedBefore: boolean,
    upstreamRes: IncomingMessage,
  ) => {
    switch (mutation.kind) {
      case 'putObject': {
        const declared = req.headers['x-amz-decoded-content-length'] ?? req.headers['content-length'];
        await announce(mutation, 'ObjectCreated:Put', mutation.key, Number(declared ?? 0), upstreamRes.headers.etag ?? '');
        return;
      }
      case 'copyObject':
      case 'completeMultipartUpload': {
        const head = await headObject(mutation.bucket, mutation.key);
        const etag = xmlValue(responseBody.toString('utf8'), 'ETag') ?? head?.etag;
        const eventName = mutation.kind === 'copyObject' ? 'ObjectCreated:Copy' : 'ObjectCreated:CompleteMultipartUpload';
        await announce(mutation, eventName, mutation.key, head?.size ?? 0, etag);
        return;
      }
      case 'deleteObject':
        if (existedBefore) await announce(mutation, 'ObjectRemoved:Delete', mutation.key);
        return;
      case 'deleteObjects': {
        const requested = xmlValues(requestBody?.toString('utf8') ?? '', 'Key');
        const responseXml = responseBody.toString('utf8');
        const failed = new Set(xmlBlocks(responseXml, 'Error').flatMap((block) => xmlValues(block, 'Key')));
        for (const key of requested) if (!failed.has(key)) await announce(mutation, 'ObjectRemoved:Delete', key);
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`S3 proxy error: ${error instanceof Error ? error.message : String(error)}`);
      } else {
        res.destroy(error instanceof Error ? error : undefined);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

function withoutExpect(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const { expect: _expect, ...rest } = headers;
  return rest;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

function xmlValues(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => unescapeXml(m[1] ?? ''));
}

function xmlValue(xml: string, tag: string): string | undefined {
  return xmlValues(xml, tag)[0];
}

function xmlBlocks(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}
