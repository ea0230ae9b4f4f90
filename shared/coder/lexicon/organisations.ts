import { withApostropheVariants } from './countries.ts';
import { ORGANISATION_ROWS } from './organisations-data.ts';

/** An international organisation: Accord's organisation code, its surface names, and a role when the name denotes one organ. */
export interface OrganisationEntry {
  /** UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL. */
  code: string;
  names: string[];
  /** CAMEO role of the organ ('JUD' for the ICJ, 'LEG' for the European Parliament), null for the body as a whole. */
  role: string | null;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = ORGANISATION_ROWS.map((row) => ({
  code: row.code,
  names: withApostropheVariants(row.names),
  role: row.role,
}));
