/**
 * How a verb that takes an action as its complement changes that action's code:
 * "threatened to cut aid" is a threat (1311), "refused to meet" a rejection (125), "urged X to
 * withdraw" an appeal (0256), "will impose sanctions" an intent (here a threat, 1312), "agreed to
 * provide aid" an intent to cooperate (0331). Tables are by the embedded code's CAMEO family, so
 * every lexicon entry combines with every complement verb without further patterns.
 */
export type ComplementKind = 'intent' | 'threat' | 'refusal' | 'appeal' | 'demand' | 'command';

/** Lexicon verbs that govern a complement action, keyed by lemma. */
export const COMPLEMENT_VERBS: ReadonlyMap<string, ComplementKind> = new Map([
  ['agree', 'intent'],
  ['promise', 'intent'],
  ['pledge', 'intent'],
  ['vow', 'intent'],
  ['offer', 'intent'],
  ['commit', 'intent'],
  ['accept', 'intent'],
  ['decide', 'intent'],
  ['swear', 'intent'],
  ['threaten', 'threat'],
  ['warn', 'threat'],
  ['refuse', 'refusal'],
  ['decline', 'refusal'],
  ['reject', 'refusal'],
  ['fail', 'refusal'],
  ['oppose', 'refusal'],
  ['urge', 'appeal'],
  ['call', 'appeal'],
  ['ask', 'appeal'],
  ['appeal', 'appeal'],
  ['invite', 'appeal'],
  ['encourage', 'appeal'],
  ['request', 'appeal'],
  ['demand', 'demand'],
  ['insist', 'demand'],
  ['press', 'demand'],
  ['pressure', 'demand'],
  ['order', 'command'],
  ['push', 'demand'],
]);

/** Longest-prefix lookup: the most specific code family listed wins. */
function byPrefix(table: Record<string, string>, code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit !== undefined) return hit;
  }
  return null;
}

// Intent to do an action. Cooperative actions become 03x; conflictual ones become threats (13x).
const INTENT: Record<string, string> = {
  '02': '020',
  '03': '030',
  '04': '036',
  '045': '039',
  '046': '036',
  '05': '032',
  '057': '030',
  '054': '032',
  '06': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '07': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '075': '033',
  '08': '035',
  '081': '0351',
  '082': '0352',
  '083': '034',
  '0831': '0341',
  '0832': '0342',
  '084': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
  '0871': '037',
  '09': '090',
  '10': '100',
  '11': '110',
  '12': '120',
  '13': '130',
  '14': '133',
  '15': '138',
  '16': '131',
  '161': '1313',
  '162': '1311',
  '163': '1312',
  '164': '134',
  '165': '135',
  '166': '136',
  '17': '137',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '18': '1383',
  '19': '138',
  '191': '1381',
  '192': '1382',
  '190': '1384',
  '193': '1384',
  '194': '1384',
  '195': '1384',
  '20': '1385',
};

// Refusing to do an action (or "did not" do a cooperative one).
const REFUSAL: Record<string, string> = {
  '02': '120',
  '03': '120',
  '036': '125',
  '04': '125',
  '045': '126',
  '038': '126',
  '05': '120',
  '057': '127',
  '054': '120',
  '06': '121',
  '061': '1211',
  '062': '1212',
  '07': '122',
  '071': '1221',
  '072': '1222',
  '073': '1223',
  '074': '1224',
  '075': '122',
  '08': '124',
  '081': '1241',
  '0813': '1241',
  '0814': '1241',
  '082': '1242',
  '083': '123',
  '0831': '1231',
  '0832': '1232',
  '084': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
  '09': '120',
  '10': '120',
  '12': '120',
};

