import type { Command } from 'commander';
import type { ArticleRecord } from '../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { createApiClient } from '../api-client.ts';
import { formatArticleTable, formatEventTable, terminalWidth } from '../event-table.ts';
import { fetchPages, printListing } from '../pages.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, resolveTarget, type TargetOptions } from '../target.ts';

interface ArticlesOptions extends TargetOptions {
  limit?: string;
  cursor?: string;
  all?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  const list = program
    .command('articles')
    .summary('list stored articles with their status, newest first')
    .option('--limit <n>', 'articles per page')
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--all', 'follow cursors to the last page')
    .option('--json', 'one JSON article record per line');
  addTargetOptions(list).action(runAction(listArticles));

  const show = program
    .command('article')
    .summary('show one article: status, failure reason and its events')
    .argument('<id>', 'article id (from `accord articles`)')
    .option('--json', 'the API response as JSON');
  addTargetOptions(show).action(runAction(showArticle));
}

async function listArticles(options: ArticlesOptions): Promise<void> {
  const client = createApiClient(await resolveTarget(options));
  const pages = fetchPages<ArticleRecord>(client, 'articles', { limit: options.limit, cursor: options.cursor }, 'articles', options.all === true);
  await printListing(pages, options.json === true, (shown) =>
    shown.length === 0 ? 'no articles yet: upload some with `accord upload`\n' : `${formatArticleTable(shown, terminalWidth())}\n`,
  );
}

async function showArticle(id: string, options: ArticlesOptions): Promise<void> {
  const client = createApiClient(await resolveTarget(options));
  const body = await client.get<Record<string, unknown>>(`articles/${encodeURIComponent(id)}`);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(body)}\n`);
    return;
  }
  const { article, events } = articleWithEvents(body);
  process.stdout.write(`${describeArticle(article)}\n`);
  if (events.length > 0) process.stdout.write(`\n${formatEventTable(events, terminalWidth())}\n`);
}

/** `GET /articles/{id}` as `{ article, events }` or as the record with an `events` field. */
export function articleWithEvents(body: Record<string, unknown>): { article: ArticleRecord; events: DiplomaticEvent[] } {
  const article = (typeof body.article === 'object' && body.article !== null ? body.article : body) as ArticleRecord & { events?: unknown };
  const events = Array.isArray(body.events) ? body.events : Array.isArray(article.events) ? article.events : [];
  return { article, events: events as DiplomaticEvent[] };
}

export function describeArticle(article: Omit<ArticleRecord, 'notes'> & Partial<Pick<ArticleRecord, 'notes'>>): string {
  const lines = [
    `id:         ${article.id}`,
    `object:     s3://${article.bucket}/${article.key}`,
    `title:      ${article.title ?? '-'}`,
    `published:  ${article.publishedAt ?? '-'}`,
    `status:     ${article.status}${article.status === 'failed' ? ` (${article.reason ?? 'no reason recorded'})` : ''}`,
    `events:     ${article.eventCount}`,
    `extractor:  ${article.extractor ?? '-'}`,
    `updated:    ${article.updatedAt}`,
  ];
  if (article.url) lines.splice(3, 0, `url:        ${article.url}`);
  // Records from an older API have no notes.
  for (const note of article.notes ?? []) lines.push(`note:       ${note}`);
  return lines.join('\n');
}
