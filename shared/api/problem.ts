import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type * as z from 'zod/mini';

/**
 * RFC 9457 problem details. Every error the API returns is one of these, with a stable `type`
 * URI per kind, a human `detail`, and for bad requests the name of the offending parameter.
 * Nothing here ever carries a stack trace, an exception name or a table or index name.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  parameter?: string;
}

/** Problem types are URNs: stable identifiers that do not pretend to be documentation URLs. */
const TYPE_BASE = 'urn:accord:problem:';

export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export const badParameter = (parameter: string, detail: string): ProblemError =>
  new ProblemError({ type: `${TYPE_BASE}invalid-parameter`, title: 'Invalid request parameter', status: 400, detail, parameter });

export const notFound = (detail: string): ProblemError => new ProblemError({ type: `${TYPE_BASE}not-found`, title: 'Not found', status: 404, detail });

export const methodNotAllowed = (method: string, allowed: readonly string[]): ProblemError =>
  new ProblemError(
    { type: `${TYPE_BASE}method-not-allowed`, title: 'Method not allowed', status: 405, detail: `${method} is not supported here; use ${allowed.join(', ')}.` },
    { allow: allowed.join(', ') },
  );

export const internalError = (): ProblemError =>
  new ProblemError({
    type: `${TYPE_BASE}internal`,
    title: 'Internal server error',
    status: 500,
    detail: 'The server failed to answer this request. Try again later.',
  });

/** The first zod issue as a 400 naming its parameter (unknown keys name themselves). */
export function problemFromIssues(issues: readonly z.core.$ZodIssue[]): ProblemError {
  const issue = issues[0];
  if (!issue) return badParameter('request', 'The request is not valid.');
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? 'parameter';
    return badParameter(name, `Unknown parameter "${name}".`);
  }
  const name = issue.path.length > 0 ? String(issue.path[0]) : 'request';
  return badParameter(name, `Parameter "${name}" ${describeIssue(issue)}.`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Our schemas phrase their own messages ("must be …"); zod's generic ones are rephrased.
  if (issue.message.startsWith('must ') || issue.message.startsWith('is ')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'has the wrong type';
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too large (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return 'has an invalid format';
    default:
      return 'is not valid';
  }
}

export function problemResponse(error: ProblemError, extraHeaders: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: error.problem.status,
    headers: { 'content-type': 'application/problem+json', ...error.headers, ...extraHeaders },
    body: JSON.stringify(error.problem),
  };
}
