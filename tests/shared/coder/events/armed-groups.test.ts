import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

// Sentences written for these tests: armed groups coded with the state they operate in.
describe('armed groups', () => {
  it('groups tied to one state keep it, whatever their name suggests', async () => {
    expect((await code('Gunmen believed to belong to the Tehrik-e-Taliban Pakistan killed six policemen in Peshawar.')).map((e) => e.source.country)).toEqual([
      'PAK',
    ]);
    expect((await code('The Kataib Hezbollah militia fired rockets at a military base near Baghdad.'))[0]?.source).toMatchObject({
      country: 'IRQ',
      role: 'REB',
    });
  });

  it('a group active in several states is coded with the state whose forces it attacks', async () => {
    const events = await code('JNIM fighters ambushed a Burkinabe army convoy near Djibo.');
    expect(events.map(brief)).toEqual(['BFA>BFA 190']);
    expect(events[0]!.source.role).toBe('REB');
  });

  it("a state's strike on a rebel group is aimed at its own rebels", async () => {
    const events = await code('Malian army drones struck positions of the Azawad Liberation Front near the Algerian border.');
    expect(events.find((e) => e.cameo.root === '19')).toMatchObject({ source: { country: 'MLI' }, target: { country: 'MLI', role: 'REB' } });
  });

  it("Russian state-linked forces abroad are Russia's military", async () => {
    const events = await code('The Africa Corps attacked a village near Kidal on Sunday.');
    expect(events[0]?.source).toMatchObject({ country: 'RUS', role: 'MIL' });
  });
});

describe('warnings', () => {
  it('"warned X against further attacks" is a warning, not an attack', async () => {
    expect((await code('Israel warned Hezbollah against further attacks.')).map(brief)).toEqual(['ISR>LBN 130']);
  });

  it('warning of famine is no threat', async () => {
    expect(await code('Aid groups warn of famine conditions in several townships of Rakhine.')).toEqual([]);
  });
});
