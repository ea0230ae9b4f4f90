/**
 * International bodies that Accord has no actor code for (the codes are those of the event schema:
 * UNO, EUR, NATO, ASN, AFU, IAEA, WTO, IMF, WBK, G7, G20, ARL, WAS, SAD, GCC). Their actions are left out rather
 * than coded as whatever state the sentence happens to be about: a regional bloc is not its host
 * state. Recognising them also keeps them from being taken for unknown named subjects or
 * replaced by a guessed counterpart when they are the object.
 */
// (coalitions of a few named states act as their members: see state-coalitions.ts)
export const UNCODED_BODIES: readonly string[] = [
  'EAC',
  'East African Community',
  'IGAD',
  'ECCAS',
  'OAS',
  'Organization of American States',
  'CARICOM',
  'Mercosur',
  'MERCOSUR',
  'CELAC',
  'OSCE',
  'Organization for Security and Co-operation in Europe',
  'Council of Europe',
  'OPEC',
  'OPEC+',
  'BRICS',
  'SCO',
  'Shanghai Cooperation Organisation',
  'Shanghai Cooperation Organization',
  'OIC',
  'Organisation of Islamic Cooperation',
  'Organization of Islamic Cooperation',
  'Commonwealth',
  'CSTO',
  'APEC',
  'International Criminal Court',
  'ICC',
  'Interpol',
  'INTERPOL',
  'International Committee of the Red Cross',
  'ICRC',
  'Red Cross',
  'Red Crescent',
  'Amnesty International',
  'Human Rights Watch',
  'Doctors Without Borders',
  'MSF',
  'OECD',
];
