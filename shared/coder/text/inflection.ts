/**
 * English inflection for compiling the action lexicon: a verb lemma becomes all its surface forms,
 * a noun its plural. Over-generation is harmless (no text says "meeted"), missing a form is not,
 * so regular rules are applied liberally and irregular verbs come from a table.
 */

// lemma → [past, past participle] for the irregular verbs that occur in event language.
const IRREGULAR: Record<string, [string, string]> = {
  be: ['was', 'been'],
  begin: ['began', 'begun'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  bring: ['brought', 'brought'],
  build: ['built', 'built'],
  buy: ['bought', 'bought'],
  catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'],
  come: ['came', 'come'],
  cut: ['cut', 'cut'],
  deal: ['dealt', 'dealt'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  fight: ['fought', 'fought'],
  fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'],
  forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hang: ['hanged', 'hung'],
  have: ['had', 'had'],
  hear: ['heard', 'heard'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  leave: ['left', 'left'],
  lend: ['lent', 'lent'],
  let: ['let', 'let'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  meet: ['met', 'met'],
  overrun: ['overran', 'overrun'],
  overthrow: ['overthrew', 'overthrown'],
  pay: ['paid', 'paid'],
  put: ['put', 'put'],
  quit: ['quit', 'quit'],
  rebuild: ['rebuilt', 'rebuilt'],
  retake: ['retook', 'retaken'],
  rise: ['rose', 'risen'],
  run: ['ran', 'run'],
  say: ['said', 'said'],
  see: ['saw', 'seen'],
  seek: ['sought', 'sought'],
  sell: ['sold', 'sold'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  shake: ['shook', 'shaken'],
  shoot: ['shot', 'shot'],
  shut: ['shut', 'shut'],
  sit: ['sat', 'sat'],
  speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'],
  stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'],
  strike: ['struck', 'struck'],
  swear: ['swore', 'sworn'],
  take: ['took', 'taken'],
  teach: ['taught', 'taught'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'],
  uphold: ['upheld', 'upheld'],
  wage: ['waged', 'waged'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld', 'withheld'],
  write: ['wrote', 'written'],
  beat: ['beat', 'beaten'],
  bear: ['bore', 'borne'],
  bid: ['bid', 'bid'],
  forsake: ['forsook', 'forsaken'],
  overtake: ['overtook', 'overtaken'],
  undo: ['undid', 'undone'],
  do: ['did', 'done'],
  shed: ['shed', 'shed'],
  spread: ['spread', 'spread'],
  split: ['split', 'split'],
  upset: ['upset', 'upset'],
  feel: ['felt', 'felt'],
  find: ['found', 'found'],
  grow: ['grew', 'grown'],
  ride: ['rode', 'ridden'],
  slay: ['slew', 'slain'],
  sink: ['sank', 'sunk'],
  arise: ['arose', 'arisen'],
  foresee: ['foresaw', 'foreseen'],
  mislead: ['misled', 'misled'],
};

export interface VerbForms {
  /** lemma, 3rd person singular, present participle */
  present: string[];
  /** simple past and past participle */
  past: string[];
  participle: string[];
}

const VOWELS = /[aeiou]/;

export function verbForms(lemma: string): VerbForms {
  const l = lemma.toLowerCase();
  const irr = IRREGULAR[l];
  let third: string;
  if (/(s|sh|ch|x|z|o)$/.test(l)) third = `${l}es`;
  else if (/[^aeiou]y$/.test(l)) third = `${l.slice(0, -1)}ies`;
  else third = `${l}s`;
  const ing: string[] = [];
  const ed: string[] = [];
  if (l.endsWith('ie')) {
    ing.push(`${l.slice(0, -2)}ying`);
    ed.push(`${l}d`);
  } else if (l.endsWith('ee') || l.endsWith('ye') || l.endsWith('oe')) {
    ing.push(`${l}ing`);
    ed.push(`${l}d`);
  } else if (l.endsWith('e')) {
    ing.push(`${l.slice(0, -1)}ing`);
    ed.push(`${l}d`);
  } else if (/[^aeiou]y$/.test(l)) {
    ing.push(`${l}ing`);
    ed.push(`${l.slice(0, -1)}ied`);
  } else {
    ing.push(`${l}ing`);
    ed.push(`${l}ed`);
    // consonant doubling (ban → banned, commit → committed): generated for any CVC ending
    const last = l[l.length - 1];
    if (last !== undefined && /[bdgklmnprtvz]/.test(last) && VOWELS.test(l[l.length - 2] ?? '') && !VOWELS.test(l[l.length - 3] ?? 'a')) {
      ing.push(`${l}${last}ing`);
      ed.push(`${l}${last}ed`);
    }
  }
  if (l.endsWith('c')) {
    ing.push(`${l}king`);
    ed.push(`${l}ked`);
  }
  const past = irr ? [irr[0], ...(irr[0] === irr[1] ? [] : [])] : ed;
  const participle = irr ? [irr[1]] : ed;
  if (l === 'be') return { present: ['be', 'is', 'are', 'am', 'being'], past: ['was', 'were'], participle: ['been'] };
  return { present: [l, third, ...ing], past, participle };
}

export function allVerbForms(lemma: string): string[] {
  const f = verbForms(lemma);
  return [...new Set([...f.present, ...f.past, ...f.participle])];
}

/** Singular and plural of a noun ("sanction" → sanction, sanctions; "talks" stays). */
export function nounForms(noun: string): string[] {
  const n = noun.toLowerCase();
  const out = new Set([n]);
  if (/(s|sh|ch|x|z)$/.test(n)) out.add(`${n}es`);
  else if (/[^aeiou]o$/.test(n))
    out.add(`${n}es`).add(`${n}s`); // embargoes, vetoes; also "photos"
  else if (/[^aeiou]y$/.test(n)) out.add(`${n.slice(0, -1)}ies`);
  else out.add(`${n}s`);
  if (n.endsWith('s') && !n.endsWith('ss')) out.add(n.slice(0, -1));
  return [...out];
}
