import { describe, expect, it } from 'vitest';
import { ActorResolver } from '../../../../shared/coder/actors/actor-resolver.ts';
import type { LeaderEntry } from '../../../../shared/coder/lexicon/leaders.ts';

// Two invented holders of one office: the handover day belongs to the successor only.
const outgoing: LeaderEntry = {
  name: 'Anna Oldham',
  aliases: ['Oldham'],
  country: 'PRT',
  role: 'GOV',
  title: 'President',
  validFrom: '2020-03-09',
  validTo: '2026-03-09',
};
const incoming: LeaderEntry = {
  name: 'Bruno Newell',
  aliases: ['Newell'],
  country: 'PRT',
  role: 'GOV',
  title: 'President',
  validFrom: '2026-03-09',
  validTo: null,
};

describe('ActorResolver.pickLeader', () => {
  it('takes the office holder of the article date, with the validity end exclusive', () => {
    expect(new ActorResolver('2026-03-08').pickLeader([outgoing, incoming])?.name).toBe('Anna Oldham');
    expect(new ActorResolver('2026-03-09').pickLeader([outgoing, incoming])?.name).toBe('Bruno Newell');
    expect(new ActorResolver('2026-03-10').pickLeader([outgoing, incoming])?.name).toBe('Bruno Newell');
  });

  it('resolves nobody before the first term began', () => {
    expect(new ActorResolver('2019-01-01').pickLeader([outgoing, incoming])).toBeNull();
  });

  it('reads a full timestamp as its date', () => {
    expect(new ActorResolver('2026-03-09T06:30:00Z').pickLeader([outgoing, incoming])?.name).toBe('Bruno Newell');
  });
});
