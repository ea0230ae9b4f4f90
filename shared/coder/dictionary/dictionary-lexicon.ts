import type { Dictionary, DictionaryActor } from '../../dictionary/dictionary-schema.ts';
import type { LexiconOverlay } from './active-lexicon.ts';
import { actorOverlay } from './actor-overlay.ts';
import { verbOverlay, type VerbOverlay } from './verb-overlay.ts';

/**
 * A dictionary compiled for the coder: the overlay that applies on an article's date. Actor
 * entries hold from `from` (inclusive) to `to` (exclusive), like the built-in leaders; an entry
 * outside its period neither applies nor hides the built-ins. Overlays are built on first use per
 * distinct set of entries in force and kept (a dictionary has few distinct periods).
 */
export class DictionaryLexicon {
  private readonly verbs: VerbOverlay | null;
  private readonly overlays = new Map<string, LexiconOverlay | null>();

  constructor(private readonly dictionary: Dictionary) {
    this.verbs = dictionary.verbs.length > 0 ? verbOverlay(dictionary.verbs) : null;
  }

  /** The overlay for an article published on `date` (YYYY-MM-DD…); null when no entry applies. */
  overlayOn(date: string): LexiconOverlay | null {
    const day = date.slice(0, 10);
    const inForce: DictionaryActor[] = [];
    const ids: number[] = [];
    this.dictionary.actors.forEach((actor, i) => {
      if (holdsOn(actor, day)) {
        inForce.push(actor);
        ids.push(i);
      }
    });
    const key = ids.join(',');
    let overlay = this.overlays.get(key);
    if (overlay === undefined) {
      overlay =
        inForce.length === 0 && !this.verbs
          ? null
          : {
              ...(inForce.length > 0 ? { actors: actorOverlay(inForce) } : {}),
              ...(this.verbs ? { heads: this.verbs.heads, targetless: this.verbs.targetless } : {}),
            };
      this.overlays.set(key, overlay);
    }
    return overlay;
  }
}

/** from ≤ day < to; an article without a usable date sees only the entries without a period. */
function holdsOn(actor: DictionaryActor, day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return actor.from === null && actor.to === null;
  return (actor.from === null || actor.from <= day) && (actor.to === null || day < actor.to);
}
