import { MODALITIES } from '../shared/model/modalities.ts';
import type { EventFilterOptions } from './event-filter-options.ts';
import { TargetError } from './target.ts';

/**
 * `accord export`'s filters (event-filter-options.ts, as `accord events` has them) as a SQL WHERE clause over `events`.
 * Every value is checked against its format first, so only codes, digits and dates reach the SQL.
 */

const ACTOR = /^[A-Z0-9]{2,4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function whereClause(filters: EventFilterOptions): string {
  const conditions: string[] = [];
  const check = (name: string, value: string, format: RegExp, hint: string) => {
    if (!format.test(value)) throw new TargetError(`--${name} must be ${hint}, got "${value}"`);
    return `'${value}'`;
  };
  if (filters.from) conditions.push(`date >= DATE ${check('from', filters.from, DAY, 'YYYY-MM-DD')}`);
  if (filters.to) conditions.push(`date <= DATE ${check('to', filters.to, DAY, 'YYYY-MM-DD')}`);
  if (filters.actor) {
    const actor = check('actor', filters.actor, ACTOR, 'a country or organisation code (KOR)');
    conditions.push(`(source_country = ${actor} OR target_country = ${actor})`);
  }
  if (filters.source) conditions.push(`source_country = ${check('source', filters.source, ACTOR, 'an actor code')}`);
  if (filters.target) conditions.push(`target_country = ${check('target', filters.target, ACTOR, 'an actor code')}`);
  if (filters.dyad) {
    const [a, b, ...rest] = filters.dyad.split(',');
    if (!a || !b || rest.length > 0) throw new TargetError(`--dyad must be two actor codes, "A,B", got "${filters.dyad}"`);
    const [x, y] = [check('dyad', a, ACTOR, 'two actor codes'), check('dyad', b, ACTOR, 'two actor codes')];
    conditions.push(`((source_country = ${x} AND target_country = ${y}) OR (source_country = ${y} AND target_country = ${x}))`);
  }
  if (filters.root) conditions.push(`cameo_root = ${check('root', filters.root, /^\d{2}$/, 'two digits (04)')}`);
  if (filters.code) conditions.push(`starts_with(cameo_code, ${check('code', filters.code, /^\d{2,4}$/, '2–4 digits (042)')})`);
  if (filters.quad) conditions.push(`quad_class = ${check('quad', filters.quad, /^[1-4]$/, '1, 2, 3 or 4').replaceAll("'", '')}`);
  if (filters.modality) {
    if (!(MODALITIES as readonly string[]).includes(filters.modality)) throw new TargetError(`--modality must be one of ${MODALITIES.join(', ')}`);
    conditions.push(`modality = '${filters.modality}'`);
  }
  return conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
}
