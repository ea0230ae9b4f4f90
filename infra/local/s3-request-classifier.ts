import type { IncomingHttpHeaders } from 'node:http';

/**
 * Recognises the S3 REST calls that change an object, in path style (/bucket/key) and in
 * virtual-hosted style (bucket.s3.host/key). Sub-resource calls (?acl, ?tagging, ?uploadId on
 * UploadPart …) change no object content and are not mutations here. Browser form uploads
 * (PostObject) are not recognised: the CLI, the SDKs and the AWS CLI never use them.
 */
export type S3Mutation =
  { kind: 'putObject' | 'copyObject' | 'completeMultipartUpload' | 'deleteObject'; bucket: string; key: string } | { kind: 'deleteObjects'; bucket: string };

/** Query parameters the SDKs add for routing only. */
const IGNORED_QUERY = new Set(['x-id']);

export function classifyS3Request(method: string, rawUrl: string, headers: IncomingHttpHeaders): S3Mutation | null {
  // SQS and other JSON/query protocol calls go to "/" with a target header or form body.
  if (headers['x-amz-target'] !== undefined) return null;
  const parts = splitRequestTarget(rawUrl);
  if (parts === null) return null;
  const target = bucketAndKey(parts.path, headers.host ?? '');
  if (target === null) return null;
  const query = [...new URLSearchParams(parts.query).keys()].filter((name) => !IGNORED_QUERY.has(name));
  const has = (name: string) => query.includes(name);
  const { bucket, key } = target;

  if (key === '') {
    return method === 'POST' && has('delete') && query.length === 1 ? { kind: 'deleteObjects', bucket } : null;
  }
  switch (method) {
    case 'PUT':
      if (query.length > 0) return null;
      return { kind: headers['x-amz-copy-source'] !== undefined ? 'copyObject' : 'putObject', bucket, key };
    case 'POST':
      return has('uploadId') && query.length === 1 ? { kind: 'completeMultipartUpload', bucket, key } : null;
    case 'DELETE':
      return query.length === 0 ? { kind: 'deleteObject', bucket, key } : null;
    default:
      return null;
  }
}

/**
 * Path and query of the request target, split by hand: S3 keys are literal, so `articles/../x`
 * and `articles/./x` are keys of their own. A WHATWG URL would resolve the dot segments (even
 * percent-encoded ones) and announce an object that does not exist instead of the one written.
 */
function splitRequestTarget(rawUrl: string): { path: string; query: string } | null {
  // Absolute form (a client that treats us as a forward proxy): drop scheme and authority only.
  const target = rawUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (!path.startsWith('/')) return null;
  return { path, query: queryStart === -1 ? '' : target.slice(queryStart + 1) };
}

function bucketAndKey(pathname: string, host: string): { bucket: string; key: string } | null {
  const hostname = host.replace(/:\d+$/, '');
  const virtual = /^(.+?)\.s3[.-]/.exec(hostname);
  const path = pathname.slice(1);
  // Percent-decoding is the only transformation S3 applies to a key ('+' stays a plus sign).
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return null;
    }
  };
  if (virtual?.[1]) {
    const key = decoded(path);
    return key === null ? null : { bucket: virtual[1], key };
  }
  if (path === '') return null;
  const slash = path.indexOf('/');
  const bucket = decoded(slash === -1 ? path : path.slice(0, slash));
  const key = slash === -1 ? '' : decoded(path.slice(slash + 1));
  // A malformed escape names no object: S3 rejects the request, so there is nothing to announce.
  return bucket === null || key === null ? null : { bucket, key };
}
