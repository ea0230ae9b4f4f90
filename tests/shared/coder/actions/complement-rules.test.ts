import { describe, expect, it } from 'vitest';
import { ceaseOf, combine, intentOf, negate } from '../../../../shared/coder/actions/complement-rules.ts';
import { isCameoCode } from '../../../../shared/coder/lexicon/cameo-codes.ts';

describe('complement rules', () => {
  it('turns intended cooperation into 03x and intended force into 13x threats', () => {
    expect(intentOf('042')).toBe('036');
    expect(intentOf('0733')).toBe('0333');
    expect(intentOf('073')).toBe('0333');
    expect(intentOf('163')).toBe('1312');
    expect(intentOf('190')).toBe('1384');
    expect(intentOf('111')).toBe('111');
  });

  it('maps refusals, appeals and demands by the family of the embedded action', () => {
    expect(combine('refusal', '040')).toBe('125');
    expect(combine('refusal', '0841')).toBe('1243');
    expect(combine('appeal', '0871')).toBe('0256');
    expect(combine('demand', '0874')).toBe('1056');
    expect(combine('threat', '163')).toBe('1312');
    expect(combine('threat', '072')).toBe('131');
    expect(combine('command', '172')).toBe('172');
  });

  it('never returns the positive code for a negated or stopped action', () => {
    expect(negate('057')).toBe('127');
    expect(negate('190')).toBeNull();
    expect(ceaseOf('072')).toBe('1622');
    expect(ceaseOf('190')).toBe('087');
  });

  it('only produces codes that exist in the CAMEO table', () => {
    const roots = [
      '02',
      '030',
      '040',
      '042',
      '045',
      '051',
      '057',
      '061',
      '062',
      '063',
      '064',
      '071',
      '072',
      '073',
      '074',
      '075',
      '081',
      '0813',
      '0814',
      '082',
      '083',
      '0831',
      '0832',
      '084',
      '0841',
      '085',
      '086',
      '087',
      '0871',
      '0874',
      '090',
      '100',
      '111',
      '120',
      '130',
      '141',
      '150',
      '160',
      '161',
      '162',
      '163',
      '164',
      '165',
      '166',
      '172',
      '1721',
      '1722',
      '1723',
      '1724',
      '173',
      '175',
      '180',
      '183',
      '190',
      '191',
      '192',
      '194',
      '195',
      '200',
    ];
    for (const code of roots) {
      for (const kind of ['intent', 'threat', 'refusal', 'appeal', 'demand', 'command'] as const) {
        const c = combine(kind, code);
        if (c !== null) expect(isCameoCode(c), `${kind}(${code}) = ${c}`).toBe(true);
      }
      for (const c of [intentOf(code), negate(code), ceaseOf(code)]) if (c !== null) expect(isCameoCode(c), `${code} → ${c}`).toBe(true);
    }
  });
});
