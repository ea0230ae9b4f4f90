import type { EventFilter } from './event-repository.ts';
import { PARTITION, type IndexName } from './keys.ts';

/**
 * Which index answers an event filter, and which filters remain as a FilterExpression.
 * The most selective key wins: dyad (or source+target) > source > target > actor > root/code >
 * quad > all events. Date bounds always become a sort-key condition, never a filter.
 */
export interface EventQueryPlan {
  index: IndexName;
  prefix: string;
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  /** The filter can match nothing (e.g. code 0411 under root 05): answer empty without reading. */
  empty: boolean;
}

export function planEventQuery(filter: EventFilter): EventQueryPlan {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const where = (attribute: string, operator: '=' | 'begins_with', value: unknown) => {
    const n = `#f${conditions.length}`;
    const v = `:f${conditions.length}`;
    names[n] = attribute;
    values[v] = value;
    conditions.push(operator === '=' ? `${n} = ${v}` : `begins_with(${n}, ${v})`);
  };
  let empty = false;

  const root = filter.code ? filter.code.slice(0, 2) : filter.root;
  if (filter.root && filter.code && !filter.code.startsWith(filter.root)) empty = true;

  let index: IndexName;
  let prefix: string;
  let keyed: 'dyad' | 'source' | 'target' | 'actor' | 'root' | 'quad' | 'all';
  if (filter.dyad) {
    ({ index } = PARTITION.dyad);
    prefix = PARTITION.dyad.prefix(filter.dyad[0], filter.dyad[1]);
    keyed = 'dyad';
  } else if (filter.source && filter.target) {
    ({ index } = PARTITION.dyad);
    prefix = PARTITION.dyad.prefix(filter.source, filter.target);
    keyed = 'dyad';
  } else if (filter.source) {
    ({ index } = PARTITION.source);
    prefix = PARTITION.source.prefix(filter.source);
    keyed = 'source';
  } else if (filter.target) {
    ({ index } = PARTITION.target);
    prefix = PARTITION.target.prefix(filter.target);
    keyed = 'target';
  } else if (filter.actor) {
    ({ index } = PARTITION.actor);
    prefix = PARTITION.actor.prefix(filter.actor);
    keyed = 'actor';
  } else if (root) {
    ({ index } = PARTITION.root);
    prefix = PARTITION.root.prefix(root);
    keyed = 'root';
  } else if (filter.quad) {
    ({ index } = PARTITION.quad);
    prefix = PARTITION.quad.prefix(filter.quad);
    keyed = 'quad';
  } else {
    ({ index } = PARTITION.allEvents);
    prefix = PARTITION.allEvents.prefix();
    keyed = 'all';
  }

  // Whatever the key did not already guarantee becomes a filter on the item's copy of the attributes.
  if (filter.source && keyed !== 'source') where('s', '=', filter.source);
  if (filter.target && keyed !== 'target') where('tg', '=', filter.target);
  if (filter.actor && keyed !== 'actor') {
    if (keyed === 'dyad' && filter.dyad && !filter.dyad.includes(filter.actor)) empty = true;
    if (keyed !== 'dyad' || !filter.dyad) {
      const n = `#f${conditions.length}`;
      const v = `:f${conditions.length}`;
      names[n] = 's';
      names[`${n}t`] = 'tg';
      values[v] = filter.actor;
      conditions.push(`(${n} = ${v} OR ${n}t = ${v})`);
    }
  }
  if (filter.dyad && (filter.source || filter.target)) {
    if (filter.source && !filter.dyad.includes(filter.source)) empty = true;
    if (filter.target && !filter.dyad.includes(filter.target)) empty = true;
  }
  if (root && keyed !== 'root') where('r', '=', root);
  if (filter.code && filter.code.length > 2) where('c', 'begins_with', filter.code);
  if (filter.quad && keyed !== 'quad') where('q', '=', filter.quad);
  if (filter.modality) where('mo', '=', filter.modality);

  return {
    index,
    prefix,
    empty,
    ...(conditions.length > 0 ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
  };
}
