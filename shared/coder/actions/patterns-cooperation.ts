/**
 * Action lexicon, CAMEO roots 01–08 (verbal and material cooperation). Accord's own lexicon, written
 * from the CAMEO 1.1b3 definitions with PETRARCH2's CAMEO.2.0 dictionary as a reference for phrasings.
 *
 * Pattern syntax (compiled by action-lexicon.ts with the sentence tokenizer):
 * - `sign agreement|deal`   head verb (every inflection), then words that must follow in order
 *                           (nouns match singular and plural), a few tokens apart at most;
 *                           `a|b` gives alternatives, also for the head; `_` joins the words of one
 *                           alternative (`state_of_emergency|martial_law`, `carry_out|launch attack`);
 *                           `@` stands for an actor mention ("host @": host the President, not a conference);
 *                           `=words` must head the verb's own object: no preposition in the gap ("cut =tariff").
 *                           `#amount` stands for an amount of money.
 * - `~hunger strike`        a nominal event: a contiguous noun phrase, coded when its agent is
 *                           explicit (possessor, country adjective, "by X", or the subject of a
 *                           light verb such as "held", "staged", "launched").
 * - `<draw concern from`    the actor after the pattern is the source and the subject the target.
 * The longest matching pattern wins, so specific phrasings override a verb's default code.
 */
