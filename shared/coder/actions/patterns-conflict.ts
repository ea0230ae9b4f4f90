/**
 * Action lexicon, CAMEO roots 09–20 (verbal and material conflict). Same syntax as
 * patterns-cooperation.ts. Threats, rejections and demands built from complements
 * ("threatened to cut aid", "refused to meet", "demanded that X withdraw") are derived in
 * complement-rules.ts from the embedded action, so they need no patterns here.
 */
export const CONFLICT_PATTERNS: Record<string, string[]> = {
  // 09 investigate
  '090': ['investigate', 'probe', 'inquire into', 'look into', 'inspect', 'open|launch|begin|start|order|conduct|complete|hold investigation|inquiry|probe|hearing|review',
    'dispatch|send inspector|inspectors|investigators|experts|fact_-_finding_mission', 'put under investigation', '~investigation', '~inquiry', '~probe',
    'open hearing', 'launch investigation'],
  '091': ['investigate corruption|fraud|crime|crimes|bribery|embezzlement|graft|kickbacks', '~fraud investigation', '~corruption investigation',
    '~corruption probe', '~criminal investigation'],
  '092': ['investigate abuse|abuses|rights_violations|human_rights|torture|killings|welfare|treatment'],
  '093': ['investigate attack|attacks|raid|strike|incident|clash|clashes|bombing|shooting|ceasefire_violations'],
  '094': ['gather|collect|document evidence war_crimes|atrocities|genocide|crimes_against_humanity', 'investigate war_crimes|atrocities|genocide|massacre', '~war crimes investigation', 'investigate alleged war crimes'],

  // 10 demand (demand/insist/order are complement verbs; "must" in reported speech too); a bare "insisted (that) …"
  // ("insisted the crews had broken the law", "insisted that the rebels pull back") is not coded as one: coders code it only
  // when the thing insisted on is itself an event ("insist on a ceasefire")
  '100': ['demand', 'order @', 'insist on', 'press for', 'push hard for', 'reiterate|repeat|restate demand|demands', 'renew demand', 'issue demand', 'make demand',
    'pressure'],
  '1041': ['demand resignation|ouster|removal|departure|impeachment', 'demand elections'],
  '1043': ['demand rights|autonomy|independence|self_-_determination'],
  '1053': ['demand release|return|handover|extradition'],
  '1056': ['demand withdrawal|pullout|ceasefire|truce'],
  '106': ['demand meeting|talks|negotiations|session'],

  // 11 disapprove
  '110': ['disapprove', 'object to', 'express displeasure|disapproval|dissatisfaction|outrage|anger|indignation|opposition', 'voice opposition|anger|displeasure',
    'take issue with', 'frown on', 'bristle at'],
  '111': ['call|describe|brand|label|dismiss sham|farce|charade|provocation|disgrace|insult|betrayal|aggression|blackmail|hypocrisy|propaganda|publicity_stunt|public_relations_exercise|declaration_of_war|act_of_aggression', 'criticize|criticise', 'condemn', 'denounce', 'slam', 'blast', 'rebuke', 'reproach', 'chide', 'deplore', 'decry', 'censure', 'lambaste',
    'castigate', 'berate', 'assail', 'attack verbally', 'scold', 'ridicule', 'mock', 'call provocative|illegal|unacceptable|irresponsible|reckless|illegitimate', '<draw criticism|condemnation|rebuke|fire|ire|protest|protests from',
    'label as', 'describe as ugly|illegal|unacceptable|provocation|provocative',
    'call|describe_as|brand|term deplorable|regrettable|outrageous|shameful|disgraceful|absurd|hostile|unfriendly|dangerous|destabilising|destabilizing|irresponsible|unjustified|unjustifiable|unlawful|baseless|groundless|hypocritical|cynical|mistake|blunder|farce|travesty|insult|violation|breach'],
  '112': ['accuse', 'blame', 'allege', 'charge with', 'level accusation|accusations|charges', 'point finger at', 'hold responsible'],
  '1121': ['accuse of corruption|fraud|crime|crimes|misusing|embezzlement|bribery', 'indict', 'charge with corruption|fraud|murder'],
  '1122': ['accuse of violating_human_rights|rights_abuses|abuses|torture|human_rights'],
  '1123': ['accuse of aggression|attack|attacks|violating_ceasefire|violating_truce|provocation|invasion|incursion'],
  '1124': ['accuse of war_crimes|genocide|atrocities|ethnic_cleansing'],
  '1125': ['accuse of spying|espionage|treason|collaborating'],
  '113': ['rally opposition|against', 'mobilize against|opposition', 'unite against'],
  '114': ['complain', 'lodge|file|make|register|deliver protest|complaint|complaints|grievance|representations|demarche|démarche', 'protest', 'summon ambassador|envoy|diplomat|charge_d',
    'summon', 'issue protest', 'send protest note', 'make representations'],
  '115': ['sue', 'file suit|lawsuit|case|complaint|charges', 'take legal action', 'take to court', 'bring case|lawsuit|suit|charges'],
  '116': ['convict', 'find guilty', 'sentence', 'rule against'],

  // 12 reject (refuse/decline/fail are complement verbs)
  '120': ['dismiss remark|remarks|comment|comments|statement|statements|criticism|concerns', 'reject', 'refuse', 'decline', 'rebuff', 'spurn', 'turn down', 'dismiss appeal|call|calls|proposal|plan|offer|demand|request|report|ultimatum|warning|warnings|threat|threats|criticism',
    'rule out', 'deny request|access|permission|visa|application|allocation|permit|land', 'say no to', 'balk at', 'oppose', 'resist',
    'ignore call|calls|demand|demands|appeal|warning', 'snub', 'shun', 'refuse to accept', 'block resolution|bill|proposal|deal'],
  '121': ['reject cooperation|aid_offer|investment', 'refuse cooperation'],
  '122': ['reject request for aid|assistance|help', 'reject calls for aid|assistance', 'refuse aid|assistance|help'],
  '123': ['reject reform|reforms|demand_for_reform'],
  '124': ['refuse to release|free|lift|withdraw|resign', 'decline to resign|step_down', 'refuse to yield|budge'],
  '125': ['reject talks|negotiations|meeting|dialogue|offer_of_talks|invitation|proposal_for_talks', 'refuse to meet|talk|negotiate', 'reject meeting'],
  '126': ['reject|oppose|refuse mediation', 'oppose mediation'],
  '127': ['turn_down|rebuff|spurn|dismiss plan|proposal|peace_plan|initiative|deal|agreement|framework|roadmap', 'reject plan|proposal|peace_plan|agreement|deal|accord|settlement|formula|peace_proposal|framework|roadmap|ultimatum',
    'renege on', 'back out of', 'pull_out_of agreement|deal|treaty|accord|pact', 'withdraw from agreement|deal|treaty|accord|pact', 'tear up agreement|deal|treaty',
    'abandon agreement|deal|treaty|accord|talks', 'scrap agreement|deal|treaty'],
  '128': ['defy', 'violate ban|law|agreement|resolution|sanctions|embargo|order|rules|norms|treaty|accord|sovereignty|airspace|territory',
    'breach agreement|resolution|sanctions|embargo|treaty|law', 'flout', 'disobey', 'ignore ban|law|resolution|order|ruling', 'defy ban|order|ruling|resolution'],
  '129': ['veto', 'block resolution', 'use veto', 'cast veto'],

  // 13 threaten (threaten/warn/vow are complement verbs for the specific codes)
  // warning of what the speaker will do is a threat ("warned of a crushing response"), warning of famine is not
  '130': ['threaten', 'warn', 'issue warning|threat|threats', 'make threat|threats', 'intimidate', 'warn of response|consequences|reprisals|retribution|countermeasures|repercussions',
    'vow|promise response|reprisals|retaliation|countermeasures|consequences', 'take countermeasures|retaliatory_measures|reciprocal_measures',
    'take necessary|resolute|decisive|firm|strong|forceful measures|steps|action', 'take all_necessary|all_possible measures|steps|action', 'respond|react|retaliate in_kind|accordingly|firmly|decisively|other_ways'],
  '131': ['threaten sanctions|boycott|embargo|tariffs|tariff|penalties'],
  '1313': ['threaten to break|cut|sever|downgrade relations|ties'],
  '133': ['threaten protest|protests|strike|boycott|general_strike'],
  '138': ['threaten war|attack|attacks|military_action|force|invasion|retaliation|offensive|strike|strikes', 'threaten to use force',
    'threaten retaliation', 'warn of retaliation|war|military_action', 'rattle sabre|saber', 'vow retaliation|revenge', 'threaten military response'],
  '1385': ['threaten nuclear|chemical|biological attack|weapons|strike'],
  '139': ['give hours|days|weeks to', 'issue|give|deliver|set ultimatum|deadline', '~ultimatum'],

  // 14 protest
  '140': ['dissent', 'collect|gather signatures', 'sign petition', 'launch|begin|start campaign against', 'stage protest|protests', 'hold protest|protests',
    '~protest', '~protests', 'take to street|streets', '~sit - in', '~vigil'],
  '141': ['demonstrate', 'rally', 'march', 'hold|stage|organize|organise|call|join rally|rallies|demonstration|demonstrations|march|marches|sit_-_in|protest|protests|vigil',
    '~demonstration', '~demonstrations', '~rally', '~rallies', '~march', 'picket', 'converge for rally', 'gather to protest',
    'gather|rally|assemble|protest outside|in_front_of'],
  '142': ['~hunger strike', 'begin|start|stage|continue|launch|go_on|end hunger strike', 'refuse food', 'fast to protest'],
  // ("calling the strikes a violation" names air strikes: a labour strike is called with "a", a number or no article)
  '143': ['go on strike', 'stage|hold|organize|organise strike|strikes|walkout|general_strike|work_stoppage', 'call a|general|nationwide|national|indefinite|new strike|strikes|walkout|walkouts|work_stoppage', 'strike for', 'boycott',
    'walk out', 'stop|shun|stay_away_from work', '~general strike', '~labour strike', '~labor strike', '~boycott', '~walkout', 'down tools'],
  '144': ['block road|roads|roadway|street|streets|highway|highways|bridge|traffic|transport|access|entrance|railway|rail_line|port|airport|border',
    'barricade', 'blockade road|roads|highway', 'occupy square|building|office|offices|campus|parliament', 'obstruct', 'set up roadblock|roadblocks|barricades'],
  '145': ['riot', 'throw stones|rocks|petrol_bombs|molotov_cocktails|firebombs', '~riot', '~riots', 'loot', 'clash with police|security_forces',
    'resort to throwing stones', 'run riot', 'go on rampage', 'torch cars|vehicles'],

  // 15 force posture
  '150': ['sail|intrude|venture|stray into waters|airspace|zone|territorial_waters', 'enter|violate|breach airspace|territorial_waters', 'test missile|missiles|rocket|rockets|nuclear|device|bomb|weapon', '~missile test', '~missile tests', '~nuclear test', '~missile launch',
    'conduct|carry_out|hold|stage exercise|exercises|drill|drills|maneuvers|manoeuvres|military_exercise|test|tests|test_-_fire', 'test - fire',
    'launch ballistic|cruise missile|missiles', 'fire ballistic missile|missiles', 'show of force', 'order patrol|patrols',
    'patrol', 'fly over', 'sail through', '~military exercise', '~military drill'],
  '151': ['increase|raise|heighten police alert', 'put police on alert'],
  '152': ['scramble jet|jets|fighter_jets|fighters|aircraft|warplanes|interceptors', 'put|place on alert|high_alert|standby|war_footing', 'remain on alert|high_alert|standby', 'raise|heighten|increase alert|readiness',
    'go on alert'],
  '153': ['increase|boost|strengthen|step_up police_presence|security|patrols', 'deploy police|riot_police|security_forces'],
  '154': ['mobilize|mobilise', 'mobilize army|troops|forces|reservists|reserves', 'deploy|send|dispatch|move|mass|station troops|forces|soldiers|tanks|warships|army|reinforcements|reservists|missiles|battalion|battalions|brigade|jets|ships|carrier',
    'deploy', 'reinforce', 'strengthen|bolster|build_up|beef_up forces|troops|military_presence|defenses|defences|army', 'train hacker|hackers|fighters|militants|guerrillas|recruits',
    'call up reservists|reserves', 'build up', 'amass', 'rearm', 'prepare for war'],

  // 16 reduce relations
  '160': ['reduce|downgrade|scale_back|freeze ties|relations|cooperation|contacts', 'cancel|postpone|call_off visit|trip|meeting|summit|talks',
    'suspend links|flights|contacts|cooperation|membership', '~suspension', 'announce suspension', 'deny entry|visas', 'boycott talks|contact|summit'],
  '161': ['cut|sever|break|break_off|suspend|end ties|relations|diplomatic_ties|diplomatic_relations', 'recall ambassador|envoy|diplomats',
    'expel diplomat|diplomats|ambassador|envoy|embassy_staff|attache', 'close embassy|consulate|mission', 'declare persona non grata', 'withdraw ambassador|envoy',
    // "recalled its ambassador from Tel Aviv": the state the envoy leaves is the target
    'recall|withdraw ambassador|envoy|diplomats|charge_d\'affaires from'],
  '162': ['suspend|halt|cut|stop|freeze|reduce|withhold|cut_off|end|prohibit|block aid|assistance|funding|supplies|deliveries|support|loans|credits',
    'reduce food|supplies', 'reduce supplies'],
  '1621': ['suspend|halt|cut|stop|freeze|withhold|cut_off economic|financial aid|assistance|loans'],
  '1622': ['suspend|halt|cut|stop|freeze|withhold|cut_off military aid|assistance|program|programme'],
  '163': ['impose|slap|tighten|extend|announce|approve|adopt|expand|levy|reimpose|restore|reinstate|renew|snap_back sanction|sanctions|embargo|boycott|tariff|tariffs|duty|duties|levy|levies|restrictions|penalties',
    'raise tariff|tariffs|duty|duties on', 'hike tariff|tariffs|duties', 'adopt round|package of sanction|sanctions',
    'sanction', 'embargo', 'blacklist', 'ban import|imports|export|exports|trade|goods', 'freeze asset|assets', '~sanctions', '~embargo', '~trade ban',
    'impose unofficial restrictions', 'restrict trade|imports|exports'],
  '164': ['suspend|halt|break_off|end|walk_out_of|pull_out_of|quit|boycott talks|negotiations|dialogue', 'walk out of talks',
    // "pulled its delegation out of the talks", "recalled its negotiators"
    'pull|withdraw delegation|negotiators|team|delegates out_of|from talks|negotiations', 'recall negotiators|negotiating_team|delegation'],
  '165': ['end|halt|suspend|abandon|call_off mediation', 'end mediation efforts'],
  '166': ['expel|withdraw|pull_out|evict peacekeeper|peacekeepers|peacekeeping|inspector|inspectors|observer|observers|monitors|aid_workers|aid_agencies|staff|mission',
    'force out', 'ship out', 'order out'],
  '1661': ['expel|withdraw|pull_out peacekeeper|peacekeepers|peacekeeping_force|peacekeeping_troops'],
  '1662': ['expel|withdraw|pull_out|evict inspector|inspectors|observers|monitors', 'withdraw weapons inspectors'],

  // 17 coerce
  '170': ['coerce', 'seize|take|grab power', 'stage coup', '~coup', '~military coup', 'hack', 'hack into', 'cyberattack', 'carry_out cyber attack|cyberattack', '~cyber attack', '~cyberattack', 'blackmail', 'force to'],
  '171': ['seize', 'impound', 'damage', 'vandalize|vandalise', 'loot', 'sabotage'],
  '1711': ['confiscate', 'expropriate', 'nationalize|nationalise', 'seize property|assets|weapons|goods|land|shipment|cargo|vessel|ship|tanker', 'freeze property'],
  '1712': ['destroy', 'demolish', 'raze', 'bulldoze', 'burn', 'set fire to', 'set on fire', 'torch', 'deface', 'blow up', 'tear down'],
  '172': ['ban', 'outlaw', 'prohibit', 'proscribe', 'restrict', 'impose restriction|restrictions|ban|limits', 'bar',
    'bar|ban from entry|entering', 'impose travel_ban|visa_ban|visa_restrictions|entry_ban', 'deny visa|visas|entry', 'revoke visa|visas', 'prevent demonstration|protest|rally|march|meeting',
    'suspend publication', 'shut down', 'close down', 'revoke license|licence|citizenship', 'dissolve party|parliament'],
  '1721': ['censor', 'shut_down|close newspaper|station|media|website|websites|paper|channel|outlet', 'block website|websites|internet|access_to_internet', 'jam broadcasts'],
  '1722': ['ban party|parties|candidate|candidates|politician|politicians|opposition|group|organization|organisation|movement', 'bar candidate|candidates',
    'disqualify candidate|candidates'],
  '1723': ['impose|declare|enforce|extend|reimpose|institute curfew', '~curfew'],
  '1724': ['declare|impose|extend state_of_emergency|martial_law|emergency|state_of_siege|emergency_rule', 'declare emergency'],
  '173': ['arrest', 'detain', 'jail', 'imprison', 'round up', 'apprehend', 'take into custody', 'prosecute', 'put on trial',
    'hold in custody|detention', 'capture suspect|suspects|militants|fighters|leader', 'lock up', 'place under house arrest', 'raid home|homes|house|office|offices'],
  '174': ['deport', 'expel', 'exile', 'banish', 'order @ to leave|quit', 'declare persona_non_grata', 'declared persona_non_grata', 'expel journalist|journalists|activist|activists|worker|workers|migrants|refugees', 'send back', 'repatriate forcibly'],
  '175': ['crack down', 'suppress', 'repress', 'quell', 'disperse crowd|crowds|protesters|demonstrators|rally|protest|demonstration',
    'use tear_gas|water_cannon|rubber_bullets|live_ammunition|batons', 'fire tear_gas|water_cannon|rubber_bullets', '~crackdown', 'break up protest|demonstration|rally|march'],

  // 18 assault
  '180': ['terrorize|terrorise', 'attack with machete|machetes|knives|axes'],
  '181': ['abduct', 'kidnap', 'hijack', 'take hostage', 'hold hostage', 'seize hostage|hostages', 'snatch', '~kidnapping', '~abduction'],
  '182': ['assault', 'beat', 'beat up', 'stab', 'abuse', 'mistreat', 'maltreat', 'lynch', 'whip', 'flog', 'physically abuse'],
  '1821': ['rape', 'sexually abuse|assault'],
  '1822': ['torture', 'die of|from torture', 'die as result of torture', '~torture'],
  '1823': ['beat to death', 'stab to death', 'lynch', 'behead', 'hack to death', 'execute'],
  '183': ['bomb', 'explode|detonate|set_off bomb|bombs|explosive|explosives|device|series_of_bombs', '~bombing', '~bomb attack', '~bomb blast', 'plant bomb'],
  '1831': ['~suicide bombing', '~suicide attack', '~suicide bomber', '~suicide bombers', 'blow themselves|himself|herself up', 'carry out suicide'],
  '1832': ['~car bomb', '~car bombing', '~car bomb explosion', '~truck bomb'],
  '1833': ['~roadside bomb', '~roadside bombing', '~improvised explosive device', '~IED'],
  '184': ['use as human_shield|shields', 'hold as human_shield|shields', '~human shields'],
  '185': ['attempt to assassinate|kill', 'try to assassinate|kill', '~assassination attempt', 'attempt assassination', 'plot to assassinate|kill'],
  '186': ['assassinate', 'murder'],

  // 19 fight
  '190': ['return fire', 'respond|retaliate with force|full_force|military_force|overwhelming_force', 'attack', 'fight', 'clash', 'battle', 'kill', 'wound', 'injure', 'ambush', 'raid', 'storm', 'strike', 'fire', 'fire on|at', 'retaliate', 'hit back', 'avenge',
    // "hit" alone is mostly economic ("tariffs hit exports"): only with a military or civilian target
    'hit target|targets|position|positions|base|bases|refinery|refineries|depot|depots|convoy|convoys|ship|ships|vessel|vessels|tanker|tankers|facility|facilities|infrastructure|plant|plants|airfield|airfields|terminal|town|towns|city|cities|village|villages|building|buildings|hospital|school|camp|camps|troops|forces|soldiers|post|posts|checkpoint',
    'launch|mount|carry_out|stage|begin|conduct attack|attacks|offensive|assault|raid|raids|operation|operations|strike|strikes|incursion',
    'engage in fighting|combat|battle|clashes', '~military operation', '~military operations', '~attack', '~attacks', '~offensive', '~raid', '~incursion',
    '~military action', '~military strike', '~clashes', '~clash', 'exchange fire', 'go to war', 'wage war', 'declare war', 'massacre troops'],
  '191': ['blockade', 'impose|reimpose|tighten blockade|blockades|siege', 'besiege', 'lay siege', 'close border|borders|crossing|crossings|airspace|port',
    'seal border|borders|off', 'restrict movement', 'cordon off', '~blockade'],
  '192': ['occupy', 'invade', 'annex', 'capture town|city|village|territory|stronghold|base|airport|position|positions|area|region|hill|province|capital',
    'seize town|city|village|territory|control|area|stronghold|base|airport|region', 'retake|recapture town|city|village|territory|stronghold|base|airport|area',
    'take control of', 'overrun', 'mount|launch|begin invasion', '~invasion', '~occupation', 'retake', 'recapture'],
  '193': ['shoot', 'shoot at', 'gun down', 'open fire', 'fire shots|bullets', 'shoot dead', '~gunbattle', '~gunfight', '~firefight', '~shootout'],
  '194': ['shell', 'bombard', 'launch|fire artillery|mortar|mortars|rocket|rockets|shell|shells', '~shelling', '~artillery fire', '~rocket attack',
    'fire rocket|rockets|mortar|mortars|shell|shells'],
  '195': ['launch|fire missile|missiles|drone|drones|barrage|barrages|salvo|salvos|rocket|rockets', '~missile barrage', '~drone barrage', '~missile strike', '~missile strikes', '~drone attack', '~drone attacks', '~missile attack', '~missile attacks', 'airstrike', 'carry_out|launch|conduct airstrike|airstrikes|air_strike|air_strikes|air_raid|air_raids|drone_strike|drone_strikes',
    '~airstrike', '~airstrikes', '~air strike', '~air strikes', '~air raid', '~air raids', '~drone strike', '~drone strikes', 'shoot down', 'strafe',
    'fire missile|missiles at'],
  '196': ['violate ceasefire|truce|cease_-_fire|armistice', 'breach ceasefire|truce|cease_-_fire', 'break ceasefire|truce'],

  // 20 unconventional mass violence
  '200': ['commit atrocities', '~atrocities'],
  '201': ['expel from home|homes|villages', 'drive out residents|population|villagers', 'force from home|homes', '~mass expulsion'],
  '202': ['kill tens_of_thousands|hundreds_of_thousands|thousands|millions', 'exterminate', 'commit massacre|massacres', 'massacre', 'slaughter', 'commit genocide', '~massacre', '~genocide', '~mass killing', '~mass killings'],
  '203': ['~ethnic cleansing', 'engage in ethnic cleansing', 'ethnically cleanse'],
  '2041': ['use chemical|biological weapons', '~chemical attack', '~gas attack', '~chemical weapons attack'],
  '2042': ['detonate nuclear weapon|bomb|device'],
};
