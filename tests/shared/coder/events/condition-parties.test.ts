import { describe, expect, it } from 'vitest';
import { briefsOf, code } from '../helpers.ts';

// Sentences written for these tests (2026-12-07).
describe('a threat is aimed at whoever its condition is about', () => {
  it('a fronted condition with a coordinated subject: each member', async () => {
    const events = await code(
      'Azerbaijan and Turkmenistan signed a pipeline memorandum on Wednesday. "If Baku and Ashgabat start construction without an assessment, Russia will take all necessary measures," she said.',
    );
    expect(briefsOf(events, (e) => e.cameo.root === '13')).toEqual(['RUS>AZE 130', 'RUS>TKM 130']);
  });

  it('a condition after the threat, in its clause: its subject, not a party inside it', async () => {
    const events = await code('The EU warned Georgia on Monday. Russia said it would take all necessary measures if Finland allowed NATO bases on its soil.');
    expect(briefsOf(events, (e) => e.source.country === 'RUS')).toEqual(['RUS>FIN 130']);
  });

  it("a condition of another clause is not the threat's", async () => {
    const events = await code('Serbia warned Kosovo against the move, and officials said talks could resume if Brussels agreed to host them.');
    expect(events.some((e) => e.cameo.root === '13' && e.target?.country === 'EUR')).toBe(false);
  });
});
