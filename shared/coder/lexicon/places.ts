import { withApostropheVariants } from './countries.ts';
import { PLACE_ROWS } from './places-data.ts';

/**
 * A state's places other than its capital, as news names them: cities, regions, islands, bases and sites
 * ("Kharkiv", "Jeddah", "the Kivus", "Natanz"). A place is where an event happens and, as the object of a
 * strike, a visit or aid, the state the event is aimed at ("Ukrainian drones struck Volgograd" is aimed at
 * Russia). Unlike a capital it never stands for the government: "Kharkiv" does not speak for Ukraine.
 *
 * Rule for the data: a name goes in only when it names one place of one state, the state most states recognise
 * as its own (Crimea is Ukraine's, the Golan Syria's, Abkhazia Georgia's); names split between two states or claimed
 * by both with no such majority ("Kashmir", "Punjab", "Lake Kivu"), and names used as ordinary words, given names or
 * surnames ("Victoria", "Nice", "Houston", "Diego Garcia") stay out, as does a place the news names for another
 * state's use ("Guantanamo"). A name that is also a state's name, capital or adjective is that.
 */
export interface PlaceEntry {
  /** ISO 3166-1 alpha-3 of the state the place lies in. */
  code: string;
  names: string[];
}

export const PLACES: readonly PlaceEntry[] = PLACE_ROWS.map(([code, names]) => ({ code, names: withApostropheVariants(names) }));
