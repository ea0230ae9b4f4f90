/**
 * Coalitions of a few named states that act as their members, not as a body with a code of its own: "the
 * Alliance of Sahel States accused Algeria" is Mali, Burkina Faso and Niger each accusing it (GOLD-FORMAT rule 9).
 * Only fixed, small memberships belong here; a bloc of many (ECOWAS, SADC) stays an uncoded body.
 */
export interface StateCoalition {
  names: readonly string[];
  members: readonly string[];
  /** Descriptions that name the coalition when the story lists no other parties of that number ("the three European powers"). */
  described?: readonly string[];
}

export const STATE_COALITIONS: readonly StateCoalition[] = [
  { names: ['Alliance of Sahel States', 'AES', 'Sahel alliance', 'Sahel Alliance', 'Confederation of Sahel States'], members: ['MLI', 'BFA', 'NER'] },
  { names: ['E3', 'the E3'], members: ['GBR', 'FRA', 'DEU'], described: ['the three European powers', 'the European trio'] },
  { names: ['Baltic states', 'the Baltic states', 'Baltic countries', 'the Baltic countries', 'Baltic nations'], members: ['EST', 'LVA', 'LTU'] },
  { names: ['the two Koreas', 'both Koreas'], members: ['KOR', 'PRK'] },
  { names: ['Quad', 'the Quad'], members: ['USA', 'JPN', 'IND', 'AUS'] },
  { names: ['AUKUS'], members: ['AUS', 'GBR', 'USA'] },
];
