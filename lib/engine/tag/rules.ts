/**
 * The clause vocabulary as data. Each rule matches a sentence (lower-cased, quotes folded: Doc.norm)
 * and says why it fired. A category is tagged when one of its `cue` rules matches and none of its
 * `veto` rules does; `section` rules tag a sentence that sits under a heading about the category
 * and carries one of the category's weaker words.
 */
import type { Category } from '../report';
import * as V from '../vocabulary';
import * as P from '../vocabulary/en-policy';
import { compile } from '../vocabulary/phrases';

export interface ClauseRule {
  id: string;
  re: RegExp;
  reason: string;
  /** A veto that does not apply when this matches too ("if you delete your account we keep it for 30 days"). */
  unless?: RegExp;
}

/** How a category reads on a privacy policy: the base cue rules but `drop`, plus `cue`; the base vetoes plus `veto`. */
export interface PolicyRules {
  drop?: string[];
  cue?: ClauseRule[];
  veto?: ClauseRule[];
  /** More weak words for the section rule under the category's headings. */
  weak?: RegExp;
  /** Items of a list introduced as about the category carry it without a weak word ("collect the following: - the date and time you visit;"). */
  listItems?: boolean;
  /** The category's headings on a policy, in place of the base ones. */
  heading?: RegExp;
}

export interface CategoryRules {
  category: Category;
  /** A sentence matching one of these is about the category. */
  cue: ClauseRule[];
  /** ...unless it matches one of these (the traps). */
  veto?: ClauseRule[];
  /** A heading matching this makes `weak` words enough. */
  heading?: RegExp;
  weak?: RegExp;
  /** A sentence opening with these carries on the category of the sentence before it in its paragraph (vocabulary `tags.followOn`). */
  followOn?: RegExp;
  /** Words that carry the category anywhere in a later sentence of a paragraph that named it (vocabulary `tags.carry`). */
  carry?: RegExp;
  /** On documents read as privacy policies (see PolicyRules); DPAs never see these. */
  policy?: PolicyRules;
}

const r = (id: string, re: RegExp, reason: string, unless?: RegExp): ClauseRule => ({ id, re, reason, ...(unless ? { unless } : {}) });

// A retention rule stated after all: a period of days to years, or deletion at the end of the contract.
const RETENTION_STATED = /\b\d+\s*(?:days?|weeks?|months?|years?)\b|\b(?:thirty|sixty|ninety|seven|fourteen|twelve|six|three) \(?\d*\)? ?(?:days?|weeks?|months?|years?)\b|\b(?:delet|eras|destr|return)\w*\b[^.]{0,80}\b(?:upon|on|after|following|at) (?:the )?(?:termination|expiry|expiration|end)\b/;

// A policy saying what it will explain ("This privacy notice explains what data ... collects, shares, and why") describes itself.
/** What makes a sentence the policy veto names a retention rule after all: a time or event the company deletes at, or a period beside the verb in any language. */
const RETENTION_AFTER_ALL = compile('retention-after-all', `${P.POLICY_RETENTION_AFTER_ALL.source}|${V.PERIOD_WITH_VERB.source}`);
const SELF_DESCRIPTION = r('policy-self-description', P.POLICY_SELF_DESCRIPTION, 'the notice describing what it covers, not a practice');

// A short question standing as a heading asks; it states no practice.
const QUESTION = r('policy-question', P.POLICY_QUESTION, 'a question heading, not a practice');