const APPEAL: Record<string, string> = {
  '02': '020',
  '03': '020',
  '04': '026',
  '045': '028',
  '039': '028',
  '05': '022',
  '057': '027',
  '06': '021',
  '061': '0211',
  '062': '0212',
  '063': '0213',
  '064': '0214',
  '07': '023',
  '071': '0231',
  '072': '0232',
  '073': '0233',
  '074': '0234',
  '08': '025',
  '081': '0251',
  '082': '0252',
  '083': '024',
  '0831': '0241',
  '0832': '0242',
  '084': '0253',
  '085': '0254',
  '086': '0255',
  '087': '0256',
  '0874': '0256',
  '09': '020',
  '10': '020',
  '11': '020',
  '12': '020',
  '13': '020',
  '14': '020',
  '15': '020',
  '16': '020',
  '17': '020',
  '18': '020',
  '19': '020',
  '20': '020',
};

const DEMAND: Record<string, string> = {
  '02': '100',
  '03': '100',
  '04': '106',
  '045': '108',
  '05': '102',
  '057': '107',
  '06': '101',
  '061': '1011',
  '062': '1012',
  '063': '1013',
  '064': '1014',
  '07': '103',
  '071': '1031',
  '072': '1032',
  '073': '1033',
  '074': '1034',
  '08': '105',
  '081': '1051',
  '082': '1052',
  '083': '104',
  '0831': '1041',
  '0832': '1042',
  '084': '1053',
  '085': '1054',
  '086': '1055',
  '087': '1056',
  '0874': '1056',
  '09': '100',
  '10': '100',
  '11': '100',
  '12': '100',
  '13': '100',
  '14': '100',
  '15': '100',
  '16': '100',
  '17': '100',
  '18': '100',
  '19': '100',
  '20': '100',
};

/** Code of "complement verb + embedded action", or null when the combination is not an event. */
export function combine(kind: ComplementKind, embedded: string): string | null {
  switch (kind) {
    case 'intent':
      return byPrefix(INTENT, embedded);
    case 'threat': {
      // threatening a cooperative act ("threatened to withdraw support") is a threat to stop it
      const root = Number(embedded.slice(0, 2));
      if (root <= 8) return '131';
      return byPrefix(INTENT, embedded) === null ? '130' : threatOf(embedded);
    }
    case 'refusal':
      return byPrefix(REFUSAL, embedded);
    case 'appeal':
      return byPrefix(APPEAL, embedded);
    case 'demand':
      return byPrefix(DEMAND, embedded);
    case 'command':
      // an authority ordering force or coercion ("ordered the paper to suspend publication") is that act itself
      return Number(embedded.slice(0, 2)) >= 14 ? embedded : byPrefix(DEMAND, embedded);
  }
}

function threatOf(code: string): string {
  const t = byPrefix(INTENT, code) ?? '130';
  return t.startsWith('13') ? t : '130';
}

// Stopping an action ("stopped supplying weapons", "halt attacks"): ending cooperation reduces relations,
// ending force or repression de-escalates.
const CEASE: Record<string, string> = {
  '04': '164',
  '045': '165',
  '05': '160',
  '06': '160',
  '07': '162',
  '071': '1621',
  '072': '1622',
  '073': '1623',
  '14': '082',
  '15': '087',
  '16': '085',
  '163': '085',
  '17': '081',
  '1723': '0813',
  '1724': '0814',
  '18': '087',
  '19': '087',
  '191': '0872',
  '20': '087',
};

/** Code of "stop doing X", or null when stopping it is not an event. */
export function ceaseOf(code: string): string | null {
  return byPrefix(CEASE, code);
}

/** Code of a negated action: cooperation not given is a rejection; other negated actions are no event. */
export function negate(code: string): string | null {
  const root = Number(code.slice(0, 2));
  if (root >= 3 && root <= 8) return byPrefix(REFUSAL, code);
  return null;
}

/** Code of a planned or announced action: 03x for cooperation, 13x for conflict, unchanged for verbal conflict. */
export function intentOf(code: string): string | null {
  const root = Number(code.slice(0, 2));
  if (root === 1 || root === 2 || (root >= 9 && root <= 13)) return code;
  if (root === 3) return code;
  return byPrefix(INTENT, code);
}
