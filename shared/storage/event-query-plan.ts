import type { EventFilter } from './event-repository.ts';
import { PARTITION, type IndexName } from './keys.ts';

/**
 * Which index partitions answer an event filter, and which filters remain as a FilterExpression.
 * The most selective key wins: dyad (or source+target) > source > target > actor > root/code >
 * all events. Date bounds always become a sort-key condition, never a filter.
 *
 * An event has one index entry per role (source on gsi3, target on gsi4: keys.ts), so "actor X as
 * source or target" and "dyad X–Y" are two streams, merged by sort key (bucket-merge.ts); the
 * second stream leaves out what the first already has (a domestic event X→X), so the merge never
 * sees an event twice.
 */
export interface QueryFilter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
  /** false when the filter drops almost nothing (only a stream's duplicates): read pages of the size needed. */
  selective: boolean;
}

export interface QueryStream {
  index: IndexName;
  prefix: string;
  filter?: QueryFilter;
}

export interface EventQueryPlan {
  /** One stream, or two to merge newest first. */
  streams: QueryStream[];
  /** The filter can match nothing (e.g. code 0411 under root 05): answer empty without reading. */
  empty: boolean;
}

type Condition = { attribute: string; operator: '=' | '<>' | 'begins_with'; value: unknown } | { either: string; value: unknown };

export function planEventQuery(filter: EventFilter): EventQueryPlan {
  let empty = false;
  const root = filter.code ? filter.code.slice(0, 2) : filter.root;
  if (filter.root && filter.code && !filter.code.startsWith(filter.root)) empty = true;

  const source = (country: string): QueryStream => ({ index: PARTITION.source.index, prefix: PARTITION.source.prefix(country) });
  const target = (country: string): QueryStream => ({ index: PARTITION.target.index, prefix: PARTITION.target.prefix(country) });
  // Streams with the conditions only that stream needs.
  let keyed: 'dyad' | 'pair' | 'source' | 'target' | 'actor' | 'root' | 'all';
  let streams: [QueryStream, Condition[]][];
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    keyed = 'dyad';
    streams = [[source(a), [{ attribute: 'tg', operator: '=', value: b }]]];
    if (a !== b) streams.push([target(a), [{ attribute: 's', operator: '=', value: b }]]);
  } else if (filter.source && filter.target) {
    keyed = 'pair';
    streams = [[source(filter.source), [{ attribute: 'tg', operator: '=', value: filter.target }]]];
  } else if (filter.source) {
    keyed = 'source';
    streams = [[source(filter.source), []]];
  } else if (filter.target) {
    keyed = 'target';
    streams = [[target(filter.target), []]];
  } else if (filter.actor) {
    keyed = 'actor';
    streams = [
      [source(filter.actor), []],
      [target(filter.actor), [{ attribute: 's', operator: '<>', value: filter.actor }]],
    ];
  } else if (root) {
    keyed = 'root';
    streams = [[{ index: PARTITION.root.index, prefix: PARTITION.root.prefix(root) }, []]];
  } else {
    keyed = 'all';
    streams = [[{ index: PARTITION.allEvents.index, prefix: PARTITION.allEvents.prefix() }, []]];
  }

  // Whatever the key did not already guarantee becomes a filter on the item's copy of the attributes.
  const common: Condition[] = [];
  if (filter.source && keyed !== 'source' && keyed !== 'pair') common.push({ attribute: 's', operator: '=', value: filter.source });
  if (filter.target && keyed !== 'target' && keyed !== 'pair') common.push({ attribute: 'tg', operator: '=', value: filter.target });
  if (filter.actor && keyed !== 'actor') {
    if (keyed === 'dyad' && filter.dyad && !filter.dyad.includes(filter.actor)) empty = true;
    if (keyed !== 'dyad') common.push({ either: 's|tg', value: filter.actor });
  }
  if (filter.dyad && filter.source && !filter.dyad.includes(filter.source)) empty = true;
  if (filter.dyad && filter.target && !filter.dyad.includes(filter.target)) empty = true;
  if (root && keyed !== 'root') common.push({ attribute: 'r', operator: '=', value: root });
  if (filter.code && filter.code.length > 2) common.push({ attribute: 'c', operator: 'begins_with', value: filter.code });
  if (filter.quad) common.push({ attribute: 'q', operator: '=', value: filter.quad });
  if (filter.modality) common.push({ attribute: 'mo', operator: '=', value: filter.modality });

  return {
    empty,
    streams: streams.map(([stream, own]) => {
      const conditions = [...own, ...common];
      if (conditions.length === 0) return stream;
      // Only a `<>` that removes a merge's duplicates drops (almost) nothing.
      const selective = conditions.some((condition) => !('operator' in condition) || condition.operator !== '<>');
      return { ...stream, filter: { ...filterExpression(conditions), selective } };
    }),
  };
}

function filterExpression(conditions: readonly Condition[]): Omit<QueryFilter, 'selective'> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = conditions.map((condition, i) => {
    const n = `#f${i}`;
    const v = `:f${i}`;
    values[v] = condition.value;
    if ('either' in condition) {
      const [first, second] = condition.either.split('|') as [string, string];
      names[n] = first;
      names[`${n}t`] = second;
      return `(${n} = ${v} OR ${n}t = ${v})`;
    }
    names[n] = condition.attribute;
    return condition.operator === 'begins_with' ? `begins_with(${n}, ${v})` : `${n} ${condition.operator} ${v}`;
  });
  return { expression: parts.join(' AND '), names, values };
}
