import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAMEO_CODES, cameoCode, isCameoCode } from '../../../../shared/coder/lexicon/cameo-codes.ts';
import { quadClassOfRoot } from '../../../../shared/model/diplomatic-event.ts';

// The GDELT Goldstein table sits next to the repository on development machines only; the
// cross-check below runs when it is there and the structural tests run everywhere.
const GOLDSTEIN_TSV = fileURLToPath(new URL('../../../../../shared/reference/cameo-goldstein.tsv', import.meta.url));
const PLOVER_TXT = fileURLToPath(new URL('../../../../../shared/reference/plover-CAMEO2PLOVER-2021.txt', import.meta.url));

describe('CAMEO_CODES', () => {
  it('has all 20 roots and every code is well formed under an existing root', () => {
    for (let n = 1; n <= 20; n++) expect(isCameoCode(String(n).padStart(2, '0'))).toBe(true);
    for (const [code, info] of CAMEO_CODES) {
      expect(code).toMatch(/^\d{2,4}$/);
      expect(info.code).toBe(code);
      expect(info.root).toBe(code.slice(0, 2));
      expect(CAMEO_CODES.has(info.root)).toBe(true);
      if (code.length === 4) expect(CAMEO_CODES.has(code.slice(0, 3))).toBe(true);
      expect(info.name.length).toBeGreaterThan(2);
      expect(info.quadClass).toBe(quadClassOfRoot(info.root));
      expect(info.goldstein).toBeGreaterThanOrEqual(-10);
      expect(info.goldstein).toBeLessThanOrEqual(10);
    }
  });

  it('covers the full CAMEO code set (311 codes)', () => {
    expect(CAMEO_CODES.size).toBe(311);
  });

  it('gives 042 its name, Goldstein score, PLOVER class and quad class', () => {
    expect(cameoCode('042')).toEqual({
      code: '042',
      root: '04',
      name: 'Make a visit',
      goldstein: 1.9,
      plover: { event: 'CONSULT', mode: 'visit' },
      quadClass: 1,
    });
  });

  it('names 01x and 02x codes from the CAMEO manual and maps PLOVER classes by root', () => {
    expect(cameoCode('010').name).toBe('Make statement');
    expect(cameoCode('019').name).toBe('Express accord');
    expect(cameoCode('028').name).toBe('Appeal to others to engage in or accept mediation');
    expect(cameoCode('026').name).toBe('Appeal to others to meet or negotiate');
    for (const info of CAMEO_CODES.values()) {
      if (info.root === '01') expect(info.plover).toBeNull();
      else expect(info.plover).not.toBeNull();
      if (info.root === '02') expect(info.plover?.event).toBe('REQUEST');
    }
  });

  it('spot-checks scores and classes across the quad classes', () => {
    expect(cameoCode('057')).toMatchObject({ name: 'Sign formal agreement', goldstein: 8, plover: { event: 'SUPPORT' }, quadClass: 1 });
    expect(cameoCode('036')).toMatchObject({ name: 'Express intent to meet or negotiate', goldstein: 4, quadClass: 1 });
    expect(cameoCode('0871')).toMatchObject({ name: 'Declare truce, ceasefire', plover: { event: 'RETREAT', mode: 'ceasefire' }, quadClass: 2 });
    expect(cameoCode('112')).toMatchObject({ name: 'Accuse', goldstein: -2, quadClass: 3 });
    expect(cameoCode('163')).toMatchObject({ plover: { event: 'COERCE', mode: 'restrict' }, goldstein: -8, quadClass: 4 });
    expect(cameoCode('195')).toMatchObject({ name: 'Employ aerial weapons', goldstein: -10, quadClass: 4 });
    expect(cameoCode('100').name).toBe('Demand');
    expect(cameoCode('055').name).toBe('Apologize');
  });

  it('throws RangeError on unknown codes and reports them as unknown', () => {
    expect(() => cameoCode('999')).toThrow(RangeError);
    expect(() => cameoCode('')).toThrow(RangeError);
    expect(isCameoCode('21')).toBe(false);
    expect(isCameoCode('0425')).toBe(false);
  });

  describe.skipIf(!existsSync(GOLDSTEIN_TSV))('against the reference Goldstein table', () => {
    it('contains every code of the table with its Goldstein score, a name and a consistent root and quad class', () => {
      const rows = readFileSync(GOLDSTEIN_TSV, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'));
      expect(rows.length).toBeGreaterThan(300);
      for (const [code, score] of rows) {
        const info = cameoCode(code!);
        expect(info.goldstein, code).toBe(Number(score));
        expect(info.name.length, code).toBeGreaterThan(2);
        expect(info.root).toBe(code!.slice(0, 2));
        expect(info.quadClass).toBe(quadClassOfRoot(code!.slice(0, 2)));
      }
      expect(CAMEO_CODES.size).toBe(rows.length);
    });
  });

  describe.skipIf(!existsSync(PLOVER_TXT))('against the reference CAMEO→PLOVER table', () => {
    it('agrees on the PLOVER event of every 3- and 4-digit code from 03 to 20', () => {
      const seen = new Set<string>();
      for (const line of readFileSync(PLOVER_TXT, 'utf8').split('\n')) {
        const match = /^(\d{3,4}):\s*([A-Z]+)/.exec(line);
        if (!match || seen.has(match[1]!) || !isCameoCode(match[1]!)) continue;
        seen.add(match[1]!);
        expect(cameoCode(match[1]!).plover?.event, match[1]).toBe(match[2]);
      }
      expect(seen.size).toBeGreaterThan(230);
    });
  });
});
