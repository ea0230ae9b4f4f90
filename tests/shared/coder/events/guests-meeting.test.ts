import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

describe('a host receiving two guests at once hosts their meeting', () => {
  it('the two guests meet each other (040); the host receives each', async () => {
    const events = await code('Kenyan President William Ruto on Sunday hosted delegations from Ethiopia and Eritrea at State House in Nairobi.');
    expect(briefsOf(events)).toEqual(['ETH>ERI 040', 'KEN>ERI 043', 'KEN>ETH 043']);
  });

  it('one guest is a visit, and a summit of three or more guests is no meeting of each with each', async () => {
    expect(briefsOf(await code('Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Sunday.'))).toEqual(['KEN>ETH 043']);
    const summit = await code('Kenyan President William Ruto hosted delegations from Ethiopia, Eritrea and Somalia in Nairobi on Sunday.');
    expect(briefsOf(summit, (e) => e.cameo.code === '040')).toEqual([]);
  });

  it('receptions one by one or over the years bring no one together', async () => {
    const apart = await code("Qatar's emir received Iran's foreign minister and the US envoy Steve Witkoff separately on Sunday.");
    expect(briefsOf(apart, (e) => e.cameo.code === '040')).toEqual([]);
    const years = await code('Saudi Crown Prince Mohammed bin Salman has hosted Zelensky and Putin in recent years.');
    expect(briefsOf(years, (e) => e.cameo.code === '040')).toEqual([]);
  });
});
