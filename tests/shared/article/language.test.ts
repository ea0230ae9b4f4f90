import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLetters, looksEnglish } from '../../../shared/article/language.ts';

describe('looksEnglish', () => {
  it('accepts English news prose', () => {
    expect(
      looksEnglish(
        'South Korean President Lee Jae Myung and Chinese President Xi Jinping signed six cooperation agreements in Beijing on Monday, as the two leaders sought to steady ties strained by years of disputes.',
      ),
    ).toBe(true);
  });

  it.each([
    [
      'French',
      "Le président français a rencontré son homologue allemand à Berlin lundi pour discuter de la guerre en Ukraine et de la politique commerciale de l'Union européenne.",
    ],
    [
      'Spanish',
      'El presidente del Gobierno español se reunió el lunes con su homólogo portugués en Lisboa para firmar varios acuerdos de cooperación energética y comercial.',
    ],
    [
      'German',
      'Der Bundeskanzler hat am Montag in Berlin den französischen Präsidenten empfangen, um über den Krieg in der Ukraine und die gemeinsame Handelspolitik zu sprechen.',
    ],
    ['Chinese', '韩国总统李在明周一在北京与中国国家主席习近平举行会谈，双方签署了六项合作协议。'],
    ['Italian', 'Il presidente del Consiglio ha incontrato il cancelliere tedesco a Roma per discutere della guerra e delle politiche commerciali.'],
    ['Portuguese', 'O presidente brasileiro se reuniu com o primeiro-ministro português em Lisboa para assinar acordos de cooperação.'],
    ['Russian', 'Министр иностранных дел России заявил в понедельник, что Москва ответит на высылку своих дипломатов из Польши.'],
  ])('rejects %s', (_language, text) => {
    expect(looksEnglish(text)).toBe(false);
  });

  it.each([
    'Riot police fired tear gas to scatter protesters outside the parliament in Belgrade.',
    'Naval forces seized two fishing boats near disputed islands, coast guard officials reported Monday.',
    'Rebels shelled government positions overnight, army spokesmen said.',
  ])('accepts a short English sentence with few function words: %s', (sentence) => {
    expect(looksEnglish(sentence)).toBe(true);
  });

  it('rejects a long text in a language without a function-word list (Indonesian)', () => {
    const indonesian =
      'Presiden Indonesia bertemu dengan Perdana Menteri Malaysia di Jakarta pada hari Senin untuk membahas kerja sama ekonomi, perdagangan, perbatasan laut, pendidikan, kesehatan, energi terbarukan, serta perlindungan pekerja migran di kedua negara tetangga yang memiliki hubungan sejarah panjang dan budaya serupa sejak lama.';
    expect(indonesian.split(' ').length).toBeGreaterThanOrEqual(40);
    expect(looksEnglish(indonesian)).toBe(false);
  });

  it('reads the particles of Arabic names as parts of names, not as Spanish or French words', () => {
    expect(looksEnglish('Sudanese army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday.')).toBe(true);
    expect(looksEnglish('El presidente de la república habló con los ministros del gobierno sobre la crisis en el país.')).toBe(false);
  });

  it('gives short texts the benefit of the doubt, but not texts without letters', () => {
    expect(looksEnglish('Xi meets Lee')).toBe(true);
    expect(looksEnglish('12345 -- 678')).toBe(false);
  });

  it('examines only the head of a very long text', () => {
    const english = 'The minister said that the talks were held in a friendly atmosphere and would continue. ';
    expect(looksEnglish(english.repeat(20_000))).toBe(true);
  });

  it('judges by the text when the page declares another language, and lets the declared language settle only texts too short to judge', () => {
    const english = 'The foreign ministers of the two countries said joint patrols would begin in March and that detained fishermen would be released.';
    const spanish = 'Los ministros de los dos países dijeron que las patrullas conjuntas comenzarían en marzo y que los pescadores serían liberados.';
    expect(looksEnglish(english, 'es')).toBe(true); // an English wire story on a Spanish-language site
    expect(looksEnglish(spanish, 'en-US')).toBe(false); // a template that declares English on every page
    expect(looksEnglish('Xi meets Lee', 'fr-FR')).toBe(false);
    expect(looksEnglish('Xi meets Lee', 'en-GB')).toBe(true);
    expect(looksEnglish('Xi meets Lee', null)).toBe(true);
  });
});

describe('countLetters', () => {
  // The regular expressions it replaces (one array entry per letter) are the oracle.
  const oracle = (text: string) => ({ letters: text.match(/\p{L}/gu)?.length ?? 0, latin: text.match(/[A-Za-z]/g)?.length ?? 0 });
  const mixed = fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', 'Z', ' ', '-', "'", '@', '[', '`', '{', '1', 'é', 'Ł', 'ß', 'ж', '中', 'ا', '\u0301', '😀', '𝐀', '\ud800'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 60,
  });

  it('counts what /\\p{L}/gu and /[A-Za-z]/g match, letter by letter, in any script', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(countLetters(text)).toEqual(oracle(text));
      }),
    );
  });

  it('counts a letter outside the Basic Multilingual Plane once', () => {
    expect(countLetters('𝐀b')).toEqual({ letters: 2, latin: 1 });
  });
});
