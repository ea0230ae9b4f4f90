import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../../shared/article/paragraphs.ts';

const long = (words: number, seed: string) => `The ${Array.from({ length: words }, (_, i) => `${seed}${i}`).join(' ')}.`;

describe('toParagraphs', () => {
  it('keeps one paragraph per line, subheadings apart, when lines are long (text pasted from a page)', () => {
    const p1 = long(40, 'alpha');
    const p2 = long(35, 'beta');
    const text = `\n${p1}\nTalks and Agenda\n${p2}\n\n\nLeave a Reply\n`;
    expect(toParagraphs(text)).toEqual([p1, 'Talks and Agenda', p2]);
  });

  it('joins the wraps of hard-wrapped text but not after a heading or a sentence end', () => {
    const text = [
      'Envoys meet in Doha',
      '',
      'The two delegations met on Friday in the Qatari capital for a third round',
      'of talks on a ceasefire, officials from both sides told reporters in Doha.',
      'The talks will resume next week, the Qatari foreign ministry said in a',
      'statement issued late on Friday evening after the session had ended.',
      '',
      'Background',
      'Fighting in the region has displaced more than a million people this year',
      'according to United Nations estimates published in September.',
    ].join('\n');
    expect(toParagraphs(text)).toEqual([
      'Envoys meet in Doha',
      'The two delegations met on Friday in the Qatari capital for a third round of talks on a ceasefire, officials from both sides told reporters in Doha.',
      'The talks will resume next week, the Qatari foreign ministry said in a statement issued late on Friday evening after the session had ended.',
      'Background',
      'Fighting in the region has displaced more than a million people this year according to United Nations estimates published in September.',
    ]);
  });

  it('continues a sentence broken before a lower-case word in every mode', () => {
    expect(toParagraphs('The minister said\nthe talks went well.', 'lines')).toEqual(['The minister said the talks went well.']);
  });

  it('treats each Markdown block as one paragraph', () => {
    expect(toParagraphs('One line\nSecond Line\n\nAnother block.', 'blocks')).toEqual(['One line Second Line', 'Another block.']);
  });

  it('breaks the paragraph at a debris line instead of joining around it', () => {
    expect(toParagraphs('First paragraph ends here\nAdvertisement\nSecond starts here', 'blocks')).toEqual(['First paragraph ends here', 'Second starts here']);
  });
});
