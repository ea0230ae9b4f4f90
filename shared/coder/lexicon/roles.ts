import { LazyMap } from './lazy-map.ts';
import { BROAD_ROLE_NOUNS, CORE_ROLE_NOUNS, GOVERNMENT_PORTFOLIOS } from './roles-data.ts';

type RoleTable = Readonly<Record<string, readonly string[]>>;

function addAll(map: Map<string, string>, table: RoleTable): void {
  for (const [role, nouns] of Object.entries(table)) {
    for (const noun of nouns) {
      map.set(noun, role);
      if (noun.includes("'")) map.set(noun.replaceAll("'", '\u2019'), role);
    }
  }
}

/** "trade" → "trade minister", "trade ministries", "minister of trade", "deputy trade minister", "trade officials"… */
function portfolioForms(portfolio: string): string[] {
  return [
    `${portfolio} minister`,
    `${portfolio} ministers`,
    `${portfolio} ministry`,
    `${portfolio} ministries`,
    `minister of ${portfolio}`,
    `ministers of ${portfolio}`,
    `ministry of ${portfolio}`,
    `minister for ${portfolio}`,
    `deputy ${portfolio} minister`,
    `vice ${portfolio} minister`,
    `${portfolio} official`,
    `${portfolio} officials`,
  ];
}

// The two words of a compound title that are written hyphenated as often as not.
const HYPHENED_COMPOUND = /\b(secretary|director|attorney|vice|under) (general|president|presidents|secretary|secretaries|generals)\b/;

function buildRoleNouns(): Map<string, string> {
  const map = new Map<string, string>();
  addAll(map, BROAD_ROLE_NOUNS);
  for (const portfolio of GOVERNMENT_PORTFOLIOS) {
    for (const form of portfolioForms(portfolio)) map.set(form, 'GOV');
  }
  // Hand-written entries are added last so they win where the broad dictionary disagrees.
  addAll(map, CORE_ROLE_NOUNS);
  // compound titles are written with hyphens as often as without ("secretary-general", "vice-president")
  for (const [noun, role] of [...map]) {
    const hyphened = noun.replace(HYPHENED_COMPOUND, '$1-$2');
    if (hyphened !== noun && !map.has(hyphened)) map.set(hyphened, role);
  }
  return map;
}

/**
 * Lower-case role noun or noun phrase, singular and plural → CAMEO role ('foreign minister' → GOV, 'troops' → MIL).
 * Built when first read (the actor index reads it when it is built), not at module load.
 */
export const ROLE_NOUNS: ReadonlyMap<string, string> = new LazyMap(buildRoleNouns);

/**
 * Last words of a role phrase that name someone who can be received as a guest — an office holder or a delegation
 * ("Prime Minister James Marape", "the Japanese delegation"), not a body or a force ("the government", "troops"):
 * "welcomed" such a party is hosting them (043), as PETRARCH2 codes WELCOME COUNTERPARTS / DELEGATION.
 */
export const GUEST_TITLES: ReadonlySet<string> = new Set(
  'president presidents minister ministers premier chancellor secretary king queen emir prince princess sultan monarch envoy envoys ambassador delegation delegations counterpart counterparts leader leaders speaker governor'.split(
    ' ',
  ),
);
