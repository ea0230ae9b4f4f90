import { quadClassOfRoot } from '../../model/diplomatic-event.ts';
import { CAMEO_ROWS } from './cameo-codes-data.ts';

/** One CAMEO code with everything an event needs: name, Goldstein score, PLOVER class, quad class. */
export interface CameoCodeInfo {
  code: string;
  root: string;
  name: string;
  goldstein: number;
  plover: { event: string; mode: string | null } | null;
  quadClass: 1 | 2 | 3 | 4;
}

function toInfo([code, name, goldstein, event, mode]: (typeof CAMEO_ROWS)[number]): CameoCodeInfo {
  const root = code.slice(0, 2);
  return {
    code,
    root,
    name,
    goldstein,
    plover: event === null ? null : { event, mode },
    quadClass: quadClassOfRoot(root),
  };
}

/** Every CAMEO code, keyed by its digits ('04', '042', '0211'). Built once at load (~310 rows). */
export const CAMEO_CODES: ReadonlyMap<string, CameoCodeInfo> = new Map(CAMEO_ROWS.map((row) => [row[0], Object.freeze(toInfo(row))] as const));

export function isCameoCode(code: string): boolean {
  return CAMEO_CODES.has(code);
}

/** The code's table entry; unknown codes are a programming error in the caller's lexicon, hence a throw. */
export function cameoCode(code: string): CameoCodeInfo {
  const info = CAMEO_CODES.get(code);
  if (info === undefined) throw new RangeError(`unknown CAMEO code: ${code}`);
  return info;
}

/** Pledges and gifts of aid (033x, 07x): their recipient is what a story keeps and lists of donors share. */
export function isGift(code: string): boolean {
  return code.startsWith('033') || code.startsWith('07');
}
