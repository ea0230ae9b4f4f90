import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiplomaticEventSchema } from '../../../shared/model/diplomatic-event.ts';
import { article, extractor } from './helpers.ts';

// Words the coder reacts to, mixed with noise, so generated texts reach the deeper code paths.
const WORDS = [
  'China',
  'Japan',
  "Korea's",
  'Seoul',
  'the',
  'and',
  'met',
  'will',
  'not',
  'refused',
  'to',
  'visit',
  'attack',
  'on',
  'Tuesday',
  ',',
  '.',
  'both',
  'sides',
  'he',
  'they',
  'its',
  'U.S.',
  'sanctions',
  'imposed',
  'if',
  'analysts',
  'say',
  'was',
  'invited',
  'by',
  'in',
  '2016',
  'later',
  'this',
  'month',
  '“',
  '”',
  "'s",
  '-',
  'President',
  'Xi',
  'Lee',
  'agreed',
  'urged',
  'must',
  'that',
  '\n',
  'Leave a Reply',
  '€',
  '北京',
  '\u0000',
];

describe('RuleBasedExtractor robustness', () => {
  it('never throws and only emits schema-valid events with offsets into the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 80 }), async (parts) => {
        const body = parts.join(' ');
        const { events } = await extractor.extract(article(body));
        for (const e of events) {
          DiplomaticEventSchema.parse(e);
          expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a sentence that opens with an infinitive marker ("to agreed !", a counterexample fast-check found) codes without throwing', async () => {
    await expect(extractor.extract(article('to agreed !'))).resolves.toBeDefined();
    await expect(extractor.extract(article('to send aid'))).resolves.toBeDefined();
  });

  it('handles a very long article', async () => {
    const body = 'Japan criticized China on Monday. Analysts say nothing will change. '.repeat(2000);
    const { events } = await extractor.extract(article(body));
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions).toBe(2000);
  });
});
