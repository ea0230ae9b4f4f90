import { withApostropheVariants } from './countries.ts';
import { ORGANISATION_ROWS } from './organisations-data.ts';

/** An international organisation: Accord's organisation code, its surface names, and a role when the name denotes one organ. */
export interface OrganisationEntry {
  /** UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL; the regional blocs WAS (ECOWAS), SAD (SADC), GCC. */
  code: string;
  names: string[];
  /** CAMEO role of the organ ('JUD' for the ICJ, 'LEG' for the European Parliament), null for the body as a whole. */
  role: string | null;
}

/** Organisation codes the coder knows (UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL, and the regional blocs WAS, SAD, GCC). */
export const ORGANISATION_CODES: ReadonlySet<string> = new Set(ORGANISATION_ROWS.map((row) => row.code));

export const ORGANISATIONS: readonly OrganisationEntry[] = ORGANISATION_ROWS.map((row) => ({
  code: row.code,
  names: withApostropheVariants(row.names),
  role: row.role,
}));

/**
 * How many member states an organisation has, for "the 27 leaders", "all 32 allies": a number of parties no list in
 * the story has, in a story about the organisation, names the organisation acting as one.
 */
export const MEMBER_COUNTS: ReadonlyMap<number, string> = new Map([
  [27, 'EUR'],
  [32, 'NATO'],
  [10, 'ASN'],
  [11, 'ASN'],
  [55, 'AFU'],
  [22, 'ARL'],
]);

/**
 * The state in whose capital an organisation sits: talks of the EU in Brussels or of the AU in Addis Ababa are held at
 * the organisation's seat, and the seat's state hosts nothing (GOLD-FORMAT rule 10 is about a third party).
 */
export const ORGANISATION_SEATS: ReadonlyMap<string, string> = new Map([
  ['EUR', 'BEL'],
  ['NATO', 'BEL'],
  ['AFU', 'ETH'],
  ['ASN', 'IDN'],
  ['ARL', 'EGY'],
  ['IAEA', 'AUT'],
  ['IMF', 'USA'],
  ['WBK', 'USA'],
  ['WAS', 'NGA'],
  ['GCC', 'SAU'],
  ['SAD', 'BWA'],
]);