export const COOPERATION_PATTERNS: Record<string, string[]> = {
  // 01 public statements: only phrasings that carry an attitude; a plain "said" is never an event.
  '011': [
    'decline|refuse comment',
    'refuse|decline to comment|elaborate|confirm',
    'decline|refuse to give details',
    'have no comment',
    'decline|refuse to be drawn',
  ],
  '012': [
    'remain|grow concerned|worried|alarmed|uneasy',
    // "said it was 'seriously concerned' by China's actions", "is deeply disappointed by the decision"
    'be concerned|worried|alarmed|disappointed|dismayed|troubled by|about|over',
    'express|voice|raise concern|alarm|pessimism|dismay|worry|doubt',
    '<draw concern|alarm|worry|unease from',
    'warn of risk|danger',
  ],
  '013': [
    'express|voice optimism|hope|confidence',
    'describe|hail as opportunity|breakthrough|milestone|success|new_starting_point|turning_point|new_chapter|new_era',
  ],
  '015': [
    'recognise|recognize|acknowledge as genocide|crime|crimes|massacre|atrocity',
    'recognise|recognize genocide',
    'claim|admit|acknowledge|accept responsibility|credit',
  ],
  '016': [
    'deny that',
    // (and an account of what it did: "Pakistan's military rejected the account"; a report may be about anything)
    'reject|dismiss allegation|allegations|accusation|accusations|charge|charges|claim|claims|account|accounts',
    'deny responsibility|involvement|role|allegation|allegations|accusation|accusations|charge|charges|report|reports|claim|claims',
    // "denied any plan to attack Eritrea": the denial is the event, the attack it denies is none
    'deny plan|plans|intention|intentions|intent|ambition|ambitions|design|designs',
    // "denied any violation had taken place", "denies wrongdoing": a deed it is charged with, denied
    'deny wrongdoing|violation|violations|incursion|incursions|breach|breaches|interference|meddling|attack|attacks|strike|strikes|presence|existence|links|ties|complicity|culpability|guilt',
  ],
  '018': ['express|offer|send|convey condolence|condolences|sympathy|sympathies', 'condole with', 'mourn'],
  '019': ['express accord', 'share view|views|concern'],

  // 02 appeals (urge/ask/call on are complement verbs, see complement-rules.ts)
  '020': [
    'urge',
    'call_on|call_upon',
    // "China called the United States to stop arms sales", as translated copy writes "called on" (not "called Putin to
    // discuss …", a phone call: action-matcher.ts)
    'call @ to',
    'encourage',
    'request',
    'implore',
    'exhort',
    'ask @',
    'appeal',
    'appeal for|to',
    'call_for',
    'make appeal|plea|request',
    'issue appeal|plea',
    'plead with|for',
    'seek refuge|asylum|shelter',
    'push for',
    'lobby for',
  ],
  '021': ['call_for|appeal_for|seek cooperation|investment|trade'],
  '022': ['call_for|appeal_for|seek support|backing|recognition|understanding', 'seek support'],
  '023': ['call_for|appeal_for|ask_for|request|seek aid|assistance|help|relief|donations|funds|loan|loans', 'appeal for help'],
  '0233': ['call_for|appeal_for|ask_for|request|seek humanitarian|food|emergency aid|assistance|relief'],
  '024': ['call_for reform|reforms|democracy|elections', 'call_for|demand free elections'],
  '0241': ['call_for resignation|ouster|removal|departure'],
  '0243': ['call_for rights|freedom|freedoms'],
  '0253': ['call_for|appeal_for release|freedom'],
  '0254': ['call_for lifting of sanctions|embargo', 'call_for end of sanctions|embargo'],
  '0256': ['call_for ceasefire|truce|cease_-_fire|restraint|calm|de_-_escalation|end_of_violence|end_of_fighting|halt_to_fighting'],
  '026': ['call_for talks|negotiations|dialogue|meeting|summit', 'invite', 'extend invitation', 'issue invitation'],
  '027': ['call_for settlement|solution|peaceful_resolution|peace'],
  '028': ['call_for mediation'],

  // 03 intent to cooperate (agree/promise/pledge/offer/vow and "will" are complement verbs)
  '030': [
    'agree',
    'agree on|upon pact|deal|accord|agreement|plan|framework|package|measures|formula|steps|roadmap',
    'reach agreement|deal|accord|consensus|understanding|compromise|settlement|truce',
    'reach an agreement',
    'strike deal|agreement|bargain',
    'promise',
    'pledge',
    'vow',
    'offer',
    'commit to',
    'express willingness|readiness|desire|interest',
    'declare readiness|willingness',
    'accept proposal|plan|offer|formula|invitation|framework|package|terms',
    'accept',
    'endorse plan|proposal',
    'pledge cooperation',
    'agree to cooperate',
  ],
  '0311': ['agree on free_trade|trade_deal|trade_pact|trade_agreement', 'agree upon free trade'],
  '032': ['pledge|promise|offer support|backing'],
  // a pledge of money or aid is an intent to give it (033x); its delivery is 07x
  '033': [
    'pledge|promise|offer|commit aid|assistance|help|relief|supplies|support_package',
    // "Germany and the United Kingdom committed additional support for logistics": support given more, not words
    'pledge|promise|offer|commit additional_support|further_support|logistical_support|logistics_support',
    'commit support',
  ],
  '0331': [
    'pledge|promise|offer|commit economic|financial aid|assistance|loan|loans|grant|grants|credit|credits|funds|funding',
    'pledge|promise|offer|commit dollars|million|billion|euros|yen|pounds|loan|loans|grant|grants|credit|credits|funds|funding|money|financing|budget_support|development_funding',
    // "promised an extra $30m (£23m) for the new force": an amount of money however written
    'pledge|promise|offer|commit #amount',
    // "announced 30 million euros to support border infrastructure", "announced ₹2,000 crore for …"
    'announce|unveil #amount',
    'announce|unveil funding|funds|budget_support|financial_support|financial_assistance|development_funding',
    // "Germany and South Korea promised smaller amounts", "pledged similar sums": the money of a donor list
    'pledge|promise|offer|commit|contribute smaller_amounts|similar_amounts|smaller_sums|similar_sums|lesser_amounts|undisclosed_amounts|undisclosed_sums',
    // "would contribute $100 million over two years" (an announced sum stays with the loan or grant it names: 071)
    'contribute|earmark|allocate dollars|million|billion|euros|yen|pounds',
    // "Saudi Arabia led the pledges with $500 million, followed by …": the first of a donor list (clauses.ts gappedClauses)
    'lead pledges|contributions|donors with',
  ],
  '0334': ['pledge|promise|offer|commit|contribute troops|soldiers|police_officers|peacekeepers|personnel|battalion'],
  '0332': [
    'pledge|promise|offer|commit military aid|assistance|equipment|weapons|arms|ammunition|troops',
    // "announced $300 million in military aid to Ukraine": a sum of military aid promised
    'announce|unveil #amount military_aid|military_assistance|security_assistance|arms_package',
    'pledge|promise|offer|commit helicopters|aircraft|jets|fighter_jets|tanks|drones|missiles|air_defence|air_defense|radars|warships|howitzers|artillery|weapons|arms|ammunition',
  ],
  '0333': [
    'pledge|promise|offer|commit humanitarian|food|emergency|medical aid|assistance|relief|supplies',
    // "announced €120 million in new humanitarian aid for Gaza", "announced 2 million euros in emergency funding"
    'announce|unveil humanitarian_aid|emergency_aid|food_aid|humanitarian_assistance|emergency_assistance|relief_funds|emergency_funding|humanitarian_funding',
  ],
  '036': [
    'invite to visit|talks',
    'agree to meet|talks',
    'propose talks|meeting|summit|dialogue',
    'offer talks|negotiations|dialogue',
    'offer to negotiate|talk|meet',
    // "requested a flag meeting with the BSF", "remained willing to talk to Washington"
    'request meeting|talks|flag_meeting|audience with',
    // "was seeking to arrange a meeting with Wang Yi", "would consider talks", "looked forward to hosting Pashinyan"
    'seek|arrange meeting|talks|summit|audience|call with',
    'seek to arrange|hold meeting|talks|summit with',
    'consider talks|dialogue|negotiations|meeting',
    'look forward to hosting|meeting|welcoming @',
    'be|remain|stand willing|ready|prepared to talk|negotiate|meet',
    // an arrival announced is a visit intended: "is due in Kinshasa and Kigali next week", "is expected in Beijing on Monday"
    'be due_in|due_at|expected_in|expected_at @',
  ],
  '038': ['accept|agree_to mediation', 'agree to mediation'],
  '039': [
    'offer mediation|to_mediate',
    'offer good offices',
    // "has offered to help defuse the row", "offered to help settle the dispute"
    'offer defuse|resolve|settle|ease|de_-_escalate row|dispute|crisis|tensions|standoff|conflict',
    // an offer to host the two sides' talks is an offer to mediate, toward each side (GOLD-FORMAT rule 10)
    'offer|propose to host|facilitate talks|dialogue|negotiations|round|rounds|meeting|signing',
    'be|remain|stand ready|willing|prepared to host|facilitate|support talks|dialogue|negotiations|round|rounds|meeting|signing|process',
    // "ready to help Paris and Algiers resume their dialogue", "willing to play a constructive role between the two"
    'help resume|restart|revive|reopen dialogue|talks|negotiations',
    'play constructive|positive|mediating role',
  ],

  // 04 consult
  '040': [
    'meet',
    'meet with',
    'hold talk|talks|meeting|meetings|consultation|consultations|discussion|discussions|dialogue|summit',
    'have talk|talks|meeting|discussion|discussions|conversation',
    'confer',
    'consult',
    'consult with',
    'discuss',
    'sit down with',
    'sit down together',
    'convene',
    'gather with',
    'hold bilateral|summit|meeting',
    'exchange views',
    '~talks',
    '~meeting',
    '~summit',
    '~consultation',
    'talk with',
    'speak with',
    // (not "attended the meeting", "attended the summit": being at a gathering meets no one in particular; talks have a
    // counterpart, and "with" names whom)
    'attend talks',
    'attend meeting|summit|conference with',
  ],
  '041': [
    'speak|talk|confer over|on|via hotline|phone|telephone|video_link|videoconference',
    'telephone',
    'phone',
    'hold phone|telephone talk|talks|call|conversation',
    'speak by phone|telephone',
    'call by phone|telephone',
    'have phone|telephone call|conversation',
    // "had had 'a very good call' with Vladimir Putin", "held a productive call with": a call held with someone (a bare
    // "call" from someone is as often an appeal)
    'hold|have call with',
    // "Macron calls Pezeshkian", "Norway's prime minister called the PM this morning": a party called, and nothing said of it
    'call @alone',
    '~phone call',
    '~telephone call',
    '~phone conversation',
    'make phone|telephone call',
    // "received a phone call from Egyptian President Sisi": the caller calls
    // (a bare "call" from someone is as often an appeal: "received a call from the IAEA to allow inspectors back")
    '<receive phone|telephone call|calls from',
  ],
  '042': [
    'visit',
    'travel to',
    'arrive in|at',
    'fly to',
    'fly into @',
    'go to @',
    'pay visit',
    'make visit|trip',
    'tour',
    'head to @',
    // "attended the signing in Jeddah", "attended the summit in Riyadh": a journey to the host's state
    'attend in|at @city',
    '~visit',
    '~state visit',
    '~trip',
    '~tour',
    'begin visit|trip|tour',
    'embark on visit|trip|tour',
    // "would send a trade delegation to Beijing next week": a delegation sent is the sender's visit
    'send|dispatch|lead delegation|trade_delegation|high_-_level_delegation|ministerial_delegation|mission to',
    // a courtesy call: "the High Commissioner called on Foreign Adviser Touhid Hossain at the ministry" (with an
    // appeal's complement, "called on President X to release …", the complement rules code the appeal instead)
    'call on|upon @guest',
    // "paid a courtesy call on Prime Minister Napat"
    'pay courtesy_call|call on|upon @guest',
  ],
  '043': [
    'host @',
    'receive @',
    'receive in audience',
    'play host to',
    'host talks|meeting|summit|visit',
    'give welcome',
    'extend welcome',
    'welcome to @',
    'welcome @guest',
  ],
  // (a round of the two sides' talks, or their signing, hosted by a third is mediation; see '039' for offers to host)
  '045': [
    'host round|rounds|signing',
    // "brought the two countries' foreign ministers together in Accra": a third party that brings two sides together
    'bring @ together',
    'mediate',
    'broker',
    'act as mediator|go_-_between|intermediary',
    'undertake mediation',
    'launch mediation',
    '~mediation',
    '~mediation effort',
  ],
  '046': [
    'negotiate',
    'hold|open|begin|start|resume|renew|continue|conduct negotiation|negotiations|talk|talks',
    'enter negotiation|negotiations|talks',
    'renew talks|dialogue',
    // the parties' joint review of a pact they signed is a negotiation over it, not an investigation (090)
    'hold|open|begin|start|launch|conduct review of pact|agreement|treaty|accord|deal',
    'hold|open|begin|start|launch|conduct review with @',
    '~negotiations',
    'bargain',
  ],

  // 05 diplomatic cooperation
  '050': [
    'establish|restore|resume|normalize|normalise|upgrade|improve|strengthen|deepen|boost|mend|cement|forge ties|relations|relationship|partnership|cooperation|dialogue',
    'establish diplomatic_ties|relations',
    'upgrade diplomatic_ties|relations',
    // a state's own envoys sent back to their posts: relations restored ("agreed to send their ambassadors back", "returned
    // its ambassador to Caracas"; another state's envoy sent back is expelled, and one returned "from" a post is recalled)
    'send its|their ambassador|ambassadors|envoy|envoys back',
    'return its|their ambassador|ambassadors|envoy|envoys to',
    'issue|sign|release|adopt joint statement|declaration|communique',
    'cooperate diplomatically',
    'side with',
    'join forces with',
    'ally with',
  ],
  '051': [
    'praise',
    'commend',
    'hail',
    'laud',
    'applaud',
    'welcome',
    'endorse',
    'congratulate',
    'thank',
    'salute',
    'compliment',
    'express support|appreciation|gratitude',
    'voice support',
    // "reaffirmed the bloc's support for Lebanon's sovereignty", "issued similar statements of support", "assured him of
    // India's steadfast support": support declared is support
    'reaffirm|reiterate|pledge|declare|affirm|underline|stress support|backing|full_support|steadfast_support|firm_support|unwavering_support|strong_support|continued_support',
    'issue statement|statements|statements_of of_support|backing',
    'assure of support|backing|full_support|steadfast_support|continued_support',
    'support',
    'back',
    'appreciate',
    'welcome @ decision|move|step|steps|announcement|agreement|deal|release|initiative|effort|efforts|proposal|offer|commitment|resumption|progress|outcome|statement|pledge|plan',
    'call|describe historic|breakthrough|milestone|landmark|step_forward|important_step|positive_step|good_news|encouraging|constructive',
    'approve of',
    'pay tribute to',
    'express satisfaction',
  ],
  '052': [
    'stand with|behind',
    'stand firmly with|by|behind',
    'defend',
    'stand by',
    'speak up for',
    'vouch for',
    'defend right',
    // "issued statements expressing full solidarity with Kuwait", "declared its solidarity with Lithuania"
    'express|declare|voice|reaffirm|affirm|show solidarity with',
    // "assured him of the bloc's full solidarity"
    'assure of solidarity|full_solidarity',
    // "remained fully committed to Belize's sovereignty and territorial integrity"
    'commit to sovereignty|territorial_integrity|independence|security',
    '~solidarity with',
  ],
  '053': ['rally support', 'mobilize|mobilise support|backing|pressure_groups', 'lobby', 'drum up support', 'campaign for', 'rally behind', 'gather support'],
  '054': [
    'recognize|recognise',
    'grant|extend recognition',
    'recognize independence|sovereignty|government',
    // a mission opened is relations taken up, as one closed is relations cut (161): "will open an embassy in Kigali",
    // "reopened its embassy in Damascus" (PETRARCH2's OPEN/REOPEN … EMBASSY)
    'open|reopen =embassy|embassies|consulate|consulates|consulate_general|diplomatic_mission',
  ],
  '055': ['apologize|apologise', 'offer|issue|make apology', 'express regret', 'say sorry'],
  '056': ['forgive', 'pardon'],
  '057': [
    'sign',
    'sign agreement|accord|deal|treaty|pact|memorandum|memorandums|memoranda|protocol|contract|declaration|charter|communique|MOU|MOUs',
    'conclude agreement|treaty|deal|pact',
    'ink agreement|deal|pact',
    'put signature|signatures to|on',
    'ratify',
    // the instruments of ratification exchanged bring a treaty into force between its parties
    'exchange instruments of ratification',
    '~signing',
    'initial agreement',
    // "Pashinyan and Aliyev initialled the text of the peace treaty": a text agreed and initialled, short of signing
    'initial|initialled|initialed text|agreement|deal|treaty|declaration|accord|draft',
  ],

  // 06 material cooperation
  '060': [
    'cooperate',
    'collaborate',
    'work together',
    'work with',
    'team up with',
    'join hands',
    'partner with',
    'launch joint',
    'conduct joint',
    'cooperate on',
    'share expertise|technology|resources|know_-_how',
  ],
  '061': ['trade with', 'invest in', 'cooperate economically', 'boost trade', 'expand trade|investment', 'open market|markets'],
  '062': [
    // "flew a joint patrol", "carried out joint naval patrols": the verb of the deed, the noun says it was shared
    'hold|conduct|stage|launch|begin|start|host|wrap_up|complete|kick_off|carry_out|mount|fly|sail joint|coordinated exercise|exercises|drill|drills|maneuvers|manoeuvres|patrol|patrols|war_games|wargames',
    'hold|conduct|stage|launch|begin|start|host|wrap_up|complete|kick_off|carry_out|mount|fly|sail joint military|naval|air|air_force|army|land|maritime|combined exercise|exercises|drill|drills|maneuvers|manoeuvres|patrol|patrols',
    'hold|conduct|stage|launch|begin|start|host|complete exercise|exercises|drill|drills|maneuvers|manoeuvres with',
    'take_part_in|participate_in|join exercise|exercises|drill|drills|maneuvers|manoeuvres|war_games',
    'train with',
    'drill with',
    'exercise with',
    '~joint naval exercise',
    '~joint naval drill',
    '~joint air exercise',
    '~joint military drill',
    '~joint maneuvers',
    '~joint manoeuvres',
    'launch war games',
    'hold|conduct|stage war games',
    '~joint exercise',
    '~joint military exercise',
    '~joint drill',
    // (a "common" or "combined" exercise in translated and allied copy: "gemeinsame Übung", "exercice commun")
    '~common exercise',
    '~common military exercise',
    '~common drill',
    '~combined exercise',
    '~combined military exercise',
    '~combined drill',
    '~war games',
    'cooperate militarily',
    'collaborate on submarine|submarines|defense|missile|weapons',
    'sell arms|weapons|jets|missiles|fighter',
  ],
  '063': ['extradite', 'hand_over|surrender suspect|suspects|fugitive|fugitives|bombers|militants|accused|nationals|criminals', 'cooperate on investigation'],
  '064': [
    'share information|intelligence|evidence|data|expertise|findings',
    'exchange information|intelligence|data',
    'provide intelligence to',
    'pass intelligence|information',
  ],

  // 07 aid
  '070': [
    'provide|give|send|deliver|donate|supply|grant|offer|ship|airlift aid|assistance|help|supplies|relief|goods|equipment|material|materials|support',
    'donate',
    'hand_over aid|supplies|relief',
    '~aid shipment',
    'help rebuild',
  ],
  '071': [
    'announce|unveil loan|loans|grant|credit|financing|bailout|aid_package',
    // "announced a $500 million loan to Brazil": a loan is granted when announced (a sum alone is promised: 0331)
    'announce|unveil #amount loan|loans|grant|credit|financing|bailout',
    'approve|disburse|release loan|loans|disbursement|tranche|bailout|funding|credit|grant|financing|funds',
    'provide|give|grant|extend|lend|loan economic|financial aid|assistance|loan|loans|grant|grants|credit|credits|funds|funding|money|dollars|million|billion',
    'give grant',
    'give|grant|provide dollars|million|billion|euros|yen',
    // "would provide additional funding to Congo": money given with no word for its kind
    'provide|give|extend|supply funding|funds|financing|loan|loans|credit|credits|money|grant|grants',
    'earmark funding|funds|aid|assistance|budget_support|financial_support|financial_assistance|development_funding',
    // "approved a further €30 million for Armenia's armed forces": a sum given
    'approve|release|disburse|earmark million|billion|crore|lakh|trillion',
    // "disbursed about $1bn to Islamabad"
    'disburse #amount',
    // a loan received is a loan given by the one it came from: "secured a $1.2 billion loan from Saudi Arabia" (a sum alone
    // is as often a payment: "received $800 million a year from Russia in transit fees")
    '<receive|secure|obtain|get|win loan|loans|credit|credit_line|financing|bailout|grant|grants|deposit|deposits from',
    // "would increase funding for Georgian civil society"
    'increase|boost|raise|double|expand funding|aid|assistance|financing|support_for',
    'allocate resources|funds|money|funding',
    // "would jointly finance the repair of two thermal power plants near Kyiv": works paid for are money given
    'fund|finance|pay_for repair|repairs|reconstruction|rebuilding|restoration|rehabilitation',
    'lend',
    'bail out',
    'forgive debt',
    'write off debt',
    'cancel debt',
  ],
  '072': [
    'provide|give|send|supply|deliver|sell military aid|assistance|equipment|hardware|arms|weapons|intelligence|ammunition|training',
    // "will provide Vietnam with six patrol boats", "delivered four helicopters": military hardware by name
    'provide|give|send|supply|deliver|sell|transfer|donate|ship helicopters|boats|warships|vessels|jets|aircraft|tanks|drones|missiles|artillery|howitzers|armoured_vehicles|armored_vehicles|personnel_carriers|landing_craft|patrol_boats|patrol_vessels|air_defence|air_defense|interceptors|rifles|shells|artillery_shells|munitions|ammunition|rockets',
    // craft and vehicles handed over at a ceremony ("handed over twelve armoured personnel carriers to the Iraqi army"); not
    // weapons (rebels hand over their weapons: 084) nor seized vessels (returned: 0842)
    'hand_over helicopters|warships|jets|tanks|armoured_vehicles|armored_vehicles|personnel_carriers|landing_craft|patrol_boats|patrol_vessels',
    // ("handed two patrol vessels to Indonesia's maritime security agency"; "handed the seized patrol boats back" returns them, 084)
    'hand =helicopters|warships|jets|patrol_boats|patrol_vessels|patrol_ships to',
    // ("handed the Philippines two patrol vessels")
    'hand @ =helicopters|warships|jets|patrol_boats|patrol_vessels|patrol_ships',
    // "will jointly fund $400 million worth of Ukrainian-made drones": weapons paid for are weapons given
    'fund|finance|pay_for arms|weapons|drones|missiles|munitions|ammunition|shells|air_defence|air_defense|interceptors',
    'send arms|weapons',
    // weapons sent to a state ("sent 150 missiles to Ukraine", "will deliver 40 Leopard tanks to Kyiv"): arms given, not a
    // show of force (154: "sent warships to the strait", "deployed missiles to Kaliningrad")
    // (a state itself, not a city or a border of it: "sent tanks to Rafah" is a deployment)
    'send|deliver|transfer|ship =missiles|drones|rockets|tanks|howitzers|ammunition|shells|munitions|interceptors|artillery|armoured_vehicles|air_defence_systems to @state',
    'train troops|forces|soldiers|army|police',
    'continue to send arms',
    'supply arms|weapons',
    'arm rebels|militants|fighters|groups|opposition|insurgents',
  ],
  '073': [
    'send|dispatch|deliver convoy|shipment|consignment|truckloads',
    '~aid convoy',
    '~humanitarian convoy',
    'provide|give|send|deliver|supply|donate|ship|airlift humanitarian|food|emergency|medical aid|assistance|supplies|relief|medicine|medicines|food',
    'release humanitarian_aid|emergency_aid|food_aid|humanitarian_assistance|emergency_assistance|relief_funds',
    'hand_over medicine|medicines|food|supplies',
    'evacuate wounded|injured|civilians|refugees|sick',
    'shelter refugees',
    // "rushed relief supplies to Vanuatu", "flew in tents and generators"
    'rush|fly|airlift|ferry|truck|dispatch relief|aid|supplies|assistance|food|tents|water|medicine|medicines|generators|blankets|shelter_kits',
    'provide|send|deliver|donate tents|generators|blankets|shelter_kits|relief_goods|relief_items|water_purification',
    // "delivered 200 tonnes of rice to Cambodia", "sent 40 tons of food and medicines to Bolivia": relief by weight to a
    // party (not arms, 072, nor a commodity shipped, which is trade: "shipped 1 million tonnes of oil to India")
    'deliver|send|donate|airlift|dispatch tons|tonnes|ton|tonne of food|rice|wheat|flour|medicine|medicines|aid|supplies|relief',
    // people sent to relieve a disaster ("deployed a team of doctors", "sent rescuers to Turkey")
    'deploy|send|dispatch|fly team|teams|doctors|medics|rescuers|rescue_team|rescue_teams|aid_workers|relief_workers|medical_team|field_hospital',
  ],
  '074': [
    'deploy|send|dispatch|contribute peacekeeper|peacekeepers|peacekeeping_troops|peacekeeping_force|monitors|observers',
    'contribute troops',
    'protect',
    'provide protection|security|escort',
    'guarantee security',
    'send troops to help|protect|defend',
    // a deployment whose purpose is to help is aid, not a show of force ("would send 40 soldiers to Vanuatu to help clear roads")
    'send|deploy|dispatch troops|soldiers|personnel|engineers|sappers to_help|to_assist|to_support|to_protect|to_defend',
  ],
  '075': ['grant|give|offer asylum|refuge|sanctuary', 'open border|borders to', 'accept refugees', 'take in refugees', 'admit refugees'],

  // 08 yield
  '080': [
    'concede',
    'back down',
    'give in',
    'cave in',
    'relent',
    // (a bare "allow" or "permit" yields nothing: "an agreement allowing their forces to train", "allowing them to travel";
    // what is allowed in is named: inspectors, aid, access below; "will not allow any force to …" refuses, 12x)
    'make concession|concessions',
    'bow to',
    // a position given up under pressure yields; "will not change its position under any pressure" refuses (12x)
    'change|alter|abandon position|stance|course',
  ],
  '081': [
    'lift|ease|relax|cancel|loosen|remove|scrap|drop restriction|restrictions|ban|curbs|controls|limits',
    'cancel restrictions',
    // a barrier opened by an administrative act: "approved a batch of export licenses for South Korean battery makers",
    // "approved imports of South African stone fruit"
    'approve|grant|issue =licence|licences|license|licenses|permit|permits',
    // ("approved a ban on Russian imports" is the opposite)
    'approve =imports',
  ],
  '0811': [
    'lift|ease ban|restrictions on press|media|newspaper|speech|party|parties|opposition',
    'allow rally|rallies|protest|protests|demonstration|demonstrations',
  ],
  '0813': ['lift|ease|relax|shorten|end curfew'],
  '0814': ['lift|end|ease|relax state_of_emergency|martial_law|emergency|emergency_measures|emergency_rule|state_of_siege'],
  '082': [
    'call_off strike|protest|protests|demonstration|boycott|hunger_strike|march|rally',
    'call_off a|the|its|their strike|strikes|protest|protests|boycott|walkout',
    'end strike|hunger_strike|boycott|protest',
    'suspend strike|protest|boycott',
    'calm protesters',
  ],
  '083': [
    'accept|meet|grant|accede_to|bow_to|yield_to|give_in_to demand|demands|conditions',
    'agree to demand|demands',
    'initiate reform|reforms',
    'allow to participate|run|contest',
    'approve law|reform|reforms',
    'hold elections',
  ],
  '0831': [
    'resign',
    'step down',
    'stand down',
    // (quitting an office; "quit the regional bloc" is leaving an organisation, no resignation)
    'quit post|office|job|cabinet|government|presidency|premiership',
    'abdicate',
    'leave office',
    'step aside',
    'tender resignation',
    'submit resignation',
  ],
  '0832': ['change|reverse|abandon|drop|scrap policy|policies|plan|plans'],
  '084': [
    'release from prison|jail|custody|detention',
    'free prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives|activist|activists',
    'hand back',
    'give back',
    'pay compensation|reparations|damages',
    'compensate',
    'hand_over weapons|territory|control',
    'return weapons|territory|land|property',
  ],
  '0841': [
    'release protester|protesters|demonstrator|demonstrators|activist|activists|student|students|prisoners_of_war|detained',
    'exchange|swap prisoner|prisoners|prisoners_of_war|detainees|captives|hostages',
    'hand_over captured|prisoner|prisoners|captives|hostages|detainees',
    // "handed four Lebanese detainees over to the Red Cross"
    'hand prisoner|prisoners|captives|hostages|detainees over',
    'release prisoner|prisoners|hostage|hostages|detainee|detainees|captive|captives|sailors|crew|journalist|journalists|nationals|citizens|fishermen|soldiers',
    // people held, named by what they are: "released the two men", "freed three aid workers"
    'release|free man|men|woman|women|guards|guard|pilot|pilots|tourists|tourist|workers|worker|officers|suspects|seamen|crewmen|climbers|missionaries|students|nationals|fishermen|sailors|soldiers|journalists',
    'release @',
    'free @',
    'set free',
    'repatriate',
    'swap prisoners',
  ],
  '0842': [
    'hand_over|return|repatriate remains|skulls|bones|artefacts|artifacts|relics|treasures|bronzes',
    // craft handed back are returned, not given ("handed the seized patrol boats back to Britain")
    'hand|give =patrol_boats|patrol_vessels|boats|vessels|ships|helicopters|aircraft|drones back to',
    'return property|assets|land|territory|remains|helicopter|aircraft|plane|ship|vessel|equipment|weapons|artefacts|artifacts',
    'hand_over territory|control|town',
  ],
  '085': [
    // a measure on trade taken back or made smaller: "scrapped the additional 25% duty", "cut its 100% tariff on Chinese
    // electric vehicles", "reduced duties on Canadian canola"
    // (the measure heads the verb's own object: "suspended two commanders from duty", "lowered the threshold for sanctions" are none)
    'lift|ease|relax|suspend|end|remove|scrap|waive|drop|lower|cut|reduce|halve|dismantle|roll_back =sanction|sanctions|embargo|embargoes|boycott|tariff|tariffs|duty|duties|levy|levies|surtax|surtaxes',
    'drop|remove|lower|scrap|dismantle barrier|barriers',
    // (quotas cut are a restriction, 16x; quotas lifted are one ended: "lifted import quotas on Japanese steel")
    'lift|remove|scrap|end|abolish quota|quotas',
    // an exemption from a measure granted to a party: "granted Hungary a one-year exemption from sanctions on Russian oil"
    'grant|give|extend|issue @ exemption|exemptions|waiver|waivers|carve_out',
    'grant|give|extend|issue exemption|exemptions|waiver|waivers to @',
    // a measure held off longer: "extended by a year its suspension of the ban on gallium exports to the United States",
    // "extended by six months the suspension of its countermeasures on EUR 93 billion of US goods"
    // (the measure heads the phrase after "of": not "the suspension of EU funds to Hungary over rule of law concerns")
    'extend|prolong|renew suspension|pause|waiver|exemption of|on|from =countermeasures|tariffs|tariff|duties|duty|sanctions|ban|bans|rule|restrictions|controls|curbs',
  ],
  '086': [
    'allow|admit|accept|receive inspector|inspectors|observer|observers|monitor|monitors|mission|peacekeeper|peacekeepers',
    'allow access|entry',
    'open to inspection|inspections',
  ],
  '0861': ['accept|allow|receive|welcome peacekeeper|peacekeepers|peacekeeping_force|troops'],
  '0862': ['accept|allow|receive|admit inspector|inspectors|observers|monitors|mission_of_observers'],
  '0863': [
    'allow|permit humanitarian|aid_access|delivery|deliveries|corridor|convoy|convoys',
    'open bridge|crossing|corridor|crossings',
    'open border crossing',
    'allow delivery',
    'allow aid',
  ],
  '087': [
    'exercise|show restraint|maximum_restraint',
    'de - escalate',
    'scale_back operations|offensive|military',
    'ease tension|tensions',
    'halt offensive|attacks|bombing|fighting',
    'stop fighting|attacks',
  ],
  '037': ['propose|offer|suggest truce|ceasefire|cease_-_fire|armistice|peace_plan|settlement|peace_deal'],
  '0353': ['propose|offer exchange|swap|release of prisoners|prisoner_exchange|prisoner_swap'],
  '0871': ['declare|announce|observe|call|sign ceasefire|truce|cease_-_fire|armistice', '~ceasefire', '~truce'],
  '0872': ['lift|ease|end|relax blockade|siege|closure', 'reopen border|borders|crossing'],
  '0873': ['demobilize|demobilise|disarm|disband', 'lay down arms|weapons', 'decommission weapons', 'hand in weapons'],
  '0874': [
    'withdraw',
    'pull out',
    'pull back',
    'retreat',
    'surrender',
    'evacuate settlement|settlements|base|bases|position|positions',
    'withdraw troops|forces|soldiers|army|units',
    'pull_out troops|forces',
    'complete withdrawal',
    '~withdrawal',
    '~pullout',
    '~troop withdrawal',
    'speed up withdrawal',
    'begin withdrawal',
  ],
};
