import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

describe('names given respectively to a pair of nationalities', () => {
  it('"his Guyanese and Venezuelan counterparts, Hugh Todd and Yvan Gil": each surname is that state\'s official', async () => {
    const events = await code(
      'Brazilian Foreign Minister Mauro Vieira telephoned his Guyanese and Venezuelan counterparts, Hugh Todd and Yvan Gil, on Wednesday.\n\nGil rejected any mediation by Brazil.\n\nTodd welcomed the offer by Brazil.',
    );
    const briefs = events.map(brief);
    expect(briefs.filter((b) => b.startsWith('VEN>BRA 12'))).toHaveLength(1);
    expect(briefs.filter((b) => b.startsWith('GUY>') && b.includes(' 12'))).toEqual([]);
    expect(briefs.filter((b) => b.startsWith('GUY>')).map((b) => b.slice(0, 10))).toEqual(['GUY>BRA 05']);
  });

  it('needs two names in the same order, not one', async () => {
    const events = await code('Brazil telephoned its Guyanese and Venezuelan counterparts, Hugh Todd, on Wednesday.\n\nTodd rejected any mediation by Brazil.');
    expect(events.filter((e) => e.cameo.root === '12').map((e) => e.source.country)).not.toContain('VEN');
  });
});
