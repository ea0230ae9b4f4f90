import type { DictionaryActor } from '../../dictionary/dictionary-schema.ts';
import { isOrganisationCode } from '../../dictionary/known-codes.ts';
import { entryTokens, type ActorEntry, type ActorItem } from '../actors/actor-lexicon.ts';
import { BUILT_IN_ACTOR_INDEX } from '../actors/actor-index.ts';
import { withApostropheVariants } from '../lexicon/countries.ts';
import type { LeaderEntry } from '../lexicon/leaders.ts';

/**
 * Dictionary actors as entries of the actor index, merged with the built-ins they touch:
 * - a person is a leader item (an office holder, resolved against the article date like the
 *   built-in leaders; later "he" and the surname refer to them); a one-word alias needs context,
 *   like a built-in surname ("Jordan Peterson" is no "Jordan");
 * - an organisation with an organisation code (UNO, EUR …) is an organisation item, with a state
 *   code an institution of that state (like "the Kremlin", "Hamas"); an armed group is an
 *   institution of its state with role REB.
 * Override: a dictionary form hides every built-in entry written the same way (same tokens, proper
 * name), and comes first among entries of equal length, so the longest match still wins and a tie
 * goes to the dictionary.
 */
export function actorOverlay(actors: readonly DictionaryActor[]): Map<string, ActorEntry[]> {
  const added = new Map<string, ActorEntry[]>();
  const people = new Map<string, { leaders: LeaderEntry[]; alias: boolean }>();
  const add = (form: string, item: ActorItem) => {
    const tokens = entryTokens(form, true, item.kind);
    if (tokens.length === 0) return;
    const list = added.get(tokens[0]!) ?? [];
    list.push({ tokens, caseSensitive: true, item });
    added.set(tokens[0]!, list);
  };
  for (const actor of actors) {
    const forms = withApostropheVariants([actor.name, ...actor.aliases]);
    if (actor.type === 'person') {
      const leader: LeaderEntry = {
        name: actor.name,
        aliases: forms.filter((form) => form !== actor.name),
        country: actor.country,
        role: actor.role ?? 'GOV',
        title: actor.title ?? '',
        validFrom: actor.from ?? '0000-01-01',
        validTo: actor.to,
      };
      for (const form of forms) {
        const alias = form !== actor.name && !form.includes(' ');
        const entry = people.get(form) ?? { leaders: [], alias };
        entry.leaders.push(leader);
        people.set(form, entry);
      }
      continue;
    }
    const organisation = isOrganisationCode(actor.country);
    for (const form of forms) add(form, { kind: organisation ? 'organisation' : 'institution', code: actor.country, role: actor.role, ambiguous: false });
  }
  for (const [form, e] of people) add(form, { kind: 'leader', code: null, role: null, ambiguous: e.alias, leaders: e.leaders, alias: e.alias });

  const merged = new Map<string, ActorEntry[]>();
  for (const [key, own] of added) {
    const hidden = new Set(own.map((e) => e.tokens.join('\u0000')));
    const builtIn = (BUILT_IN_ACTOR_INDEX.get(key) ?? []).filter((e) => !(e.caseSensitive && hidden.has(e.tokens.join('\u0000'))));
    // stable: among equal lengths the dictionary's entries stay first
    merged.set(
      key,
      [...own, ...builtIn].sort((a, b) => b.tokens.length - a.tokens.length),
    );
  }
  return merged;
}