// Sentences that only define a term ("Personal Data Breach: means ...") are not commitments.
// A clause number may open it ("1.3 \"Data Breach\" means"), and a defined term may carry a plural in brackets ("Subprocessor(s)").
// "as a means of spam protection", "by means of": the noun, not the verb that defines.
// "means" as a noun after its adjective ("commercially acceptable means to protect") is no definition.
export const DEFINITION = r('definition', /^(?:\(?\d+(?:\.\d+)*\)?\.?\s+)?\W{0,3}[\w\s/'"()-]{2,60}["']?\s*(?::\s*(?:means|refers)|(?<!\b(?:a|by|any|no|the|other|some|all|such|various|reasonable|acceptable|appropriate|suitable|technical|electronic|automated|lawful|secure|available|necessary|effective) )\bmeans\b|\bshall mean\b|\brefers to\b)|^(?:\(?[a-z\d]{1,2}\)\.?\s*)?[\w\s/'"()-]{2,80}\b(?:is|are) (?:any|an?|the) (?:identified or identifiable|operation or set of operations|natural or legal person|marking of stored|form of automated|freely given|information relating)/, 'a definition, not a commitment');

export const CATEGORY_RULES: CategoryRules[] = [
  {
    category: 'breach-notification',
    cue: [
      r('breach-notify', V.BREACH_NOTICE, 'names a personal-data breach and notifying about it'),
      r('breach-unauthorised', V.BREACH_EVENT_NOTICE, 'notifying about unlawful destruction or unauthorised access to data'),
      r('breach-response', V.BREACH_RESPONSE, 'acting on a breach once it happened: investigating, containing, mitigating it'),
      r('breach-notification-heading-words', V.BREACH_NOTICE_WORDS, 'speaks of breach notification'),
      // "Unsuccessful attempts, such as pings, port scans ... are not Security Incidents": the carve-out that bounds the notice.
      r('unsuccessful-incidents', /\bunsuccessful (?:security )?(?:incidents?|attempts?|log-?in attempts?)\b[^.]{0,160}\b(?:security incidents?|breach)|\bunsuccessful security incidents?\b/, 'says which unsuccessful attempts are no incident to notify'),
    ],
    veto: [
      r('audit-context', /\baudit|\binspection/, 'an audit clause that only mentions a breach'),
      DEFINITION,
      r('breach-of-contract', V.BREACH_OF_CONTRACT, 'a breach of contract, not of personal data'),
    ],
    heading: /breach|incident|datenpanne|verletzung/,
    weak: /\bnotif|\binform\b|\breport|\bdescription\b|\bwithin \w+ hours\b|\bhours\b|\bwithout undue delay\b|\bcooperat|\bassist|\bmitigat|\binvestigat/,
  },
  {
    category: 'international-transfer',
    cue: [
      r('third-country', V.THIRD_COUNTRY, 'names third countries'),
      r('transfer-chapter', V.TRANSFER_CHAPTER, "cites the GDPR's chapter on transfers (Art. 44 ff.)"),
      r('outside-eea', V.OUTSIDE_HOME, 'speaks of data leaving the EU/EEA'),
      r('within-eea', V.WITHIN_EEA, 'says where the data is processed'),
      r('scc', V.MECHANISM_CUES.scc, 'names Standard Contractual Clauses'),
      r('scc-terms', V.SCC_TERMS, "completes the transfer clauses (a module, a clause's option, the UK Addendum, exporter and importer)"),
      r('adequacy', V.MECHANISM_CUES.adequacy, 'names an adequacy decision'),
      r('dpf', V.MECHANISM_CUES.dpf, 'names the EU–US Data Privacy Framework or Privacy Shield'),
      r('bcr', V.MECHANISM_CUES.bcr, 'names Binding Corporate Rules'),
      r('tia', V.MECHANISM_CUES.tia, 'names a transfer impact assessment'),
      r('data-location', V.DATA_LOCATION, 'says in which country the data is stored or processed'),
      r('outside-your-country', V.OUTSIDE_YOUR_COUNTRY, "says the data may go to countries other than the person's own"),
      r('servers-abroad', V.SERVERS_IN_US, 'says the servers are in another country'),
      r('anywhere', V.ANYWHERE, 'says the data may be processed in any country'),
      r('consent-transfer', /\bconsent to (?:this|the|such|these) transfers?\b|\banderen land\b|\bübertragung ihrer\b|\bübermittlung (?:ihrer|personenbezogener|von)/, 'speaks of transferring data abroad'),
      r('server-abroad', V.SERVER_ABROAD, 'data kept on or sent to a server outside the EU/EEA'),
      r('intl-transfer', /international (?:data )?transfers?|cross-border (?:data )?transfer|transfer(?:s|red|ring)? (?:of )?(?:your |the |any )?(?:personal )?(?:data|information) (?:to|into|outside)[^.]{0,60}\b(?:countr|united states|u\.s\.|usa|abroad|outside|jurisdiction)|(?:stored|processed|transferred) (?:in|to) (?:the )?(?:united states|u\.s\.|usa|countries other than)/, 'speaks of international transfers'),
    ],
    veto: [DEFINITION],
    heading: /transfer|übermittlung|third countr|location of (?:processing|data)/,
    weak: /\btransfer|\bsafeguard|\bcountr|\bchapter v\b|\blocat/,
  },
  {
    category: 'retention-deletion',
    cue: [
      // Not "Customer retains the right to ...", "retains all rights, title and interest": keeping a right, not data.
      r('retain', /\b(?:retain|retains|retained|retaining|retention)\b(?! of (?:records|documents) of processing)(?! (?:the|its|their|all|any|sole|full) (?:right|rights|ownership|title|discretion)\b)|\baufbewahr|\bspeicherdauer/, 'speaks of keeping data for a time'),
      r('kept-for', /\b(?:kept|stored|saved|keep|store|save|held)\b[^.]{0,60}\b(?:for|up to|until|no longer than|at most)\b[^.]{0,30}\b(?:days?|weeks?|months?|years?|period|necessary|required)\b/, 'says how long data is kept'),
      r('delete', V.ERASE_CUE, 'speaks of deleting data'),
      r('return-data', /\breturn(?:ed|ing)?\b[^.]{0,40}\b(?:data|information|records|content)\b|\b(?:export|retrieve)\b[^.]{0,30}\b(?:data|content)\b[^.]{0,60}\b(?:termination|cancel|expir|end of)/, 'speaks of returning data'),
      // "Upon termination ..., Provider shall make available to Customer a copy of any Personal Data": handing it back.
      r('copy-at-end', V.COPY_AT_END, 'hands a copy of the data back at the end'),
    ],
    veto: [
      DEFINITION,
      r('cookie-lifetime', /\bcookies?\b|\bexpires? after\b/, 'a cookie lifetime, not a retention period'),
      r('rights-list', /\b(?:right to|rights? of|rights to) (?:access|erasure|rectification|deletion)|access, rectification|rectification, erasure|\(access, /, 'a data-subject right, not a retention rule'),
      r('customer-retention', /\b(?:customer|user|employee) retention\b|\bretention (?:or|and) attrition\b|\blikelihood of retention\b/, 'keeping customers, not data'),
      // ... unless data or accounts are deleted after the inactivity ("We delete inactive accounts after 24 months of inactivity").
      r('security-lock', /\block(?:s|ed)? after\b|\binactivity\b|\btime-?out\b/, 'a session lock, not retention', /\b(?:delet|eras|purg|remov|anonymi[sz])\w*\b[^.]{0,60}\b(?:accounts?|data|information|details|profiles?|records)\b|\b(?:accounts?|data|information|details|profiles?|records)\b[^.]{0,60}\b(?:delet|eras|purg|remov|anonymi[sz])\w*/),
      r('security-threats', V.SECURITY_THREATS, "the Art. 32 list of threats a security measure guards against (accidental loss, unlawful destruction), not deletion", V.DELETE_OR_RETURN),
      r('retained-law', /\bretained (?:version|eu law|uk gdpr)\b/, 'retained EU law (the UK GDPR), not a retention period'),
      // Retention or deletion as one of the operations a definition or principle lists ("the use, collection, retention,
      // storage, security, disclosure, transfer, disposal, and other processing"; "including collection, storage,
      // analysis, and deletion"), unless a period or the end is named.
      r('operations-list', /\b(?:collection|use|storage|disclosure|access|analysis|transfer|recording|organi[sz]ation)(?:,| and| or)(?: (?:the )?[a-z]+(?:,| and| or)){1,6} (?:and |or )?(?:retention|deletion|disposal|erasure|destruction)\b|\b(?:retention|deletion|disposal|erasure|destruction)(?:,| and| or) (?:[a-z]+(?:,| and| or) ){1,6}(?:and |or )?(?:collection|use|disclosure|access|analysis|transfer|sharing)\b/, 'retention or deletion named among the operations of processing, not a rule for it', RETENTION_STATED),
      // How long the processing or the DPA lasts (Art. 28(3)'s "duration of the processing"), not the return or deletion.
      // Not the SCCs' Clause 8.5, "Duration of processing and erasure or return of data": the duration with its erasure.
      r('processing-duration', /\bduration of (?:the )?processing\b(?! and (?:the )?(?:erasure|deletion|return|destruction)\b)|\bsubject matter (?:and|&) duration\b|\b(?:this )?(?:dpa|agreement|addendum)\b[^.]{0,20}\b(?:shall |will )?remains? in (?:full )?(?:force|effect)\b|\bprocessing (?:will|shall) (?:be carried out|continue)\b|\bprocessing continues\b/, 'how long the processing or the DPA lasts, not the return or deletion of the data', RETENTION_STATED),
      // The CCPA service-provider restriction: "shall not (a) sell ...; (b) retain, use or disclose ... for any purpose other than",
      // also as "retain, use, combine or disclose" (the CPRA's combining) and in the gerund ("retaining, using, or disclosing").
      r('ccpa-restriction', /\bretain(?:ing)?, us(?:e|ing),? (?:combin(?:e|ing),? )?(?:or|and|and\/or) disclos(?:e|ing)\b/, 'the CCPA restriction on a service provider\'s use of the data, not retention', RETENTION_STATED),
      r('anonymized-form', /\b(?:pseudonymi[sz]ed|anonymi[sz]ed|anonymous) (?:or (?:pseudonymi[sz]ed|anonymi[sz]ed) )?(?:form|statistics)\b/, 'data used in anonymised form, not deleted', RETENTION_STATED),
      // The data subject's requests: "rectify, update and/or erase the personal data", "a consumer's request", "the right to request deletion".
      r('dsr-erasure', /\b(?:rectif|correct)\w*,? (?:(?:update|block|restrict)\w*,? )?(?:and\/or |or |and )?(?:eras|delet)\w*|\b(?:consumer|data subject|individual)(?:'s|s')? (?:deletion )?requests?\b|\bright to request (?:deletion|erasure)\b/, "a data subject's request for erasure, not a retention rule", RETENTION_STATED),
    ],
    heading: /retention|deletion|delete|return (?:and|or) (?:deletion|destruction)|termination|storage period|how long|löschung|speicherdauer/,
    weak: /\b(?:days?|months?|years?)\b|\bbackup|\bcop(?:y|ies)\b|\bcertif/,
    policy: {
      // On a policy, deleting is often the user's act or right, a child's data or a cookie; a deletion counts as
      // retention when the company deletes after a time or an event, or says how long it keeps.
      drop: ['delete'],
      cue: [
        r('policy-kept-for', P.POLICY_KEPT_FOR, 'says how long data is kept ("for 90 days", "as long as necessary")'),
        r('policy-erased-when', P.POLICY_ERASED_WHEN, 'says when the company deletes data ("removed after 90 days")'),
        r('policy-retention-words', P.POLICY_RETENTION_WORDS, 'names retention or a storage period'),
      ],
      veto: [
        // A period beside the verb keeps it, in any language: "nach 7 Tagen anonymisiert" as "anonymized after 7 days".
        r('policy-not-retention', P.POLICY_NOT_RETENTION, "the user's own deletion or right, a child's data or cookies, not a retention rule", RETENTION_AFTER_ALL),
        QUESTION,
      ],
      // "... may need to log and retain technical information for longer than seven days ... such as: - site testing".
      listItems: true,
    },
  },
  {
    category: 'subprocessors',
    cue: [
      r('subprocessor', V.SUBPROCESSOR, 'names sub-processors'),
      r('scc-clause-9', V.SCC_SUBPROCESSING, "completes the SCCs' sub-processing clause (its option and notice period)"),
      // Art. 28(2) without the word: "may engage third-party service providers to process Personal Data on its behalf".
      r('engages-processors', /\b(?:engag|appoint|us(?:e|es|ing)\b|retain|hir|commission)\w*\b[^.]{0,40}\b(?:third[- ]part(?:y|ies)|(?:service )?providers?|vendors?|contractors?|other (?:companies|entities|businesses|organi[sz]ations))\b[^.]{0,60}\bto (?:process|provide|perform)\b[^.]{0,80}\bon (?:its|their|our|[\w-]+(?:'s|s')) behalf|\b(?:engag|appoint)\w* (?:any |a )?(?:new|additional|another) third[- ]part(?:y|ies)\b[^.]{0,20}\bto process\b/, 'engages others to process the data on its behalf (a sub-processor, in other words)'),
    ],
    veto: [DEFINITION],
    heading: /sub-? ?process|subcontract|sub-contract|other processors/,
    weak: /\bobject|\bnotif|\bnotice\b|\binform|\bnew\b|\bchange|\breplac|\bengag|\blist\b|\bauthori[sz]|\bconsent|\bterminat/,
    // On a policy, "we use service providers to perform services on our behalf" says who receives the data: sharing.
    policy: { drop: ['engages-processors'] },
  },
  {
    category: 'audit',
    cue: [
      r('audit', V.AUDIT, 'speaks of audits or inspections'),
      r('demonstrate-compliance', V.DEMONSTRATE_COMPLIANCE, 'the information needed to demonstrate compliance (Art. 28(3)(h))'),
    ],
    veto: [
      DEFINITION,
      r('audit-as-purpose', V.AUDIT_ELSEWHERE, 'audits named as a reason to use data or of something else, not an audit right'),
    ],
    heading: /audit|inspection|kontroll/,
    weak: /\bnotice\b|\bnotif|\breport|\bonce\b|\bper (?:calendar )?year|\bcost|\bexpense|\bconfidential/,
  },
  {
    category: 'security-measures',
    cue: [
      r('toms', /technical and organi[sz]ational (?:security )?measures|\btoms\b|technische und organisatorische/, 'names technical and organisational measures'),
      r('security-measures', /\bsecurity (?:measures|controls|practices|safeguards|program|programme|standards|policies|policy)\b|\bprotective measures\b|\bsecurity of (?:the )?processing\b|level of security/, 'names security measures'),
      r('encryption', /\bencrypt|\baes-?\d{3}\b|\btls\b|\bssl\b|\bpseudonymi|\bhashed\b/, 'names encryption'),
      r('certification', /\biso(?:\/iec)? ?27001|\bsoc ?[12]\b|\bsoc ?2\b|\bpci[- ]dss\b|\bcertified\b|\bcertification/, 'names a security certification'),
      r('access-control', /\baccess controls?\b|\bmulti-factor|\btwo-factor|\b2fa\b|\bmfa\b|\bfirewall|\bintrusion|\bpenetration test|\bvulnerabilit|\bssh keys?\b|\bpasswords?\b|\bleast privilege|\bzero trust|\bddos\b|\bantivirus|\banti-virus|\bmalware|\bpatch/, 'names a security control'),
      r('backup-monitoring', /\bbackups?\b[^.]{0,40}\b(?:daily|regular|encrypt|secure|restore|recovery)|\bdisaster recovery\b|\blogging and monitoring\b|\bmonitor(?:s|ed|ing)? (?:of )?(?:access|systems|network)/, 'names backups or monitoring'),
    ],
    veto: [
      DEFINITION,
      // A table's header row ("Measure | Applicable details", "Category | Measures"): column names, not a measure.
      // Art. 28(3)(e): "assist the Controller by appropriate technical and organisational measures ... for the fulfilment of
      // ... requests": the measures are how the processor assists with data subjects' requests, not its security.
      r('assist-by-toms', /\b(?:assist|support)\w*\b[^.]{0,100}\b(?:by|using|with|through) (?:implementing |taking |using |means of )?(?:the )?appropriate technical and organi[sz]ational (?:protective )?measures\b(?![^.]{0,40}\bsecurity)/, 'the measures by which the processor assists with requests (Art. 28(3)(e)), not its security'),
      r('table-header', /^(?=.*\b(?:measures?|categor(?:y|ies)|details|description)\b)(?:(?:[a-z/&-]+ ){0,2}[a-z/&-]+ \| ){1,4}(?:[a-z/&-]+ ){0,2}[a-z/&-]+$/, "a table's header row, not a measure"),
    ],
    // "Security Incidents", "Security Breach Notification" head the breach clause, not the measures.
    heading: /security(?!\s+(?:incidents?|breach(?:es)?)\b)|technical and organi[sz]ational|toms\b|sicherheit(?!svorf)/,
    weak: /[a-z]/,
    policy: {
      // A password is the user's credential and "certified" a seal programme, unless a measure is named beside them.
      drop: ['certification', 'access-control'],
      cue: [
        r('policy-certification', /\biso(?:\/iec)? ?27001|\bsoc ?[12]\b|\bpci[- ]dss\b/, 'names a security certification'),
        r('policy-access-control', /\baccess controls?\b|\bmulti-factor|\btwo-factor|\b2fa\b|\bmfa\b|\bfirewall|\bintrusion|\bpenetration test|\bleast privilege|\bzero trust|\bddos\b|\bantivirus|\banti-virus|\bmalware/, 'names a security control'),
        r('policy-safeguards', P.POLICY_SAFEGUARDS, 'names safeguards ("physical, electronic, and managerial procedures", "virus protection software")'),
        r('policy-protect-data', P.POLICY_PROTECT_DATA, 'says how data or systems are protected'),
      ],
      veto: [
        r('policy-seal', P.POLICY_SEALS, 'a privacy seal or self-certification (Safe Harbor, TRUSTe), not a security measure', P.POLICY_REAL_SECURITY),
        r('policy-bound-recipient', P.POLICY_BOUND_RECIPIENT, 'a recipient bound by contract to protect the data: a sharing clause', P.POLICY_REAL_SECURITY),
        r('policy-transfer-safeguard', P.POLICY_TRANSFER_SAFEGUARD, 'safeguards for a transfer abroad: a transfer mechanism, not a security measure', P.POLICY_TECHNICAL_SECURITY),
        r('policy-heading-line', P.POLICY_HEADING_LINE, 'a heading line ("How we secure your data"): a topic, not a measure', P.POLICY_NAMED_CONTROL),
        r('policy-backup-retention', P.POLICY_BACKUP_RETENTION, 'copies kept in backups after deletion: retention, not a measure', P.POLICY_TECHNICAL_SECURITY),
        r('policy-gdpr-definition', P.POLICY_GDPR_DEFINITION, 'a GDPR term defined ("Pseudonymisation is the processing of personal data ..."), not a measure'),
        r('policy-not-our-measure', P.POLICY_NOT_OUR_MEASURE, "someone else's duty to secure data, or measures that guard rights or inform, not the company's security", P.POLICY_TECHNICAL_SECURITY),
      ],
    },
  },
  {
    category: 'liability',
    cue: [
      r('liability', V.LIABILITY, 'speaks of liability or indemnities'),
    ],
    veto: [DEFINITION],
    heading: /liabilit|indemn|haftung/,
    weak: /\bdamage|\bcompensat|\blimit|\bclaims?\b/,
  },
  {
    category: 'governing-law',
    cue: [
      r('governed-by', V.LAW_GOVERNS, 'says which law governs'),
      r('select-law', /\bselect the (?:laws?|courts?) of\b|\b(?:shall|will) be the laws? of\b|\bchoice of (?:law|forum)\b/, 'says which law or forum the parties chose'),
      r('jurisdiction', V.LAW_FORUM, 'says which courts decide disputes'),
    ],
    veto: [DEFINITION],
    heading: /governing law|applicable law|jurisdiction|disputes|choice of law/,
    weak: /\blaws?\b|\bcourts?\b|\barbitrat/,
  },
  {
    category: 'data-subject-rights',
    cue: [
      r('dsr-request', /\bdata subjects?'?s?'? (?:requests?|rights)|\brights of (?:the )?data subjects?|\bdata subject (?:access )?requests?|\bsubject access requests?|\bdsars?\b|\bconsumer (?:rights? )?requests?|\bprivacy rights? requests?|\brequests? (?:received )?(?:from|by|of) (?:an? |the |any |its )?(?:\w+(?:'s)? )?data subjects?|\b(?:a|the|any) data subjects? (?:makes?|submits?|sends?|files?|directs?) (?:\w+ ){0,2}requests?\b|\brequests?\b[^.;]{0,120}\b(?:received|made|submitted|sent|coming) (?:directly )?(?:from|by) (?:an? |the |any |its )?(?:\w+(?:'s)? )?(?:data subjects?|individuals|consumers)\b|\brequests? (?:from|by) (?:an? )?(?:individual|data subject)s?\b[^.]{0,60}\b(?:exercise|rights?)|\bdata subjects? (?:assert|exercise|invoke|claim)s? (?:their |any |its |his or her )?(?:\w+ )?rights?\b|\bdata subjects? (?:may|can|shall be able to|are entitled to) (?:assert|exercise|invoke)\b/, "speaks of data subjects' requests and rights"),
      // Art. 28(3)(e) done by the processor: "will, at Customer's request, correct, block or delete Customer Personal Data".
      // "to fulfil its existing obligations towards the Data Subject, as per section III of the GDPR" (Chapter III: the rights).
      r('dsr-chapter-iii', /\bobligations? (?:towards|to) (?:the )?data subjects?\b|\b(?:chapter|section) iii of the gdpr\b/, "the controller's obligations towards data subjects (GDPR Chapter III)"),
      r('dsr-correct-delete', /\b(?:rectify|correct|amend),? (?:(?:update|block|restrict)\w*,? )?(?:and\/or |or |and )?(?:erase|delete) (?:the |any |such )?(?:customer )?(?:personal )?(?:data|information)\b/, 'corrects or deletes data at the controller\'s or the data subject\'s request'),
      // The request in the passive: "Request that your information be corrected or deleted", "request that your personal data is erased".
      r('dsr-actions', /\b(?:request|ask) (?:that )?(?:we|us to) (?:correct|delete|erase|update|provide|restrict|stop|access)|\b(?:request|ask|require) that (?:your|the|any|such|their) (?:[\w-]+ ){0,3}(?:data|information|details|account)\b[^.]{0,20}\b(?:be|is|are) (?:corrected|deleted|erased|rectified|updated|restricted|removed)\b|\b(?:request|ask)(?: us)? to (?:see|view|access) (?:what |the |all |any )?(?:personal )?(?:data|information)\b|\b(?:access|view), (?:correct|update|rectify)|\b(?:access|correct|update|delete|download|export) (?:your|their) (?:personal )?(?:data|information)\b|\bright to have (?:their|your|his|her) (?:personal )?(?:data|information) (?:deleted|erased|corrected)|\blimit the use or disclosure of your|\b(?:data protection|privacy) rights\b|\b(?:abrufen|korrigieren|löschen)\b[^.]{0,40}\bexportieren/, 'says how people can see, correct or delete their data'),
      r('dsr-assist', V.DSR_ASSIST, "assisting with or passing on the requests of data subjects (Art. 28(3)(e))"),
      r('right-to', /\bright (?:of|to) (?:access|rectification|rectify|erasure|deletion|be forgotten|data portability|portability|object|restrict|restriction|withdraw|lodge|opt[- ]out|know|correct|delete)|\byou (?:have|may have|also have) (?:the|certain|a number of|several) rights?|\byour (?:privacy |data protection )?rights\b|\bexercise (?:your|their|its|these|those|any of (?:your|these)) (?:rights|right)|\baccess, rectification|\brecht auf (?:auskunft|berichtigung|löschung)|\bbetroffenenrechte|\b(?:are|is|be) entitled to (?:ask|request|obtain|receive) (?:us |from us )?(?:for )?(?:a notice|a copy|a list|access|information|disclosure)\b/, 'names a data-subject right'),
    ],
    veto: [DEFINITION],
    heading: /your rights|data[- ]subject|individual rights|privacy rights|rights of|right of access|right to|access (?:and|&) control|betroffenen/,
    weak: /\brespond|\brequest|\baccess|\bcorrect|\bdelet|\bportab|\bobject|\bwithdraw|\bcontact|\bverify|\bmonth|\bdays?\b/,
    policy: {
      cue: [
        r('policy-user-control', P.POLICY_USER_CONTROL, 'says how people can see, change or delete their own data ("log on and update your account information")'),
        r('policy-control-list', P.POLICY_CONTROL_LIST, 'lists access, correction or deletion'),
        r('policy-right-to-obtain', P.POLICY_RIGHT_TO_OBTAIN, 'a right to obtain confirmation, access, a copy, rectification or erasure, in the third person'),
        r('policy-on-request', P.POLICY_ON_REQUEST, 'the company corrects, deletes or gives access at the person\'s request'),
      ],
      veto: [
        r('policy-not-user-right', P.POLICY_NOT_USER_RIGHT, 'the company\'s own right or rights protected in general, not the user\'s access or deletion'),
        r('policy-choice-only', P.POLICY_CHOICE_ONLY, 'a complaint or the DPO: a way to contact, not access, correction or deletion', P.POLICY_ACCESS_EDIT_DELETE),
        r('policy-settings', P.POLICY_SETTINGS, 'privacy or data collection settings: a choice, not the user\'s data'),
        QUESTION,
      ],
      // "... access to the following information: - the purposes of the processing; - the categories of personal data concerned;"
      listItems: true,
    },
  },
  {
    category: 'government-access',
    cue: [
      r('authority-request', /\b(?:law enforcement|government(?:al)? (?:authorit|agenc|bod|entit|request|access)|public authorit|state authorit|intelligence (?:services|agenc)|national security|subpoena|court order|(?:judicial|administrative|regulatory)(?: (?:or|and) (?:judicial|administrative|regulatory)){0,2} (?:agency )?orders?\b|warrant|legally binding request|legal process\b|compel (?:the )?disclosure|behörde|requests? (?:from|by) (?:a |any )?(?:competent |public |governmental )?(?:authorit|court|regulator|government))/, 'speaks of requests from authorities'),
    ],
    veto: [DEFINITION],
    heading: /law enforcement|government|legal requests|requests for data|authorit/,
    weak: /\brequest|\bdisclos|\bnotif/,
  },
  {
    category: 'confidentiality',
    cue: [
      r('confidentiality', /\bconfidential(?:ity)?\b|\bduty of (?:secrecy|confidence)\b|\bsecrecy\b|\bnon-disclosure\b|\bvertraulich|\bverschwiegenheit/, 'speaks of confidentiality'),
      r('personnel-bound', V.PERSONNEL_BOUND, 'binds the persons who process the data, or vouches for their reliability (Art. 28(3)(b))'),
    ],
    // Art. 28(3)(b) binds the persons who process the data; the security triad, business secrets and an audit's own secrecy are other things.
    veto: [
      DEFINITION,
      r('security-triad', V.SECURITY_TRIAD, 'confidentiality as a goal of security measures (confidentiality, integrity, availability)', V.PERSONNEL),
      r('business-secrets', /\b(?:trade|business) secrets?\b|\bconfidential information\b/, 'business secrets, not the confidentiality of the persons processing the data', V.PERSONNEL),
      r('audit-secrecy', /\baudit|\binspection/, 'the secrecy an audit is held under, not the personnel duty', V.PERSONNEL),
      // A document handed over in confidence, data that stays under the DPA's confidentiality after it is kept, or a
      // promise not to violate it: the data's confidentiality as a condition of another clause, not the personnel duty.
      r('confidence-condition', /\bon a confidential basis\b|\bin (?:strict )?confidence\b|\b(?:remains?|remain) subject to\b[^.]{0,60}\bconfidential|\bpreserve the confidentiality\b|\b(?:violat|compromis)\w*\b[^.]{0,30}\bconfidentiality\b/, "the data's confidentiality as the condition of another clause, not the personnel duty", V.PERSONNEL),
    ],
    heading: /confidential|vertraulich|^(?:[\d.]+\s*)?(?:personnel|staff|employees)\.?$/,
    weak: /\bdisclos|\bsecret|\bemployees|\bpersonnel|\bstaff/,
  },
  {
    category: 'data-collection',
    cue: [
      r('we-collect', /\bwe (?:may |also |only |automatically )?(?:collect|obtain|receive|gather|record|log)\b|\b(?:information|data) (?:that |which )?we (?:collect|obtain|receive|gather)|\bcollect(?:s|ed|ion of)? (?:the following|your|personal|certain|some|information|data)|\bwe process (?:the following|these) (?:types|categories)|\b(?:types|categories|kinds) of (?:personal )?(?:data|information)\b|\b(?:data|information) (?:you|that you) (?:provide|give)|\bwe erheben|\berheben wir/, 'says what data is collected'),
      r('we-process-data', /\bprocess(?:es|ing)? your (?:\w+ ){0,2}data\b[^.]{0,60}\b(?:data|address|information)\b|\b(?:cv|resume|criminal records?|credit history|qualifications)\b[^.]{0,60},|\bmüssen sie [^.]{0,40}\b(?:namen|e-mail-adresse|passwort)/, 'says which personal data is processed'),
      r('data-list', /\b(?:name|names), (?:(?:postal |billing |e-?mail |ip )?address|e-?mail|phone|contact)|\b(?:e-?mail address|ip address|phone number|telephone number|date of birth|billing address|payment information|device identifiers?|browser type)\b[^.]{0,80},/, 'lists personal data items'),
    ],
    veto: [DEFINITION],
    heading: /information we collect|data we collect|what (?:personal )?(?:data|information)|categories of (?:personal )?data|types of (?:personal )?data|data collection|collection of|welche daten/,
    weak: /\bname\b|\be-?mail|\baddress|\bphone|\binformation\b|\bdata\b/,
    policy: {
      // The base "we collect" without its relative clauses ("the information we collect" names data, it does not collect it).
      drop: ['we-collect'],
      cue: [
        r('policy-we-collect', P.POLICY_WE_COLLECT, 'says what data is collected'),
        r('policy-collect', P.POLICY_COLLECT, 'says data is collected, in any person ("Mozilla receives", "is logged")'),
        r('policy-tracking-use', P.POLICY_TRACKING_USE, 'the site sets cookies, pixels or beacons to collect ("We may also collect information using Web beacons")'),
      ],
      veto: [
        SELF_DESCRIPTION,
        r('policy-not-collection', P.POLICY_NOT_COLLECTION, 'requests the company receives, not data it collects'),
        QUESTION,
        // "GitHub does not knowingly collect information from children under 13": a statement about an audience, not a collection.
        r('policy-not-knowingly', /\b(?:do|does|will|shall) not knowingly (?:collect|solicit|gather|process)\b/, 'says whom the service is not for, not what it collects'),
      ],
      listItems: true,
      // "How we share the information we collect", "How long we keep the data we collect": another practice's heading that names the data.
      heading: P.POLICY_COLLECTION_HEADING,
    },
  },
  {
    category: 'purposes-legal-basis',
    cue: [
      r('legal-basis', /\blegal bas[ei]s\b|\blawful bas[ei]s\b|\blegitimate interests?\b|\bperformance of (?:a|the|our) contract|\bnecessary for the performance\b|\bart(?:icle|\.)? ?6\s?\(1\)|\bart(?:icle|\.)? 6\b|\brechtsgrundlage|\bberechtigte[sn]? interesse/, 'names a legal basis'),
      r('purpose-phrases', /\bprocessing is (?:required|necessary) (?:to|for)\b|\bnecessary for compliance with a legal obligation|\bcompl(?:y|iance) with (?:a|our) legal obligations?\b|\bwe (?:also )?need to process\b|\b(?:is|are) used for [^.]{0,60}\bpurposes\b|\bprocessed only for\b|\bused (?:only |solely )?for\b[^.]{0,40}\bpurposes|\bcontractual (?:duties|obligations|necessity)\b/, 'says why data is processed'),
      r('purposes', /\bpurposes? (?:of|for) (?:the |which |this )?(?:processing|we (?:use|process|collect))|\bwe (?:may )?(?:use|process) (?:your |this |the |such |personal )*(?:data|information)\b[^.]{0,40}\b(?:to|for)\b|\b(?:used|processed) (?:for|to) (?:the following )?purposes|\bzwecke?n?\b/, 'says why data is processed'),
    ],
    veto: [DEFINITION],
    heading: /purpose|legal basis|lawful basis|how we use|why we|rechtsgrundlage|zweck/,
    weak: /\bto (?:provide|improve|send|comply|process|manage|communicate|protect|prevent)|\bconsent\b|\binterest/,
    policy: {
      cue: [
        r('policy-purpose', P.POLICY_PURPOSE, 'says what data is used for ("we use interaction data to improve")'),
        r('policy-purpose-item', P.POLICY_PURPOSE_HEAD, 'a purpose in a list ("To aid moderation")'),
      ],
      veto: [SELF_DESCRIPTION],
    },
  },
  {
    category: 'sharing',
    cue: [
      r('share', /\bshar(?:e|es|ed|ing)\b[^.]{0,60}\b(?:with|to)\b|\bdisclos(?:e|es|ed|ing|ure)\b[^.]{0,60}\b(?:to|with)\b[^.]{0,40}\b(?:third|partner|affiliat|group|compan|vendor|service provider|authorit)|\bthird[- ]part(?:y|ies)\b[^.]{0,60}\b(?:data|information|access)|\bsell(?:s|ing)?\b[^.]{0,30}\b(?:your|personal)|\bsale of (?:your )?(?:personal )?(?:data|information)|\bwithin (?:our|the) (?:corporate )?group|\bgroup compan|\bweitergabe|\bweitergeben|\bgeben wir [^.]{0,40}\bweiter\b|\bthird-party (?:vendors|service providers|processors|partners)\b|\bhandled by\b[^.]{0,40}\b(?:vendors|providers)\b/, 'says to whom data is disclosed'),
    ],
    veto: [DEFINITION, r('confidential-info', /\bconfidential information\b/, 'about confidential business information')],
    heading: /sharing|share|disclos|third part|recipients|who we share|weitergabe|empfänger/,
    weak: /\bpartner|\bprovider|\bvendor|\baffiliat|\bgroup|\bauthorit|\bthird/,
    policy: {
      cue: [
        r('policy-disclose-to', P.POLICY_DISCLOSE_TO, 'says data is disclosed to others ("to others when we have your consent")'),
        r('policy-business-transfer', P.POLICY_BUSINESS_TRANSFER, 'data passes on in a merger, acquisition or bankruptcy'),
        r('policy-on-behalf', P.POLICY_ON_BEHALF, "agents or providers working on the company's behalf receive data"),
        r('policy-disclose-data', P.POLICY_DISCLOSE_DATA, 'says whether data is disclosed ("we do not disclose personally-identifying information")'),
        r('policy-recipient-receives', P.POLICY_RECIPIENT_RECEIVES, 'a recipient receives or reaches the data ("our service providers receive", "accessed by our contractors")'),
        r('policy-pass-data-to', P.POLICY_PASS_DATA_TO, 'data is passed on to a recipient ("passes your payment details to Stripe")'),
        r('policy-disclosed-passive', P.POLICY_DISCLOSED_PASSIVE, 'says when data is shared ("will only be shared if you grant permission")'),
        r('policy-third-party-tool', P.POLICY_THIRD_PARTY_TOOL, "a third party's tool collects on the site (Google Analytics, third-party services)"),
        r('policy-bound-recipient', P.POLICY_BOUND_RECIPIENT, 'a recipient bound by contract to protect the data'),
        r('policy-embedded', P.POLICY_EMBEDDED, 'third-party resources or social plugins loaded on the site'),
        r('policy-engaged-third-party', P.POLICY_ENGAGED_THIRD_PARTY, 'the company engages third parties or vendors to handle data, or a named service places its own cookie'),
        r('policy-recipient-list', P.POLICY_RECIPIENT_LIST, 'introduces a list of recipients ("We support the following providers:")'),
        r('policy-hosted-by', P.POLICY_HOSTED_BY, 'the site or data is hosted by a cloud provider'),
        r('policy-passed-to', P.POLICY_PASSED_TO, 'data is passed on to a named recipient ("the personal data transmitted to PayPal")'),
        r('policy-third-party-component', P.POLICY_THIRD_PARTY_COMPONENT, "a third party's component or service is built into the site (\"integrated components of Facebook\")"),
        r('policy-third-party-learns', P.POLICY_THIRD_PARTY_LEARNS, 'a third party learns of the visit through its component or cookies ("receives, through the component, information about a visit")'),
        r('policy-to-recipient', P.POLICY_TO_RECIPIENT, 'a list item naming a recipient ("To an expert, consultant, or contractor of GSA")'),
        r('policy-named-service', P.POLICY_NAMED_SERVICE, 'a named service does a job for the site, or content is embedded from other sites ("We use Stripe for payment processing")'),
      ],
      veto: [SELF_DESCRIPTION, QUESTION],
      // "We support the following providers: - Tenor - Sketchfab": the names in a list of recipients are recipients.
      listItems: true,
      heading: P.POLICY_SHARING_HEADING,
      // Under "Information we share" / "Who we may disclose information to", a named recipient receiving or storing data.
      weak: /\breceiv|\bsends?\b|\bsent\b|\bhost|\bstor(?:e|es|ed|age)\b|\bprocess|\buses?\b/,
    },
  },
  {
    category: 'cookies-tracking',
    cue: [
      r('cookies', /\bcookies?\b|\btracking (?:technolog|pixel|tool)|\bweb beacons?\b|\bpixels?\b|\blocal storage\b|\banalytics\b|\bfingerprint|\btargeted advertis|\binterest-based advertis|\bbehaviou?ral advertis|\bgoogle analytics\b|\bdo[- ]not[- ]track\b|\bglobal privacy control\b|\bgpc\b|\bopt[- ]out preference signals?\b|\btrackers?\b/, 'names cookies, analytics or tracking'),
    ],
    veto: [DEFINITION],
    heading: /cookie|tracking|analytics|global privacy control|opt-out signal/,
    weak: /\bbrowser|\bdevice|\bopt[- ]out|\bsettings/,
  },
  {
    category: 'automated-decisions',
    cue: [
      r('automated', /\bautomated (?:individual )?decision|\bautomated processing\b[^.]{0,60}\b(?:legal|significant)|\bprofiling\b|\bsolely (?:based )?on automated|\bbased solely on automated|\bautomatisierte (?:entscheidung|einzelfallentscheidung)/, 'names automated decision-making or profiling'),
    ],
    veto: [DEFINITION],
  },
  {
    category: 'children',
    cue: [
      r('children', /\bchild(?:ren|'s)?\b|\bminors?\b|\bunder (?:the age of )?1[3-8]\b|\bunder the age of\b|\bparental consent\b|\bcoppa\b|\bkinder\b|\bminderjährig/, "speaks of children's data"),
    ],
    veto: [DEFINITION],
  },
  {
    category: 'contact',
    cue: [
      r('dpo', /\bdata protection officer\b|\bdpo\b|\bdatenschutzbeauftragte/, 'names the data protection officer'),
      r('authority', /\bsupervisory authorit|\bdata protection authorit|\bauthority for privacy protection\b|\b(?:lodge|file|make) a complaint\b|\bcomplain to\b|\baufsichtsbehörde/, 'names a supervisory authority or complaint route'),
      r('contact-us', /\bcontact (?:us|our|the (?:controller|processor))\b|\b(?:e-?mail|write to|reach) us\b|\bquestions? (?:about|regarding|concerning) (?:this|our)\b|@[a-z0-9-]+\.[a-z]{2,}\b/, 'gives a way to contact the company'),
    ],
    veto: [DEFINITION],
    heading: /\bcontact|\bhow to reach|\bkontakt/,
    weak: /[a-z]/,
  },
  {
    category: 'policy-changes',
    cue: [
      r('changes', /\b(?:changes?|updates?|amendments?|modifications?|revisions?|additions?)(?: (?:or|and) (?:changes?|additions?|amendments?|modifications?))? (?:to|of) (?:this|the|our) (?:privacy |data processing |data protection )?(?:policy|notice|statement|dpa|addendum|agreement)|\b(?:changes?|updates?|amendments?|modifications?) to these terms\b|\b(?:this|these|our) (?:privacy )?(?:policy|notice|statement|terms) (?:change|changes|is updated|are updated)\b|\b(?:this|the|our) (?:privacy |data protection )?(?:policy|notice|statement|dpa|addendum) (?:may|will|might|can) (?:be )?(?:updated|changed|amended|revised|modified)|\b(?:we|[a-z]+) (?:may|will|might|can) (?:update|change|amend|revise|modify) (?:this|the|our|its) (?:privacy |data protection )?(?:policy|notice|statement|dpa|addendum|agreement)|\bwe (?:may|will|might|can) (?:update|change|amend|revise|modify) (?:this|the|our)|\b(?:the|an|any) (?:updated|amended|revised) (?:version of (?:this|the) )?(?:dpa|addendum|privacy (?:policy|notice))\b|\blast (?:updated|revised|modified)|\bänderungen (?:dieser|an der)/, 'says how the document changes'),
    ],
    veto: [DEFINITION],
    heading: /changes to|updates to|amendments|änderungen/,
    weak: /\bnotif|\bpost|\bmaterial|\beffective|\bupdate|\bchange/,
    policy: {
      cue: [r('policy-changes-words', P.POLICY_CHANGES, 'says how the policy changes ("we reserve the right to modify", "if we make material changes")')],
      veto: [r('policy-date-line', P.POLICY_DATE_LINE, 'a bare date line: when the policy changed, not how it changes')],
    },
  },
];

/** Headings of the sort "Contents" or the document title carry no category. */
export const MAX_SECTION_SENTENCE = 600;

// Each language's clause cues join its category: a cue rule per language with the reason in that
// language's words, and the language's heading and weak words widen the section rule.
for (const [lang, vocabulary] of Object.entries(V.LANGUAGES)) {
  for (const [category, w] of Object.entries(vocabulary.tags ?? {}) as [Category, V.TagWords][]) {
    const rules = CATEGORY_RULES.find((c) => c.category === category);
    if (!rules) continue;
    if (w.cue?.length) rules.cue.push(r(`${category}-${lang}`, V.compile(`tag-${category}-${lang}`, V.anyOf(w.cue)), w.reason ?? category));
    if (w.veto?.length) (rules.veto ??= []).push(r(`${category}-${lang}-veto`, V.compile(`tag-veto-${category}-${lang}`, V.anyOf(w.veto)), `not about ${category}`));
    if (w.heading?.length) rules.heading = new RegExp(`${rules.heading ? `${rules.heading.source}|` : ''}${V.anyOf(w.heading)}`);
    if (w.weak?.length && rules.weak) rules.weak = new RegExp(`${rules.weak.source}|${V.anyOf(w.weak)}`);
    if (w.carry?.length) rules.carry = new RegExp(`${rules.carry ? `${rules.carry.source}|` : ''}${V.anyOf(w.carry)}`);
    if (w.followOn?.length) rules.followOn = new RegExp(`${rules.followOn ? `${rules.followOn.source}|` : ''}^\\W{0,3}(?:${V.anyOf(w.followOn)})`);
  }
}
