/**
 * English legal vocabulary: verb classes (what a party does), object classes (what it is done to),
 * and the phrases that say who acts and how strongly. One alternative a line; see phrases.ts for
 * how a line reads and index.ts for how tables of several languages sit together.
 */
import type { Vocabulary } from './index';

/** The United States as documents name it. */
const US_NAMES = ['united states', 'u\\.s\\.', 'usa'];
/** "the", "such", "this", "any such": what refers back to something the sentence before named. */
const FOLLOW_ARTICLE = '(?:the|such|this|that|these|those|said|each such|any such|all such)';

export const en: Vocabulary = {
  verbs: {
    notify: ['notif', 'inform', 'report', 'alert', 'tell', 'communicat', '(?:written |prompt )?notice\\b', 'let (?:\\w+ ){1,2}know\\b'],
    engage: ['engag', 'appoint', 'use', 'uses', 'using', 'utili[sz]', 'subcontract', 'sub-contract', 'hire', 'hires', 'hiring', 'retain', 'add', 'adds', 'adding', 'replac', 'onboard'],
    // "backups will be overwritten in the ordinary course within 30 days".
    erase: ['delet', 'eras', 'destr', 'purg', 'anonymi[sz]', 'dispos(?:e|al)', 'wip(?:e|ed|ing)\\b', 'shred', 'overwrit(?:e|es|ten|ing)\\b',
      // "removed from our database", "remove your details from our admin database": deleting, not removing a sub-processor.
      'remov(?:e|ed|es|ing|al)\\b(?= (?:(?:of )?(?:your|the|their|its|his|her|such|all|any) (?:[a-z]+ ){0,2})?from (?:our|the|its|their|your|all) (?:[a-z]+ ){0,2}(?:databases?|systems?|servers?|records|backups|platform))'],
    giveBack: ['return', 'export', 'retriev', 'download', 'extract'],
    keep: ['retain', 'retains', 'retained', 'retaining', 'retention', 'kept', 'keep', 'keeps', 'stored', 'store', 'stores', 'saved', 'save', 'held', 'hold', 'remain', 'remains', 'stays', 'stay'],
    audit: ['audit', 'inspect'],
    object: ['object', 'oppos'],
    respond: ['investigat', 'mitigat', 'remedia', 'remed(?:y|ies|ied|ying)\\b', 'contain(?:s|ed|ing|ment)? (?:and|or|,)', 'minimi[sz]e the (?:effects|impact|harm|consequences)'],
    transfer: ['transfer', 'export', 'transmit'],
  },
  objects: {
    breach: [
      'personal data breach',
      'data breach',
      'security breach',
      '(?:the|such|any|a) breach(?:es)?\\b',
      // "within 72 hours of a confirmed breach", "any suspected breach": the breach qualified by how sure it is.
      '(?:the|such|any|a|an) (?:confirmed|actual|suspected|reasonably suspected|known|potential|discovered) breach(?:es)?\\b',
      'breach of (?:security|personal data)',
      // "personal data protection breaches", "breaches related to the protection of the Controller's Data".
      'data protection breach(?:es)?',
      'breach(?:es)? (?:related to|of) the protection of',
      'security incident',
      // The UK public-sector clauses (Procurement Policy Note 02/18): "a Data Loss Event".
      'data loss events?\\b',
      // The GDPR's German "Verletzung des Schutzes personenbezogener Daten" in English: "violations of personal data".
      'violations? of (?:the protection of )?personal data',
      'personal data (?:protection )?violations?',
      'data incident',
      'incident',
    ],
    /** Breach events described rather than named. */
    breachEvent: [
      'accidental or unlawful destruction',
      'unauthori[sz]ed (?:access|disclosure)',
      'security (?:compromise|violation)',
      // "if Customer Data has been compromised", "any compromise of Customer Personal Data".
      '(?:data|information) (?:has|have|is|was|were) (?:been )?compromised\\b',
      'compromise of (?:\\w+ ){0,3}(?:data|information)\\b',
    ],
    /** Phrases that on their own speak of notifying a breach. */
    breachNotice: [
      'breach notification\\b',
      'notification of (?:a |any )?(?:personal data )?breach',
      // "the Controller's obligations under Articles 33 and 34 GDPR": the breach articles, cited together.
      'art(?:icle)?s?\\.? 33 (?:and|or|to|&) 34\\b',
      // "Articles 32 to 36", "Articles 33 to 36": a range of articles that takes in the breach articles.
      'art(?:icle)?s?\\.? 3[23] ?(?:to|-|–) ?3[4-6]\\b',
      // Art. 33(5): the record of breaches kept for the controller is part of the breach clause.
      '(?:document|record)s?(?: of)? (?:all |any |each )?(?:personal data )?breach(?:es)?\\b',
    ],
    /** "breach of this Agreement": a breach of contract, not of personal data. */
    breachOfContract: ['breach of (?:this|the) (?:agreement|dpa|contract|terms)', 'material breach', 'in breach of'],
    subprocessor: [
      'sub-? ?processors?\\b',
      'sub-? ?processing\\b',
      'subprocessors?\\b',
      'subcontract(?:or|ors|ing)?\\b',
      'sub-contract(?:or|ors|ing)?\\b',
      'another processor',
      // "consents to Vendor's use of the third parties listed at the URL below to process Customer Personal Data".
      '(?<=(?:use|engagement|appointment) of (?:the )?)third parties\\b(?=[^.]{0,80}\\bto process\\b)',
      'other processors',
      'third[- ]party (?:sub-?)?processors?',
      // "the appointment of an additional processor" (Art. 28(2)'s "another processor").
      'additional processors?\\b',
    ],
    data: ['personal data', 'customer data', 'customer content', 'data', 'information', 'content', 'records', 'copies'],
    // "controls shall take place after reasonable advance notice ... not more frequently than every 12 months" (an AVV's
    // "Kontrollen" in English): checks as an act that takes place, not security controls that are in place.
    audit: [
      'audit(?:s|ed|ing|or|ors)?\\b(?! (?:logs?|trails?))', 'inspections?\\b', 'on-site (?:visits?|checks?|controls?)',
      '(?:checks|controls) (?:shall|will|may|must|can) (?:only )?(?:take place|be (?:carried out|conducted|performed|made))',
      // "Customer may inspect Vendor's facilities": the verb, where someone is given it (not "the public can
      // collaboratively inspect" the code).
      '(?<=\\b(?:may|entitled to|right to|permitted to)(?:,[^,.;]{1,80},)? )inspect\\b',
      // Art. 28(3)(h) met by reports: "provide Customer with a copy of its most recent SOC 2 Type II report", questionnaires.
      '\\bprovid\\w* [^.]{0,60}?\\b(?:soc ?[123]|iso(?:/iec)? ?27001|third[- ]party|independent|external)\\b[^.]{0,30}\\b(?:reports?|attestations?)\\b',
      'security questionnaires?\\b',
      // The report named first: "undergoes an annual SOC 2 Type II examination and will provide a copy of its most recent report".
      '\\b(?:soc ?[123]|iso(?:/iec)? ?27001)\\b[^.]{0,80}\\bprovid\\w*\\b[^.]{0,40}\\b(?:reports?|copy|attestations?)\\b',
      // The controller's right to check in other words: "the right to monitor Vendor's compliance", "evaluate Spacelift's
      // adherence to its obligations", "a compliance mechanism to prove compliance", "records of its compliance", "an
      // attestation or certificate by an independent professional expert".
      '\\b(?:right to|may|entitled to|able to) (?:monitor|evaluate|assess|verify)\\b[^.]{0,40}\\b(?:compliance|adherence)\\b',
      '\\bto prove (?:its )?compliance\\b',
      '\\brecords of (?:its |their )?compliance\\b',
      '\\b(?:attestations?|certificates?)\\b[^.]{0,20}\\bby an? (?:independent|external|third[- ]party)\\b',
    ],
    /** An audit named as a reason to use data or an audit of something else, not an audit right. */
    auditElsewhere: [
      'such as (?:a |an )?(?:\\w+ ){0,2}audits?\\b',
      'government audits?\\b',
      'internal (?:compliance|audits?)\\b',
      'for (?:audit|auditing) purposes\\b',
      '(?:source )?code (?:is|are) (?:open|public)',
      'audit (?:our|the|its) (?:source )?code',
      'open[- ]source',
    ],
    // "subject to the terms and conditions, including the exclusions and limitations, of the Agreement": the caps by reference.
    liability: ['liab(?:le|ility|ilities)\\b', 'indemnif', 'subject to\\b[^.]{0,60}\\b(?:exclusions and limitations|limitations and exclusions)\\b'],
    security: [
      'technical and organi[sz]ational (?:security )?measures',
      'security (?:measures|controls|practices|safeguards|program|programme|standards|policies|policy)\\b',
      'security of (?:the )?processing\\b',
      'level of security',
    ],
    authority: ['supervisory authorit', 'data protection authorit', 'regulator', 'authorit', 'law enforcement', 'government'],
  },
  transfers: {
    // With no destination, under a heading that names it ("Transfers outside the EEA": "Personal data is not transferred.").
    denied: ['not (?:be )?transferred\\b', 'do(?:es)? not transfer\\b', 'never transfers?\\b'],
    // The UK clauses' "Restricted Country" and "restricted transfer" (outside the UK without adequacy regulations).
    thirdCountry: ['third[- ]countr', 'restricted (?:countr|transfer)'],
    chapter: ['chapter v (?:of (?:the )?)?(?:gdpr|general data protection regulation)\\b', 'art(?:icle)?s?\\.? 44 (?:et seq|ff\\b|to 49\\b)', 'art(?:icle)?s?\\.? 44 ?[-–] ?49\\b'],
    /**
     * How a DPA completes the transfer clauses it incorporates (the SCCs' modules and options, the UK Addendum's
     * tables, the parties as exporter and importer): each sentence doing so is part of the transfer mechanism.
     */
    sccTerms: [
      'modules? (?:one|two|three|four|1|2|3|4)\\b',
      '(?:optional )?docking clause',
      'clauses? (?:7|9|11|13|17|18)(?: ?\\([a-z]\\))?\\b[^.;]{0,80}\\b(?:options?|optional|appl(?:y|ies)|shall read|blank|removed|deleted|courts?|law of|law|included|not used|as determined|selected)\\b',
      // The form's own parts as a DPA completes them: "(c) Modules selected.", "(d) Options and clause selections.", the
      // UK Addendum's "Table 1 (Parties): ...", Annex I.C's "C. Competent supervisory authority" standing alone.
      'modules? selected\\b', 'clause selections?\\b', 'tables? [1-4] \\((?:parties|selected sccs|appendix information|ending)',
      '^\\W{0,5}(?:[a-c]\\. )?competent supervisory authority\\W*$',
      '\\b(?:option|optional (?:language|component|wording|clause))\\b[^.;]{0,60}\\bclauses? (?:7|9|11|13|17|18)\\b',
      'uk addendum',
      'international data transfer (?:addendum|agreement)',
      '\\bidta\\b',
      'tables? [1-4] of the (?:uk )?(?:addendum|idta)',
      'for (?:the )?purposes of table [1-4]\\b',
      '(?:is|are|acts? as|as) (?:the )?data (?:exporter|importer)s?\\b',
      'data (?:exporter|importer)s? ?:',
      'frequency of (?:the )?transfers?',
      'restricted transfers?',
    ],
    /** The SCCs' sub-processing clause (2021 Clause 9) completed by the DPA: its option and notice period. */
    sccSubprocessing: [
      'clause 9(?: ?\\([a-z]\\))?\\b[^.;]{0,80}\\b(?:options?|appl(?:y|ies)|time period|period)\\b',
      '\\boption 2\\b[^.;]{0,40}\\bgeneral (?:written )?authori[sz]ation',
      // "Option 2 of Clause 9(a) is implemented and the time period therein is 30 calendar days".
      '\\boptions? [12] (?:of|in|under) clause 9\\b',
    ],
    // "exclusively in a member state of the European Union", "within the territory of a Member State of the EU".
    eea: ['eu/eea', 'eu or eea', 'eea\\b', 'eu\\b', 'european union', 'european economic area', '(?:(?:the )?territory of )?(?:a |one of the |the )?member states? of (?:the )?(?:eu\\b|eea\\b|european (?:union|economic area))'],
    /** EU/EEA member states: "processed in Sweden" keeps the data in the EEA. */
    eeaCountries: [
      'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'czech republic', 'denmark', 'estonia', 'finland', 'france',
      'germany', 'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'poland',
      'portugal', 'romania', 'slovakia', 'slovenia', 'spain', 'sweden', 'iceland', 'liechtenstein', 'norway',
    ],
    /** Places whose leaving counts as a transfer in an outside-of clause. */
    home: ['eu\\b', 'eea\\b', 'eu/eea', 'european (?:union|economic area)', 'uk\\b', 'united kingdom', 'switzerland'],
    us: US_NAMES,
    /** Countries outside the EU/EEA that policies name as where a server stands ("a Yandex server in the Russian Federation"). */
    abroad: [
      ...US_NAMES, 'russian federation', 'russia', 'china', 'hong kong', 'india', 'singapore', 'japan',
      'south korea', 'taiwan', 'australia', 'new zealand', 'canada', 'brazil', 'mexico', 'argentina', 'israel', 'turkey',
      'ukraine', 'south africa', 'philippines', 'united kingdom', 'uk', 'switzerland',
    ],
    // Any place at all, after a verb of transferring or storing: "transfer Customer Personal Data globally", "to any
    // country or territory as necessary", "anywhere that Vendor or its Sub-processors maintain facilities", "transferred to
    // jurisdictions where we and our service providers store or process data", "anywhere in the world".
    anywhere: [
      'anywhere (?:in the world|that|where|we|it|our|they)\\b',
      'globally\\b',
      '(?:countries|jurisdictions|locations) worldwide\\b',
      '(?:in|or|and|to) (?:any |other |various |multiple )*(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|locations?) (?:in which|where|or territor)',
      '(?:to|in) (?:any|other) (?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies))\\b',
    ],
    /** Transfers said to be made in other words: "partly in the USA". */
    happen: [
      '(?:partly|partially|also|in part) in (?:the )?(?:united states|u\\.s\\.|usa)\\b',
      // A recipient certified under the EU-US Privacy Shield receives the data in the US (however invalid the mechanism).
      '(?:certified|certification|self-certif\\w*)\\b[^.]{0,80}\\bprivacy shield\\b',
      'privacy shield\\b[^.]{0,80}\\b(?:certified|certification|self-certif\\w*)',
    ],
    mechanisms: {
      // The UK's International Data Transfer Addendum (to the SCCs) or Agreement: the UK's standard data protection clauses.
      scc: ['standard contractual (?:clauses|arrangements)', '\\bsccs?\\b', 'model clauses', 'standard data protection clauses', 'international data transfer (?:addendum|agreement)', '\\bidta\\b'],
      adequacy: [
        // Not its absence for the country the data goes to: "Google Workspace is located in the US, so your data is
        // transferred ... to a country without an adequacy decision". A condition still relies on it for the others: "if
        // Provider transfers ... to a territory for which the Commission has not issued an adequacy decision", "where there is
        // no adequacy decision", "For transfers ... to countries without an adequacy decision" or "where processing involves a transfer ... to a country without an adequacy decision, the SCCs
        // apply" mean adequacy covers the rest.
        '(?<!(?<!\\b(?:if|where|to the extent|for (?:any |all )?transfers?)\\b(?! (?:applicable|any|relevant|possible|necessary)\\b)[^.]{0,80}\\b(?:transfer|countr|territor|jurisdiction)\\w*\\b[^.]{0,100})\\bwithout (?:an? |any )?)adequacy decisions?',
        'adequacy regulations?',
        'decisions? on the adequacy',
        'adequacy (?:finding|ruling)s?',
        // "a country that the European Commission has declared to have an \"adequate\" level of protection"
        'commission (?:has )?(?:declared|decided|found|deemed|recogni[sz]ed)[^.]{0,40}\\badequate\\b',
        // "to any country deemed adequate by the European Commission": the adjective, the Commission after it.
        '(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies)) (?:\\w+ ){0,2}(?:deemed|considered|recogni[sz]ed|found|determined) (?:to (?:be|provide) )?(?:as )?adequate\\b',
        // "to countries or entities that provide adequate data protection, as recognized by European Data Protection Laws":
        // adequacy as the law recognises it (not a bare promise of "adequate protection").
        '(?:countr(?:y|ies)|jurisdictions?|territor(?:y|ies))\\b[^.]{0,30}\\b(?:that|which) (?:provide|ensure|offer)s? (?:an )?adequate (?:level of )?(?:data )?protection\\b,? (?:as )?(?:recogni[sz]ed|determined|decided|found)\\b',
      ],
      dpf: ['data privacy framework', '\\bdpf\\b'],
      bcr: ['binding corporate rules', '\\bbcrs?\\b'],
      tia: ['transfer[- ]impact assessment', '\\btias?\\b', 'transfer risk assessment'],
    },
    /** Words that tag a transfer clause beside a mechanism without naming it ("an adequate level of protection"). */
    nearMechanism: { scc: [], adequacy: ['adequate level of (?:data )?protection'], dpf: ['privacy shield'], bcr: [], tia: [] },
    outside: ['outside (?:of )?(?:the )?'],
    conditions: ['unless', 'except (?:where|if|when|to the extent|in accordance with|in compliance with|as permitted)', 'save (?:where|if|as)', 'other than (?:in accordance|in compliance|as permitted)', 'without (?:first )?(?:taking|ensuring|implementing|putting in place)', 'provided that'],
  },
  breach: {
    qualifiers: {
      immediately: ['immediately'],
      'without-undue-delay': ['without undue delay', 'without unreasonable delay'],
      promptly: ['promptly', 'as soon as (?:reasonably )?(?:possible|practicable)'],
    },
    /** Words just before a duration that make it a deadline ("within 24 hours"). */
    deadline: ['within', 'later than', 'latest', 'exceed', 'maximum of', 'max\\.?', 'not more than', 'no more than', 'in any event', 'in any case', 'in no event'],
    /** Words that make the deadline after them a hope, not a hard limit ("if possible, no later than 48 hours"). */
    soft: ['if possible', 'where possible', 'if feasible', 'where feasible', 'if practicable', 'where practicable', 'to the extent possible', 'ideally', 'endeavou?r to', 'aim to', 'strive to', 'target of'],
    /** Clocks that are not the notice: answering, triaging or fixing. */
    notTheNotice: ['respond', 'triage', 'resolve', 'acknowledge', 'restore', 'remediat'],
  },
  subprocessors: {
    general: [
      'general (?:prior )?(?:written )?authori[sz]ation\\b',
      'generally authori[sz]',
      'general (?:prior )?(?:written )?consent\\b',
      'authori[sz]es? [^.]{0,60}\\bto (?:engage|use|appoint|subcontract)\\b',
      // "Customer consents to Vendor engaging third-party Sub-processors".
      'consents? to [^.]{0,40}\\b(?:engag\\w*|use of|appoint\\w*)\\b',
      'agrees? (?:that|to) [^.]{0,60}\\b(?:may|can|will) (?:engage|use|appoint|subcontract)\\b',
      'acknowledges? (?:and agrees )?that [^.]{0,60}\\b(?:may|can|will) (?:engage|use|appoint|subcontract)\\b',
      // Consent to sub-processing itself, a permission to commission more, a right reserved to engage new ones.
      'consents? to (?:such |the |any )?sub-?(?:processing|contracting)\\b',
      '(?:commissioning|engagement|use|appointment) of (?:further|additional|new|other) sub-?(?:processors?|contractors?) is (?:permitted|allowed|authori[sz]ed)',
      'reserves? the right to (?:engage|employ|use|appoint|add|replace) (?:new |further |additional |other )?sub-?(?:processors?|contractors?)',
    ],
    specific: [
      'specific (?:prior )?(?:written )?(?:authori[sz]ation|approval|consent)\\b',
      // "without Customer's prior written consent", "without the Controller's express prior approval".
      "without (?:the )?(?:[\\w-]+(?:'s|s') )?(?:express )?prior (?:written )?(?:agreement|consent|approval|authori[sz]ation)\\b",
      // "may only engage subcontractors with the Customer's prior approval".
      "(?:only|solely)\\b[^.]{0,60}\\b(?:with|upon|after|subject to) (?:the )?(?:[\\w-]+(?:'s|s') )?(?:express )?prior (?:written )?(?:agreement|consent|approval|authori[sz]ation)\\b",
      // "may engage sub-processors subject to the Controller's prior written authorisation (for each sub-processor)".
      "\\bsubject to (?:the )?(?:[\\w-]+(?:'s|s') )?(?:express )?prior (?:specific )?(?:written )?(?:agreement|consent|approval|authori[sz]ation)\\b",
    ],
    /** "prior specific or general written authorisation": the GDPR's wording, neither. */
    either: ['specific or general', 'general or specific'],
    // Sub-processors named only as others bound by another clause ("Customer authorizes Spacelift and its
    // sub-processors to make international data transfers", "its employees, authorized agents, and any subprocessors
    // are required to comply with ... confidentiality"), or a party's role ("Provider will be deemed a subprocessor").
    coActor: [
      '(?:and|or|,) (?:its|their|any of its|any|all) (?:authori[sz]ed )?(?:sub-? ?processors?|subcontractors?)\\b',
      '(?:its|their) (?:employees|personnel|staff|agents|affiliates)\\b[^.]{0,60}\\b(?:sub-? ?processors?|subcontractors?)\\b',
    ],
    role: ['\\b(?:is|as|acts? as|acting as|be deemed|deemed to be|deemed) (?:a |the |another )?(?:sub-? ?processors?)\\b'],
    advance: ['in advance', 'prior to', 'before', 'beforehand', 'advance notice', 'notice period', 'prior (?:written )?notice'],
    advanceLead: ['(?:advance|prior) (?:written )?notice\\b'],
    notice: ['notif', 'notice\\b', 'inform', 'announc', 'publish', 'update'],
    change: ['new\\b', 'additional\\b', 'further\\b', 'replac', 'addition\\b', 'add(?:s|ing)?\\b', 'changes? (?:to|in|of|concerning)\\b', 'intended changes?'],
    // The controller's right to object to a new sub-processor, however it is drafted: "may object", "the opportunity
    // to object" (GDPR Art. 28(2)'s own wording), "can reject subcontractors" (German-style contracts in English).
    objectionRight: [
      'may object',
      '(?:right|entitled) to object',
      'may (?:\\w+ ){0,3}object',
      'can (?:\\w+ ){0,2}object',
      'opportunity to object',
      // The noun: "will notify Controller of updates and allow reasonable objections", "Customer may raise an objection",
      // "objections may be made in writing".
      '(?:allow|permit|accept|consider|entertain) (?:\\w+ ){0,3}objections?\\b',
      '(?:raise|make|submit|lodge|file|register|give notice of) (?:an |any |a |its |their )?(?:reasonable |written |good[- ]faith )?objections?\\b',
      'objections? (?:\\w+ ){0,3}(?:may|can) be (?:raised|made|submitted|lodged|notified)',
      '(?:may|can) (?:\\w+ ){0,2}reject (?:the |a |any |such |new |further |additional )*sub-?(?:processors?|contractors?)',
    ],
    /** "within this notice period": the objection window is the notice period. */
    sameWindow: ['within (?:this|that|such|the) (?:notice |advance notice |\\d+-day |thirty-day )?(?:period|notice period|time ?frame)'],
  },
  // The English periods are read by the patterns of terms/deletion.ts; these are the few words it shares with the
  // other tables: "two months later", "12 months of inactivity", "after 6 or 10 years", a section on cookies.
  retention: {
    // "We will store this information for a minimum of two years": a lower bound that states retention.
    minLead: ['for'],
    // "The retention period is 90 days", "a storage period of six months".
    periodNoun: ['retention period', 'storage period', 'retention time'],
    periodIs: ['is', 'of'],
    later: ['later'], inactive: ['of inactiv', 'inactiv', 'without activity'], alternatives: ['or', 'to'], cookieHeadings: ['cookies?'] },
  deletion: {
    /** Events after which a deletion deadline runs. */
    /** A sentence carrying on the erasing of the one before it: "Such deletion shall take place within 30 days". */
    followOn: ['(?:the|such|this|said|any such|all such) (?:deletion|erasure|destruction|return|removal|purging)\\b'],
    endEvents: ['terminat', 'expir', 'end of', 'cancel', 'cessation', 'ceas', 'request', 'instruction', 'closure', 'deactivat', 'conclusion', 'discontinu'],
    /** The events among those that end the contract, not a request: a deadline from them is the one the customer can count on. */
    contractEnd: ['terminat', 'expir', 'end of', 'cessation', 'ceas', 'closure', 'conclusion', 'discontinu', 'cancel', 'deactivat'],
    retrieve: ['request', 'ask', 'retrieve', 'export', 'download', 'obtain'],
    /** A period for the controller to make its choice ("at the choice of the Controller, exercised in writing within 30 days"). */
    choiceWindow: ['exercis(?:e|ed|es|ing)\\b', 'elect(?:s|ed|ion)? (?:to|whether|between)\\b', 'choos(?:e|es)\\b', 'opt(?:s)? (?:to|for)\\b'],
    /** Copies a deadline is about when the sentence speaks only of them: backups run on their own rotation. */
    backupOnly: ['(?:data|copies|information) (?:held |stored |kept )?in (?:\\w+ )?(?:back-?up|archive)', 'back-?ups? (?:copies )?(?:shall|will|are|must|may)\\b', 'back-?up (?:systems?|media|copies|tapes)'],
  },
  audit: {
    /** What makes a sentence an audit right: someone may audit, or the processor submits to one. */
    right: [
      'right to (?:audit|inspect|conduct|perform|carry out|monitor)',
      // "Vendor shall cooperate fully with any audit initiated by Customer".
      'co-?operat\\w* (?:\\w+ ){0,2}with (?:any |an |the |such |all )?(?:audits?|inspections?)\\b',
      '(?:authori[sz]e|allow|permit|enable|entitle)s? (?:the )?(?:\\w+ ){0,4}to (?:audit|inspect)',
      // With an aside between the modal and the verb: "Controller may, on reasonable prior notice, inspect the premises".
      '(?:may|can|shall be entitled to|is entitled to|are entitled to)(?:,[^,.;]{1,80},)? (?:\\w+ ){0,3}(?:audit|inspect)',
      '(?:allow|permit|submit to|contribute to|cooperate with|facilitate|enable|support|assist with|make available)[^.]{0,80}\\b(?:audits?|inspections?)\\b',
      '(?:audits?|inspections?) (?:may|shall|will|must|can) be (?:conducted|carried out|performed|requested|undertaken|made)',
      'audit (?:reports?|rights?|requests?)',
      // "conduct an on-site audit", "conduct no more than two audits per calendar year".
      '(?:conduct|perform|carry out|request|undertake) (?:[\\w-]+ ){0,4}?(?:audits?|inspections?)\\b',
    ],
    notice: ['notice', 'notif', 'in advance\\b', 'prior\\b'],
  },
  liability: {
    capped: [
      // "limitation of liability", "the limitation-of-liability terms".
      'limitations?[- ](?:of|on)[- ]liability\\b',
      // Liability left to the main agreement, whose limitations then apply: "Each party's liability under this DPA shall be
      // subject to the liability provisions of the Agreement", "Liability ... is governed by the Main Contract".
      'liabilit(?:y|ies)\\b[^.;]{0,80}\\b(?:(?:is|are|shall be|will be) governed by|(?:is|are|shall be|will be) subject to|as (?:set (?:out|forth)|provided|stated|specified|agreed)(?: in)?|in accordance with|pursuant to|(?:is|are|shall be) determined (?:by|under|in accordance with))\\b[^.;]{0,40}\\b(?:agreement|contract|terms of (?:service|use)|terms and conditions)\\b',
      '(?:liability|indemnit(?:y|ies)) (?:provisions?|clauses?|sections?|regime|terms)\\b[^.;]{0,80}\\b(?:agreement|contract)\\b[^.;]{0,40}\\b(?:apply|applies|govern|governs|shall apply|will apply)\\b',
      'liability\\b[^.]{0,80}\\b(?:limited|capped|shall not exceed|will not exceed|not to exceed|subject to the (?:exclusions and )?limitations|subject to the limitations|in (?:the )?aggregate)',
      '(?:aggregate|total|maximum|cumulative) liability\\b',
      'in no event\\b[^.]{0,60}\\bliable',
      'exclusions and limitations of liability\\b',
      'liability caps?\\b',
      '(?:liability )?limitations?\\b[^.]{0,100}\\b(?:shall|will) (?:also )?(?:apply|be applicable)\\b',
      'limitations and (?:exclusions|provisions)\\b[^.]{0,60}\\b(?:shall|will) (?:also )?apply',
      // "claims brought under this DPA will be subject to the terms and conditions, including the exclusions and limitations, of the Agreement".
      'subject to\\b[^.]{0,60}\\b(?:exclusions and limitations|limitations and exclusions)\\b',
    ],
    uncapped: [
      'limitations? of liability\\b[^.]{0,120}\\b(?:shall|will|does|do) not apply\\b',
      'unlimited liability\\b',
      // "Vendor's liability under this DPA shall not be limited", "... is unlimited".
      'liability\\b[^.;]{0,60}\\b(?:shall|will|is) not be (?:limited|capped)\\b',
      'liability\\b[^.;]{0,60}\\b(?:shall be|is|will be) (?:unlimited|uncapped)\\b',
      'without limitation of liability\\b',
    ],
    /** Money a party pays for something else (an audit, a fee), which makes no liability clause. */
    notAboutLiability: ['reimburs', 'rate of', 'costs?\\b', 'expenses?\\b', 'fees?\\b', 'to protect (?:against|from) (?:legal )?liabilit'],
    /**
     * Liability for whom, not how much: for another's acts ("liable for any failure by such Courier personnel", Art. 28(4)'s
     * "remain fully liable ... for the performance of that other processor's obligations"), or who bears it with whom
     * ("joint and several liability"). These say nothing of a cap; the liability term is not read from them alone.
     */
    forWhom: [
      'liable\\b[^.]{0,40}\\bfor (?:the |any )?(?:acts?|omissions?|failures?|performance|conduct|breach(?:es)?)\\b[^.]{0,40}\\b(?:of|by) (?:such |its |any |that |the )?(?:\\w+ ){0,2}(?:personnel|employees|staff|sub-?processors?|subcontractors?|agents?|other processor|(?:third[- ])?part(?:y|ies))',
      'joint(?:ly)?,? (?:and|or) several(?:ly)? liab',
      // "Remain liable for sub-processor compliance".
      'liable\\b[^.]{0,40}\\bfor (?:the |its |any |each )?(?:sub-? ?processors?|subcontractors?)\\b',
      '\\bjoint liability\\b',
    ],
    /** Limitations in other words than "limited": the exclusion of indirect or consequential damages. */
    excludesDamages: ['(?:assumes?|accepts?|bears?) no liability\\b', '(?:not|never) (?:be )?liable for (?:any )?(?:indirect|consequential|incidental|special|punitive|exemplary)\\b', 'no liability for (?:any )?(?:indirect|consequential|incidental|special|punitive)'],
  },
  law: {
    /** The clause that chooses a law. */
    governs: [
      // Not "Liability ... is governed by the Main Contract": an agreement named in place of a law chooses none.
      "governed (?:exclusively |solely )?by(?! (?:the |this |its |each |such )?(?:main |master |principal |underlying |services? |parties' )?(?:(?:liability|indemnity|limitation[- ]of[- ]liability) )?(?:agreement|contract|terms(?! of (?:the )?(?:laws?|state))|section|clause|provisions?|limitations?)\\b)",
      // "Any disputes under this DPA shall be resolved under the laws of the State of Delaware" (not "incorporated under the laws of").
      '(?:resolved|settled|determined|decided|construed) (?:in accordance with|under) the laws? of',
      'governing law',
      'construed (?:exclusively )?in accordance with',
      'laws? governing (?:this|the) (?:dpa\\b|agreement|addendum)',
      'interpreted in accordance with the laws?',
      'applicable law shall be',
      // "The laws of Sweden shall apply", "The laws of Sweden apply to this DPA".
      'laws? of [a-z ]{3,30} (?:shall |will )?(?:apply|applies|govern|governs)\\b',
      // "English law governs this DPA", "The laws of England and Wales govern this DPA".
      '(?:law|laws) (?:of [a-z ]{3,30} )?(?:governs?|will govern|shall govern) (?:this|the) (?:dpa\\b|agreement|addendum|data processing)',
      'select the laws? of',
      '(?:shall|will) be the laws? of',
    ],
    adjectiveLaw: [
      '(?:swedish|german|irish|english|french|dutch|danish|finnish|norwegian|austrian|swiss|belgian|spanish|italian|polish|estonian|luxembourg|california|delaware|new york|us|u\\.s\\.) law (?:shall )?appl(?:y|ies)\\b(?![^.]{0,20}\\brequires?\\b)',
      '(?:shall be|is|are) subject to (?:the )?(?:swedish|german|irish|english|french|dutch|danish|finnish|norwegian|austrian|swiss|belgian|spanish|italian|polish|estonian|luxembourg|us|u\\.s\\.) laws?\\b',
    ],
    forum: [
      'exclusive jurisdiction\\b',
      'jurisdiction of the courts?',
      'courts? of [a-z ]{3,30}(?:shall|will|have|has)',
      'disputes?\\b[^.]{0,120}\\b(?:courts?|arbitration|tribunal)\\b',
      'venue\\b[^.]{0,40}\\bcourts?',
      'choice of (?:law|forum)\\b',
      'select the courts? of',
      // German-tradition drafting in English ("Gerichtsstand"): "the sole place of jurisdiction ... shall be Berlin".
      'place of jurisdiction\\b',
    ],
    /** "the laws of the State of California" and the like, before a place name. */
    lawOf: ['(?:internal |substantive )?laws? of (?:the )?(?:state of |commonwealth of |province of |kingdom of |republic of )?'],
    /** Countries named by an abbreviation with "law": "US law". */
    abbreviations: { 'u.s.': 'United States', us: 'United States', usa: 'United States', uk: 'United Kingdom', eu: '' },
  },
  dsr: {
    assistVerbs: ['assist', 'support', 'help', 'cooperat', 'co-operat', 'forward', 'redirect', 'pass on', 'handl'],
  },
  security: {
    threats: [
      '(?:accidental|unlawful|unauthori[sz]ed)(?: or (?:unlawful|unauthori[sz]ed|accidental))?[^.]{0,80}\\b(?:destruction|loss)\\b',
      'loss, (?:damage|alteration)[^.]{0,40}\\bdestruction',
    ],
    triad: ['confidentiality, integrity', 'integrity(?:,| and) confidentiality', 'confidentiality(?:,| and) (?:integrity|availability)'],
  },
  modality: {
    prohibition: ['shall not', 'will not', 'must not', 'may not', 'cannot', 'can not', "won't", 'is not (?:permitted|allowed|entitled) to', 'are not (?:permitted|allowed|entitled) to', 'agrees? not to', 'undertakes? not to', 'shall in no event', 'will in no event', 'shall never', 'will never'],
    duty: ['shall', 'will', 'must', 'agrees? to', 'undertakes? to', 'commits? to', 'is (?:required|obliged|obligated) to', 'are (?:required|obliged|obligated) to', 'has to', 'have to', 'shall be (?:required|obliged|obligated) to'],
    permission: ['may', 'can', 'is entitled to', 'are entitled to', 'is permitted to', 'has the right to', 'have the right to', 'reserves? the right to', 'shall be entitled to', 'is allowed to'],
  },
  roles: {
    processor: ['processor', 'data processor', 'data importer', 'importer', 'service provider', 'provider', 'supplier', 'vendor', 'contractor', 'we', 'us', 'our'],
    controller: ['controller', 'data controller', 'data exporter', 'exporter', 'customer', 'client', 'you', 'your', 'subscriber', 'licensee', 'business'],
    authority: ['supervisory authority', 'supervisory authorities', 'authority', 'authorities', 'regulator', 'regulators', 'data protection authority', 'commissioner'],
    // "Affected Person(s)", "Affected People": the German templates' "betroffene Person" in English; the CCPA's "consumer".
    // Names, not patterns (text/parties.ts keys its default roles by them).
    dataSubject: ['data subject', 'data subjects', 'individual', 'individuals', 'end user', 'end users', 'affected person', 'affected persons', 'affected people', 'affected individual', 'affected individuals', 'consumer', 'consumers'],
    /** Art. 28(3)(b) without the word "confidential": the persons bound in writing, their reliability vouched for. */
    // "access ... is limited to those Supplier Personnel who need access to the Personal Data" (need to know).
    personnelBound: ['(?:bind|binds|bound|reliability of|reliability)\\b', 'who (?:need|needs|require|requires) (?:such )?access\\b', 'need[- ]to[- ]know\\b', 'duty of confidence\\b'],
    personnel: ['personnel', 'employees?', 'staff', 'persons? (?:authori[sz]ed|employed|engaged|involved)', 'authori[sz]ed persons?', 'persons who', 'members of'],
    /** Words that in a definition make the named party the processor or the controller. */
    processorWords: ['processor', 'data importer', 'service provider', 'supplier', 'vendor', 'contractor'],
    controllerWords: ['controller', 'data exporter', 'customer', 'client'],
    /** The head noun of a defined term that names a thing: its definition may mention a party without naming one. */
    thingWords: [
      'data', 'information', 'content', 'materials?', 'requests?', 'breach(?:es)?', 'incidents?', 'agreements?', 'addendum',
      'services?', 'laws?', 'regulations?', 'documentation', 'measures', 'clauses',
    ],
  },
  layers: {
    scc: ['standard contractual clauses', 'model clauses', 'standard data protection clauses', 'module (?:one|two|three|four|1|2|3|4)\\b', 'eu sccs'],
    sccBody: ['clause 1 ?[-–:.]? ?purpose and scope', 'clause 2 ?[-–:.]? ?effect and invariability', 'clause 6 ?[-–:.]? ?description of the transfers?', 'docking clause', 'section i\\b[^.]{0,10}clause 1'],
    scc2021: ['2021/914', 'docking clause', 'module (?:one|two|three|four|1|2|3|4)\\b', 'section i\\b'],
    scc2010: ['2010/87', 'c\\(2010\\) ?593', '5 february 2010', 'article 26\\(2\\) of directive 95/46', 'clause 11 ?[-–:.]? ?sub-?processing', 'obligations of the data importer'],
    ukAddendum: ['uk addendum', 'international data transfer addendum', 'international data transfer agreement', '\\bidta\\b', 'uk international data transfer', 'united kingdom addendum'],
    annex: ['annex', 'schedule', 'appendix', 'exhibit', 'attachment'],
    subprocessorList: [
      'list of (?:approved |authori[sz]ed )?sub-?processors', '(?:approved|authori[sz]ed|current) sub-?processors', 'sub-?processor list',
      // An annex whose title is its subject: "Appendix C – Sub-Processors", "Schedule 3: Subprocessors".
      '(?:annex|schedule|appendix|exhibit|attachment)(?: [a-z0-9.]{1,5})?\\W{1,5}(?:the )?(?:sub-?processors|subcontractors)\\W*$',
    ],
    securityAnnex: ['technical and organi[sz]ational (?:security )?measures', 'security measures', 'security safeguards', 'information security', 'security standards', '\\btoms\\b'],
  },
  lists: {
    // "Notification will include: - Nature of the breach - Likely consequences": the items are the notice's contents.
    contents: [
      '(?:will|shall|must|should|is to|are to) (?:at (?:a )?minimum |at least )?(?:include|contain|describe|set out|specify|state|comprise|cover)',
      '(?:including|containing|comprising|describing) (?:at (?:a )?minimum |at least )?(?:the following|the information below)',
      'the following (?:information|details|particulars|content)',
      // "The Processor uses the following subprocessors: - Keycloak (for authentication)": the items are the list.
      'the following (?:approved |authori[sz]ed )?(?:sub-?processors|subcontractors)',
    ],
    // "Travis-CI shall, without undue delay, notify the Client if: - it becomes aware of a personal data breach".
    completes: [
      'if', 'where', 'when', 'whenever', 'of', 'about', 'regarding', 'concerning', 'upon', 'on', 'in the event(?: of)?', 'in case(?: of)?',
      'in relation to', 'with respect to', 'with regard to', 'relating to', 'in connection with', 'as soon as',
    ],
  },
  tags: {
    // The words with which a sentence carries on the act of the sentence before it in the same paragraph:
    // "The contractor immediately informs the client of personal data protection breaches. [...] The notification must
    // be made at the latest within 24 hours". A definite or demonstrative article, then the act's own noun.
    // In a paragraph about a breach notice, its updates and its information given in phases are that notice (Art. 33(4)).
    'breach-notification': { followOn: [`${FOLLOW_ARTICLE} (?:notifications?|notices?|reports?|communications?)\\b`], carry: ['\\b(?:timely|regular|further|periodic) updates\\b', '\\bin phases\\b', '\\bwithout undue further delay\\b'] },
    // "All such requests must be in writing ... and may only be made once a year": the requests for audit information.
    audit: { followOn: [`${FOLLOW_ARTICLE} (?:audits?|inspections?|examinations?|controls?|on-site visits?|auditors?|requests?)\\b`] },
    // In a paragraph about sub-processors, objecting is objecting to one ("Embrace will update the list within thirty
    // (30) days of any such notification if Customer does not legitimately object within that time frame").
    subprocessors: { followOn: [`${FOLLOW_ARTICLE} (?:objections?|notices?|notifications?)\\b`], carry: ['\\bobject(?:s|ed|ing|ions?)?\\b'] },
    // In a paragraph about data subjects' requests, a later request is one of them ("Courier will respond to any such
    // request without Customer's prior written authorization", "... comply with the request"); an authority's request
    // or one to disclose is another clause's.
    'data-subject-rights': { followOn: [`${FOLLOW_ARTICLE} (?:requests?|assistance)\\b`], carry: ['^(?!.*\\b(?:law enforcement|authorit|regulat|government|courts?\\b|subpoena|legally binding|disclos)).*\\brequests?\\b'] },
    'international-transfer': { followOn: [`${FOLLOW_ARTICLE} (?:transfers?)\\b`] },
  },
};
