import { describe, expect, it } from 'vitest';
import { amountTokens } from '../../../../shared/coder/text/amounts.ts';
import { tokenize } from '../../../../shared/coder/text/tokenizer.ts';

function chunks(text: string): string {
  const tokens = tokenize(text, 0);
  const inside = amountTokens(tokens);
  return tokens.map((t, i) => (inside.has(i) ? `[${t.text}]` : t.text)).join(' ');
}

describe('amountTokens', () => {
  it('takes a number with its symbol, scale, currency and a conversion in brackets as one amount', () => {
    expect(chunks('announced 20 million pounds ($27 million) in aid')).toBe('announced [20] [million] [pounds] [(] [$] [27] [million] [)] in aid');
    expect(chunks('gave €120 million and US$1.5bn')).toBe('gave [€] [120] [million] and [US] [$] [1.5] [bn]');
  });

  it('takes a number with its scale written on as money after a currency symbol, "30m" alone as a length', () => {
    expect(chunks('promised an extra $30m (£23m) for the force')).toBe('promised an extra [$] [30m] [(] [£] [23m] [)] for the force');
    expect(chunks('sailed 30m from the coast')).toBe('sailed 30m from the coast');
  });

  it('leaves numbers that are no money alone: years, counts, quantities', () => {
    expect(chunks('sent 3,000 tonnes in 2026 to 14 villages')).toBe('sent 3,000 tonnes in 2026 to 14 villages');
    // brackets after an amount that hold no number are not a conversion
    expect(chunks('pledged $5 million (about a third)')).toBe('pledged [$] [5] [million] ( about a third )');
  });

  it('takes "worth of" after an amount as part of it: the measure of what follows', () => {
    expect(chunks('fund $400 million worth of drones')).toBe('fund [$] [400] [million] [worth] [of] drones');
    expect(chunks('a year worth of talks')).toBe('a year worth of talks');
  });
});
