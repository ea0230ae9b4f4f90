import { describe, expect, it } from 'vitest';
import { isAgendaHeading } from '../../../../shared/coder/events/agenda.ts';
import { code } from '../helpers.ts';

// A briefing published on Friday 2026-11-20, written for these tests.
const BRIEFING = [
  'Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday.',
  '',
  'The week ahead',
  'Monday: Indian Prime Minister Narendra Modi to visit Tokyo.',
  'Thursday — Chinese FM Wang Yi travels to Pyongyang.',
  'On Wednesday, Japan protested to China over a coast guard incursion.',
  '',
  'Week in review',
  'Thursday — Iran summons the British ambassador.',
].join('\n');

describe('a briefing\'s agenda: "The week ahead"', () => {
  it('an act told in the present under the heading is a plan, dated on the weekday to come', async () => {
    const events = await code(BRIEFING, '2026-11-20');
    const trip = events.find((e) => e.source.country === 'CHN' && e.target?.country === 'PRK');
    expect(trip).toMatchObject({ cameo: { code: '036' }, modality: 'planned', date: '2026-11-26' });
    expect(events.find((e) => e.source.country === 'IND')).toMatchObject({ cameo: { code: '036' }, modality: 'planned', date: '2026-11-23' });
  });

  it('what the section tells in the past tense happened, and the next heading ends the section', async () => {
    const events = await code(BRIEFING, '2026-11-20');
    expect(events.find((e) => e.source.country === 'JPN')).toMatchObject({ cameo: { code: '114' }, modality: 'asserted', date: '2026-11-18' });
    expect(events.find((e) => e.source.country === 'IRN')).toMatchObject({ cameo: { code: '114' }, modality: 'asserted', date: '2026-11-19' });
    expect(events.find((e) => e.source.country === 'CHN' && e.target?.country === 'RUS')).toMatchObject({ modality: 'asserted', date: '2026-11-19' });
  });

  it('a sentence about an agenda opens none, a lead-in closes one, and only entries that open with their day are plans', async () => {
    const packed = await code('The agenda is packed.\nZelensky meets Starmer in London.', '2026-11-20');
    expect(packed.find((e) => e.source.country === 'UKR')).toMatchObject({ modality: 'asserted' });
    const closed = await code(
      'The week ahead\nMonday: Indian Prime Minister Narendra Modi to visit Tokyo.\nIn other news:\nThursday — Iran summons the British ambassador.',
      '2026-11-20',
    );
    expect(closed.find((e) => e.source.country === 'IRN')).toMatchObject({ cameo: { code: '114' }, modality: 'asserted' });
    const undated = await code('The week ahead\nMonday: Modi visits Tokyo.\nMacron hosts Carney in Paris.', '2026-11-20');
    expect(undated.find((e) => e.source.country === 'FRA')).toMatchObject({ modality: 'asserted' });
  });

  it('headings of an agenda, not sentences that open alike', () => {
    for (const h of ['The week ahead', 'Week ahead:', 'Coming up', 'What to watch for', 'Looking ahead', 'On the agenda'])
      expect(isAgendaHeading(h), h).toBe(true);
    for (const s of ['Week in review', 'Coming up with a plan to end the war was the hard part, officials said.', 'Diary of a siege'])
      expect(isAgendaHeading(s), s).toBe(false);
  });
});
