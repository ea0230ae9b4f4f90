import { COUNTRY_ROWS } from '../coder/lexicon/countries-data.ts';
import { ORGANISATION_CODES } from '../coder/lexicon/organisations.ts';
import { BROAD_ROLE_NOUNS, CORE_ROLE_NOUNS } from '../coder/lexicon/roles-data.ts';
import { isCameoCode } from '../coder/lexicon/cameo-codes.ts';

/**
 * The codes a dictionary entry may use: the ones the coder itself knows, so an entry can never
 * produce an actor or event code that the rest of Accord (API filters, Goldstein scores) cannot read.
 */

/** ISO 3166-1 alpha-3 codes of the coder's country table (UN members, PSE, VAT, TWN, XKX). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRY_ROWS.map((row) => row.code));

export { ORGANISATION_CODES };

/** CAMEO actor roles: those of the coder's role dictionaries plus the organisation role IGO. */
export const ROLE_CODES: ReadonlySet<string> = new Set([...Object.keys(CORE_ROLE_NOUNS), ...Object.keys(BROAD_ROLE_NOUNS), 'IGO']);

export const isActorCode = (code: string): boolean => COUNTRY_CODES.has(code) || ORGANISATION_CODES.has(code);
export const isOrganisationCode = (code: string): boolean => ORGANISATION_CODES.has(code);
export { isCameoCode };
