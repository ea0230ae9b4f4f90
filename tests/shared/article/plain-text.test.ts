import { describe, expect, it } from 'vitest';
import { looksLikeHeadline, parsePlainText } from '../../../shared/article/plain-text.ts';

describe('parsePlainText', () => {
  it('takes a short first line without final punctuation as the title', () => {
    const parsed = parsePlainText('Seoul and Beijing sign six agreements\n\nBEIJING, March 9 - Leaders met.\n\nThey signed deals.');
    expect(parsed.title).toBe('Seoul and Beijing sign six agreements');
    expect(parsed.body).toBe('BEIJING, March 9 - Leaders met.\n\nThey signed deals.');
  });

  it('keeps a first line that is a sentence as body', () => {
    const parsed = parsePlainText('Japan said on Monday it would send aid.\nThe aid arrives on Friday.');
    expect(parsed.title).toBeNull();
    expect(parsed.body).toBe('Japan said on Monday it would send aid.\n\nThe aid arrives on Friday.');
  });

  it('does not take a lone line as title: a one-line article is all body', () => {
    expect(parsePlainText('Leaders meet in Tokyo').title).toBeNull();
  });

  it('joins hard-wrapped lines inside blank-line separated paragraphs', () => {
    const parsed = parsePlainText('Headline here\n\nThe president met\nthe premier on Monday.\n\nTalks went well.');
    expect(parsed.body).toBe('The president met the premier on Monday.\n\nTalks went well.');
  });

  it('removes page debris anywhere in the text and normalises whitespace and CRLF', () => {
    const text =
      'Poland expels diplomats\r\n\r\nWARSAW -  Poland   expelled three diplomats.\r\n\r\nAdvertisement\r\n\r\nRussia vowed to respond.\r\n\r\nShare this:\r\nFacebook\r\nRelated posts\r\nLeave a Reply\r\nCancel reply\r\n';
    const parsed = parsePlainText(text);
    expect(parsed.title).toBe('Poland expels diplomats');
    expect(parsed.body).toBe('WARSAW - Poland expelled three diplomats.\n\nRussia vowed to respond.');
  });

  it('recognises headlines', () => {
    expect(looksLikeHeadline('North Korea threatens "overwhelming response" as drills begin')).toBe(true);
    expect(looksLikeHeadline('EU imposes sanctions on Belarus; Minsk denies role')).toBe(true);
    expect(looksLikeHeadline('The talks ended on Monday.')).toBe(false);
    expect(looksLikeHeadline('He said:')).toBe(false);
    expect(looksLikeHeadline('He said, "We agree."')).toBe(false);
    expect(looksLikeHeadline('2026')).toBe(false);
    expect(looksLikeHeadline('word '.repeat(30).trim())).toBe(false);
  });
});
