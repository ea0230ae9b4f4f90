/**
 * Generates the benchmark corpus for `npm run bench:extract`: synthetic wire-style articles built
 * from sentence templates (events of every CAMEO family, reported speech, background, analysis,
 * dates, page debris), with a fixed seed so the corpus is identical on every machine.
 * The text is written for the benchmark, not taken from any evaluation set.
 *
 *   npx tsx bench/corpus/generate.ts   (rewrites bench/corpus/articles/*.txt)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), 'articles');
let seed = 20260105;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const STATES = [
  ['Japan', 'Japanese', 'Tokyo'], ['China', 'Chinese', 'Beijing'], ['South Korea', 'South Korean', 'Seoul'], ['Russia', 'Russian', 'Moscow'],
  ['the United States', 'U.S.', 'Washington'], ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazilian', 'Brasilia'], ['Turkey', 'Turkish', 'Ankara'], ['Iran', 'Iranian', 'Tehran'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['Kenya', 'Kenyan', 'Nairobi'], ['Ukraine', 'Ukrainian', 'Kyiv'], ['Poland', 'Polish', 'Warsaw'],
  ['Mexico', 'Mexican', 'Mexico City'], ['Indonesia', 'Indonesian', 'Jakarta'], ['Pakistan', 'Pakistani', 'Islamabad'], ['Israel', 'Israeli', 'Jerusalem'],
] as const;
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Interior Minister'];
const NAMES = ['Adebayo Okafor', 'Maria Lindqvist', 'Kenji Morita', 'Carlos Mendes', 'Amira Haddad', 'Pavel Novak', 'Leila Rahimi', 'Tomasz Wrona', 'Ana Costa', 'Rahul Mehta'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'earlier this month', 'on Saturday', 'late on Sunday', 'in March'];
const TOPICS = ['trade', 'energy security', 'migration', 'climate finance', 'maritime security', 'nuclear safety', 'food security', 'debt relief', 'public health', 'technology'];

type S = readonly [string, string, string];
const subj = (s: S) => pick([s[0], `${s[1]} ${pick(TITLES)} ${pick(NAMES)}`, s[2], `the ${s[1]} government`, `${s[0]}'s foreign ministry`]);
const obj = (s: S) => pick([s[0], `${s[1]} ${pick(TITLES).toLowerCase()} ${pick(NAMES)}`, s[2], `the ${s[1]} government`]);

const EVENT_TEMPLATES: ((a: S, b: S) => string)[] = [
  (a, b) => `${subj(a)} met ${obj(b)} in ${b[2]} ${pick(DAYS)} to discuss ${pick(TOPICS)}.`,
  (a, b) => `${subj(a)} is scheduled to visit ${b[0]} next month for talks on ${pick(TOPICS)}, officials said.`,
  (a, b) => `${subj(a)} and ${obj(b)} signed an agreement on ${pick(TOPICS)} ${pick(DAYS)}.`,
  (a, b) => `${subj(a)} accused ${obj(b)} of violating the ceasefire along the border.`,
  (a, b) => `${subj(a)} condemned the missile test carried out by ${b[0]} ${pick(DAYS)}.`,
  (a, b) => `${subj(a)} urged ${obj(b)} to return to negotiations without preconditions.`,
  (a, b) => `${subj(a)} threatened to impose sanctions on ${b[0]} if the talks collapse.`,
  (a, b) => `${subj(a)} refused to meet the ${b[1]} delegation, according to state media.`,
  (a, b) => `${subj(a)} announced it would provide humanitarian aid to ${b[0]} after the floods.`,
  (a, b) => `${b[1]} troops were attacked by ${a[1]} forces near the disputed town ${pick(DAYS)}.`,
  (a, b) => `${subj(a)} expelled two ${b[1]} diplomats over spying allegations.`,
  (a, b) => `${subj(a)} praised ${b[0]}'s efforts to stabilise the region.`,
  (a, b) => `${subj(a)} rejected a proposal by ${obj(b)} to hold a summit ${pick(DAYS)}.`,
  (a, _b) => `Thousands of ${a[1]} workers staged a general strike in ${a[2]} ${pick(DAYS)} to demand higher wages.`,
  (a, b) => `${subj(a)} hosted ${obj(b)} for two days of talks on ${pick(TOPICS)}.`,
  (a, b) => `${subj(a)} did not agree to lift the restrictions on ${b[1]} imports, a spokesman said.`,
  (a, b) => `${subj(a)} deployed additional troops to its border with ${b[0]} ${pick(DAYS)}.`,
  (a, b) => `${subj(a)} called for the release of ${b[1]} journalists detained in ${a[2]}.`,
  (a, b) => `${a[1]} police arrested dozens of protesters outside the ${b[1]} embassy in ${a[2]}.`,
  (a, b) => `${subj(a)} and ${obj(b)} agreed to resume flights between their capitals.`,
  (a, b) => `${subj(a)} telephoned ${obj(b)} ${pick(DAYS)} to discuss the crisis.`,
  (a, b) => `${subj(a)} warned that it could cut gas supplies to ${b[0]}.`,
  (a, b) => `${subj(a)} apologised to ${b[0]} for the incident at sea.`,
  (a, b) => `${subj(a)}'s visit to ${b[2]} was cancelled after the attack.`,
];
const FILLER: ((a: S, b: S) => string)[] = [
  (a, b) => `Relations between ${a[0]} and ${b[0]} have been strained for years over ${pick(TOPICS)} and historical grievances.`,
  (a, _b) => `Analysts say the move could strengthen ${a[0]}'s hand in regional negotiations.`,
  (a, _b) => `${a[0]} is the region's largest economy and a major exporter of manufactured goods.`,
  (_a, b) => `The statement did not say when the next round of discussions would take place, and ${b[1]} officials declined to give details.`,
  (a, _b) => `"We are committed to dialogue and to the security of our people," the ${a[1]} spokesman told reporters at a briefing.`,
  (a, b) => `Trade between ${a[0]} and ${b[0]} reached a record level last year, according to customs data released in January.`,
  (_a, _b) => `The talks are expected to focus on ${pick(TOPICS)} and ${pick(TOPICS)}, two issues that have long divided the governments.`,
  (a, _b) => `Opposition lawmakers in ${a[2]} have criticised the government's approach as too cautious.`,
  (_a, _b) => `If the negotiations fail, experts believe the dispute could escalate further.`,
  (_a, _b) => `The ministry published a summary of the meeting on its website, along with photographs of the delegations.`,
];

const ARTICLES = 100;
const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let sentences = 0;
for (let n = 1; n <= ARTICLES; n++) {
  const a = pick(STATES);
  let b = pick(STATES);
  while (b === a) b = pick(STATES);
  const lines: string[] = [`${a[0]} and ${b[0]}: ${pick(TOPICS)} on the agenda`];
  const paragraphs = 5 + Math.floor(rand() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const para: string[] = [];
    const k = 3 + Math.floor(rand() * 3);
    for (let i = 0; i < k; i++) para.push(cap(rand() < 0.55 ? pick(EVENT_TEMPLATES)(a, b) : pick(FILLER)(a, b)));
    sentences += para.length;
    lines.push(para.join(' '));
  }
  lines.push('', 'Leave a Reply');
  const day = String(1 + ((n * 7) % 28)).padStart(2, '0');
  writeFileSync(join(out, `2026-01-${day}_bench-${String(n).padStart(3, '0')}.txt`), `${lines.join('\n')}\n`);
}
console.log(`wrote ${ARTICLES} articles, ${sentences} body sentences, to ${out}`);
