import { describe, expect, it } from 'vitest';
import { isEditorsNote } from '../../../../shared/coder/text/editors-note.ts';
import { briefsOf, code } from '../helpers.ts';

const sentence = (text: string) => ({ text, start: 0, end: text.length, index: 0 });

// Notes written for these tests (2026-12-07) in the form agencies put above an updated story.
describe("an agency's note on how the story was updated", () => {
  it.each([
    '(Adds Indian foreign ministry comment in paragraph 9, UNHCR appeal in paragraph 11)',
    '(Updates with minister remarks)',
    '(Recasts, adds details)',
    '(Corrects in paragraph 4 to show Russia expelled two Polish diplomats, not four)',
    '(UPDATES with Kremlin comment)',
    '(Recasts)',
  ])('%s is a note', (text) => expect(isEditorsNote(sentence(text))).toBe(true));

  it.each([
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Adds to the pressure on Moscow.',
    '(The ministry adds that talks will resume)',
    '(Changes in U.S. policy toward Cuba were announced after Cuba released prisoners.)',
  ])('%s is none', (text) => expect(isEditorsNote(sentence(text))).toBe(false));

  it('codes nothing: "Russian visit in paragraph 12" is no visit', async () => {
    const events = await code(
      'Japan protests North Korean launch\n\n(Adds Japanese protest in paragraph 7, Russian visit to Pyongyang in paragraph 12)\n\nTOKYO, Sept 14 (Reuters) - Japan lodged a protest with North Korea on Monday.',
    );
    expect(briefsOf(events)).toEqual(['JPN>PRK 114']);
  });
});
