import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';
import { allVerbForms, nounForms } from '../../../../shared/coder/text/inflection.ts';

describe('tokenize', () => {
  it('splits possessives, negations and hyphens, keeping dotted acronyms whole', () => {
    const t = tokenize("The U.S. didn't back Korea’s cease-fire plan.");
    expect(t.map((x) => x.norm)).toEqual(['the', 'u.s.', 'did', 'not', 'back', 'korea', "'s", 'cease', '-', 'fire', 'plan', '.']);
  });

  it('reports offsets relative to the given base', () => {
    const t = tokenize('Seoul agreed', 100);
    expect(t[1]).toMatchObject({ text: 'agreed', start: 106, end: 112, cap: false });
    expect(t[0]!.cap).toBe(true);
  });

  it('maps "won\'t" to will + not', () => {
    expect(tokenize("Tokyo won't attend").map((x) => x.norm)).toEqual(['tokyo', 'will', 'not', 'attend']);
  });
});

describe('inflection', () => {
  it('generates regular, doubled and irregular verb forms', () => {
    expect(allVerbForms('agree')).toEqual(expect.arrayContaining(['agree', 'agrees', 'agreed', 'agreeing']));
    expect(allVerbForms('ban')).toEqual(expect.arrayContaining(['banned', 'banning', 'bans']));
    expect(allVerbForms('meet')).toEqual(expect.arrayContaining(['met', 'meets', 'meeting']));
    expect(allVerbForms('deny')).toEqual(expect.arrayContaining(['denied', 'denies', 'denying']));
  });

  it('pluralises nouns', () => {
    expect(nounForms('sanction')).toContain('sanctions');
    expect(nounForms('embargo')).toContain('embargoes');
    expect(nounForms('ally')).toContain('allies');
  });
});
