import { describe, expect, it } from 'vitest';
import { brief, code } from '../helpers.ts';

// Sentences written for these tests.
const briefs = async (text: string) => (await code(text)).map(brief).sort();

describe('a speaker set off by an aside, then "said" and a reported clause without "that"', () => {
  it('the party after "said" opens the reported clause; a later party is its object, not an inverted speaker', async () => {
    expect(await briefs('Lavrov, speaking in Moscow, said Russia condemned Finland.')).toEqual(['RUS>FIN 111']);
    expect(await briefs('Egypt, a key ally, said it condemned Israel.')).toEqual(['EGY>ISR 111']);
    expect(await briefs("Egypt, a key ally of Washington, said it supported Sudan's army.")).toEqual(['EGY>SDN 051']);
  });

  it('an attribution after the words said stays one: ", said Lavrov", \'"…," said the ministry\'', async () => {
    expect(await briefs('Russia expelled two Finnish diplomats, said Lavrov.')).toEqual(['RUS>FIN 161']);
    expect(await briefs('Russia expelled two Finnish diplomats, said the foreign ministry in Moscow.')).toEqual(['RUS>FIN 161']);
    // (the words before are the speaker's: a threat by Russia, not one by Finland)
    expect(await briefs('"Finland will regret this," said Russian Foreign Minister Sergei Lavrov.')).toEqual(['RUS>FIN 130']);
  });
});
