import type { OrganisationEntry } from './organisations.ts';

/**
 * International organisations under Accord's organisation codes. A body with its own CAMEO role
 * (a court, a parliament) is a separate row with that role; the organisation itself has role null.
 * Bare words that are mostly something else ("the alliance", "the Union", "the Fund", "the Bank")
 * are left out on purpose: they need discourse context the dictionary cannot give.
 */
export const ORGANISATION_ROWS: readonly OrganisationEntry[] = [
  // United Nations system
  {
    code: 'UNO',
    names: [
      'United Nations',
      'the United Nations',
      'UN',
      'U.N.',
      'the UN',
      'the U.N.',
      'United Nations Organization',
      'UN Secretariat',
      'U.N. Secretariat',
      'UN Secretary-General',
      'U.N. Secretary-General',
      'UN chief',
      'U.N. chief',
    ],
    role: null,
  },
  {
    code: 'UNO',
    names: ['UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC', 'Security Council', 'the Security Council'],
    role: null,
  },
  {
    code: 'UNO',
    names: ['UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly', 'UNGA', 'General Assembly', 'the General Assembly'],
    role: null,
  },
  {
    code: 'UNO',
    names: [
      'UN Human Rights Council',
      'U.N. Human Rights Council',
      'United Nations Human Rights Council',
      'Human Rights Council',
      'UNHRC',
      'OHCHR',
      'UN human rights office',
      'U.N. human rights office',
      'Office of the High Commissioner for Human Rights',
    ],
    role: null,
  },
  { code: 'UNO', names: ['UNICEF', "United Nations Children's Fund", "UN Children's Fund"], role: null },
  {
    code: 'UNO',
    names: [
      'UNHCR',
      'UN refugee agency',
      'U.N. refugee agency',
      'United Nations High Commissioner for Refugees',
      'Office of the United Nations High Commissioner for Refugees',
    ],
    role: null,
  },
  { code: 'UNO', names: ['World Health Organization', 'World Health Organisation', 'WHO', 'the WHO'], role: null },
  { code: 'UNO', names: ['World Food Programme', 'World Food Program', 'WFP'], role: null },
  { code: 'UNO', names: ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'], role: null },
  { code: 'UNO', names: ['UNDP', 'United Nations Development Programme', 'UN Development Programme'], role: null },
  {
    code: 'UNO',
    names: [
      'OCHA',
      'UN Office for the Coordination of Humanitarian Affairs',
      'United Nations Office for the Coordination of Humanitarian Affairs',
      'UN humanitarian office',
    ],
    role: null,
  },
  { code: 'UNO', names: ['UNRWA', 'United Nations Relief and Works Agency', 'UN agency for Palestinian refugees'], role: null },
  { code: 'UNO', names: ['FAO', 'Food and Agriculture Organization', 'United Nations Food and Agriculture Organization'], role: null },
  { code: 'UNO', names: ['ILO', 'International Labour Organization', 'International Labor Organization'], role: null },
  { code: 'UNO', names: ['UNFPA', 'United Nations Population Fund'], role: null },
  { code: 'UNO', names: ['UNEP', 'United Nations Environment Programme', 'UN Environment Programme'], role: null },
  { code: 'UNO', names: ['UNCTAD', 'United Nations Conference on Trade and Development'], role: null },
  { code: 'UNO', names: ['UNFCCC', 'United Nations Framework Convention on Climate Change'], role: null },
  { code: 'UNO', names: ['IOM', 'International Organization for Migration'], role: null },
  {
    code: 'UNO',
    names: [
      'UN peacekeepers',
      'U.N. peacekeepers',
      'UN peacekeeping force',
      'UN peacekeeping mission',
      'blue helmets',
      'UNIFIL',
      'MONUSCO',
      'UNMISS',
      'UNFICYP',
      'UNDOF',
    ],
    role: 'MIL',
  },
  { code: 'UNO', names: ['UN Command', 'U.N. Command', 'United Nations Command'], role: 'MIL' },
  { code: 'UNO', names: ['International Court of Justice', 'ICJ', 'World Court', 'the World Court'], role: 'JUD' },
  // European Union
  { code: 'EUR', names: ['European Union', 'the European Union', 'EU', 'E.U.', 'the EU', 'the E.U.', 'Brussels-based European Union'], role: null },
  // The EU's predecessors, for archive text.
  { code: 'EUR', names: ['European Community', 'the European Community', 'European Communities', 'European Economic Community', 'EEC', 'the EEC'], role: null },
  { code: 'EUR', names: ['European Commission', 'the European Commission', 'EU Commission', 'E.U. Commission'], role: null },
  // regional blocs under their CAMEO IGO codes (the annotators' convention where GOLD-FORMAT lists none)
  {
    code: 'WAS',
    names: [
      'ECOWAS',
      'Economic Community of West African States',
      'the Economic Community of West African States',
      'ECOWAS Commission',
      'the ECOWAS Commission',
    ],
    role: null,
  },
  { code: 'SAD', names: ['SADC', 'Southern African Development Community', 'the Southern African Development Community'], role: null },
  { code: 'GCC', names: ['GCC', 'Gulf Cooperation Council', 'the Gulf Cooperation Council'], role: null },
  // the Commission's members by portfolio, as wire copy titles them with no "EU" ("Agriculture Commissioner Christophe Hansen")
  {
    code: 'EUR',
    names: [
      'Agriculture Commissioner',
      'Trade Commissioner',
      'Enlargement Commissioner',
      'Energy Commissioner',
      'Competition Commissioner',
      'Economy Commissioner',
      'Defence Commissioner',
      'Migration Commissioner',
      'Home Affairs Commissioner',
      'Climate Commissioner',
      'Health Commissioner',
      'Crisis Management Commissioner',
    ],
    role: null,
  },
  { code: 'EUR', names: ['European Council', 'the European Council', 'Council of the European Union', 'Council of the EU', 'EU Council'], role: null },
  {
    code: 'EUR',
    names: ['European External Action Service', 'EEAS', 'EU foreign policy chief', 'E.U. foreign policy chief', 'EU High Representative'],
    role: null,
  },
  { code: 'EUR', names: ['European Parliament', 'the European Parliament', 'EU Parliament', 'MEPs', 'MEP', 'Members of the European Parliament'], role: 'LEG' },
  { code: 'EUR', names: ['European Court of Justice', 'Court of Justice of the European Union', 'ECJ', 'CJEU'], role: 'JUD' },
  { code: 'EUR', names: ['European Central Bank', 'ECB'], role: 'BUS' },
  // Security alliances
  {
    code: 'NATO',
    names: [
      'NATO',
      'Nato',
      'N.A.T.O.',
      'North Atlantic Treaty Organization',
      'North Atlantic Treaty Organisation',
      'North Atlantic Alliance',
      'the Atlantic alliance',
      'NATO alliance',
    ],
    role: null,
  },
  { code: 'NATO', names: ['North Atlantic Council'], role: null },
  { code: 'NATO', names: ['NATO forces', 'NATO troops', 'Supreme Headquarters Allied Powers Europe'], role: 'MIL' },
  // Regional organisations
  { code: 'ASN', names: ['ASEAN', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations', 'ASEAN Secretariat'], role: null },
  { code: 'AFU', names: ['African Union', 'the African Union', 'AU', 'the AU', 'African Union Commission', 'AU Commission', 'AUC'], role: null },
  { code: 'AFU', names: ['AU Peace and Security Council', 'African Union Peace and Security Council'], role: null },
  { code: 'ARL', names: ['Arab League', 'the Arab League', 'League of Arab States', 'the League of Arab States'], role: null },
  // Agencies and financial institutions
  {
    code: 'IAEA',
    names: [
      'IAEA',
      'International Atomic Energy Agency',
      'UN nuclear watchdog',
      'U.N. nuclear watchdog',
      'UN atomic watchdog',
      'U.N. atomic watchdog',
      "the UN's nuclear watchdog",
      // inspectors are the agency at work: "allow UN nuclear inspectors to return"
      'UN nuclear inspectors',
      'U.N. nuclear inspectors',
      'IAEA inspectors',
      'IAEA inspector',
      'UN nuclear inspector',
      'U.N. nuclear inspector',
    ],
    role: null,
  },
  // (its Dispute Settlement Body is the WTO's members sitting to hear cases; not "DSB", also Denmark's railway)
  { code: 'WTO', names: ['WTO', 'World Trade Organization', 'World Trade Organisation', 'Dispute Settlement Body'], role: null },
  { code: 'IMF', names: ['IMF', 'International Monetary Fund', 'the IMF', 'the International Monetary Fund'], role: null },
  {
    code: 'WBK',
    names: [
      'World Bank',
      'the World Bank',
      'World Bank Group',
      'IBRD',
      'International Bank for Reconstruction and Development',
      'International Development Association',
    ],
    role: null,
  },
  // Groupings of states
  { code: 'G7', names: ['G7', 'G-7', 'Group of Seven', 'Group of 7', 'G7 leaders', 'G-7 leaders'], role: null },
  { code: 'G20', names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty', 'G20 leaders', 'G-20 leaders'], role: null },
];
