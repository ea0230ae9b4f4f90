import type { IncomingHttpHeaders } from 'node:http';

/**
 * Recognises the S3 REST calls that change an object, in path style (/bucket/key) and in
 * virtual-hosted style (bucket.s3.host/key). Sub-resource calls (?acl, ?tagging, ?uploadId on
 * UploadPart …) change no object content and are not mutations here. Browser form uploads
 * (PostObject) are not recognised: the CLI, the SDKs and the AWS CLI never use them.
 */
export type S3Mutation =
  | { kind: 'putObject' | 'copyObject' | 'completeMultipartUpload' | 'deleteObject'; bucket: string; key: string }
  | { kind: 'deleteObjects'; bucket: string };

/** Query parameters the SDKs add for routing only. */
const IGNORED_QUERY = new Set(['x-id']);

export function classifyS3Request(method: string, rawUrl: string, headers: IncomingHttpHeaders): S3Mutation | null {
  // SQS and other JSON/query protocol calls go to "/" with a target header or form body.
  if (headers['x-amz-target'] !== undefined) return null;
  const url = new URL(rawUrl, 'http://placeholder');
  const target = bucketAndKey(url.pathname, headers.host ?? '');
  if (target === null) return null;
  const query = [...url.searchParams.keys()].filter((name) => !IGNORED_QUERY.has(name));
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

function bucketAndKey(pathname: string, host: string): { bucket: string; key: string } | null {
  const hostname = host.replace(/:\d+$/, '');
  const virtual = /^(.+?)\.s3[.-]/.exec(hostname);
  const path = pathname.replace(/^\//, '');
  if (virtual?.[1]) return { bucket: virtual[1], key: decodePath(path) };
  if (path === '') return null;
  const slash = path.indexOf('/');
  if (slash === -1) return { bucket: decodeURIComponent(path), key: '' };
  return { bucket: decodeURIComponent(path.slice(0, slash)), key: decodePath(path.slice(slash + 1)) };
}

function decodePath(path: string): string {
  return path.split('/').map(decodeURIComponent).join('/');
}
