/**
 * Document-type detection: is a text a DPA, a privacy policy, or something else?
 *
 * Evidence comes from three places, each a data table with a reason per rule:
 * the title, the headings, and the density of cue phrases per 1000 words of body text.
 * Every cue votes for one class through its group; the class with the highest total wins
 * and the margin over the runner-up gives the confidence. A page has to earn "dpa" or
 * "privacy-policy": "other" starts with a prior, and a title alone counts only as far as
 * the body backs it (a ToS section headed "Data Processing Agreement" stays "other").
 */
import type { DocType, Reason } from '../report';
import { LANGUAGES, anyOf, type Phrases } from '../vocabulary';

export interface DocTypeInput {
  text: string;
  title: string | null;
  headings: string[];
  /**
   * The body is in a language ClauseLens has no vocabulary for: only the title and headings
   * (which name the document in any language we list) can say what it is.
   */
  bodyUnread?: boolean;
}

/** One slot of every language's document-type table (vocabulary/<lang>.ts `docType`). */
function local(get: (d: NonNullable<(typeof LANGUAGES)[string]['docType']>) => Phrases | undefined): Phrases {
  return Object.values(LANGUAGES).flatMap((v) => (v.docType ? (get(v.docType) ?? []) : []));
}
/** A pattern from the languages' phrases, or one that never matches when none has any. */
const localRe = (phrases: Phrases, flags = 'i') => new RegExp(phrases.length ? anyOf(phrases) : '(?!)', flags);

/**
 * How documents name themselves in languages ClauseLens does not read: enough to say "this is a
 * privacy policy in French" while claiming nothing of its terms.
 */
const FOREIGN_TITLES = {
  dpa: ['accord de traitement des données', 'contrat de sous-traitance', 'acuerdo de tratamiento de datos', 'encargado del tratamiento', 'verwerkersovereenkomst', 'databehandleraftale', 'databehandleravtale', 'accordo sul trattamento dei dati', 'tietojenkäsittelysopimus', 'umowa powierzenia'],
  privacy: ['politique de confidentialit', 'politique de protection des données', 'déclaration de confidentialit', 'política de privacidad', 'aviso de privacidad', 'política de privacidade', 'informativa sulla privacy', 'privacyverklaring', 'privacybeleid', 'privatlivspolitik', 'personvernerklæring', 'tietosuojaseloste', 'polityka prywatności'],
};

export interface DocTypeResult {
  docType: DocType;
  confidence: number;
  why: Reason[];
}

/** Where the vocabulary of a cue comes from; each group votes for one document type. */
type Group = 'party-roles' | 'notice' | 'terms' | 'explainer' | 'legal-process' | 'employment';

const GROUP_VOTES: Record<Group, DocType> = {
  'party-roles': 'dpa',
  notice: 'privacy-policy',
  terms: 'other',
  explainer: 'other',
  'legal-process': 'other',
  employment: 'other',
};

interface TitleCue {
  rule: string;
  pattern: RegExp;
  vote: DocType;
  weight: number;
  reason: string;
}

/** Titles say what a document is; the first match per type counts. */
const TITLE_CUES: TitleCue[] = [
  {
    rule: 'title-dpa',
    pattern: /\bdata[- ]?(processing|protection)[- ](agreement|addendum|terms|exhibit|schedule)\b|\bprocessor (addendum|agreement|terms)\b/i,
    vote: 'dpa',
    weight: 6,
    reason: 'title says "Data Processing/Protection Agreement/Addendum"',
  },
  { rule: 'title-dpa-acronym', pattern: /\bDPA\b/, vote: 'dpa', weight: 5, reason: 'title says "DPA"' },
  {
    rule: 'title-auftragsverarbeitung',
    pattern: /auftrags(daten)?verarbeitung|\bAVV\b/i,
    vote: 'dpa',
    weight: 6,
    reason: 'title says "Auftragsverarbeitung" (German for data processing on behalf)',
  },
  {
    rule: 'title-privacy',
    pattern:
      /\bprivacy\b.{0,40}\b(policy|notice|statement|information)\b|\bnotice at collection\b|\bdata protection (policy|notice|statement|declaration|information)\b/i,
    vote: 'privacy-policy',
    weight: 6,
    reason: 'title says "Privacy Policy/Notice/Statement"',
  },
  {
    rule: 'title-datenschutz',
    pattern: /datenschutz(erkl|richtlin|hinweis|information|bestimmung)|politique de confidentialit|privacyverklaring|privacybeleid/i,
    vote: 'privacy-policy',
    weight: 6,
    reason: 'title says "Datenschutzerklärung" (privacy policy)',
  },
  {
    rule: 'title-dpa-local',
    pattern: localRe(local((d) => d.titles?.dpa)),
    vote: 'dpa',
    weight: 6,
    reason: 'title names a processor agreement in its own language ("Personuppgiftsbiträdesavtal", "AVV")',
  },
  {
    rule: 'title-privacy-local',
    pattern: localRe(local((d) => d.titles?.['privacy-policy'])),
    vote: 'privacy-policy',
    weight: 6,
    reason: 'title names a privacy policy in its own language ("Integritetspolicy", "Datenschutzerklärung")',
  },
  {
    rule: 'title-terms-local',
    pattern: localRe(local((d) => d.titles?.other)),
    vote: 'other',
    weight: 6,
    reason: 'title names terms of service, an article or a guide ("Allmänna villkor", "Nutzungsbedingungen")',
  },
  { rule: 'title-dpa-foreign', pattern: localRe(FOREIGN_TITLES.dpa), vote: 'dpa', weight: 6, reason: 'title names a processor agreement (in a language ClauseLens does not read)' },
  { rule: 'title-privacy-foreign', pattern: localRe(FOREIGN_TITLES.privacy), vote: 'privacy-policy', weight: 6, reason: 'title names a privacy policy (in a language ClauseLens does not read)' },
  { rule: 'title-privacy-word', pattern: /\bprivacy\b|\bdatenschutz/i, vote: 'privacy-policy', weight: 2, reason: 'title mentions privacy' },
  {
    rule: 'title-terms',
    pattern: /\bterms (of|and) (service|use|conditions|sale)\b|\buser agreement\b|(nutzungs|service|geschäfts)bedingungen|\bAGB\b|\bacceptable use\b/i,
    vote: 'other',
    weight: 6,
    reason: 'title says "Terms of Service/Use"',
  },
  {
    rule: 'title-employment',
    pattern: /\b(offer letter|employment (agreement|contract)|job offer)\b/i,
    vote: 'other',
    weight: 6,
    reason: 'title says "Offer letter"/"Employment agreement"',
  },
  {
    rule: 'title-cookies',
    pattern: /^(?!.*\b(privacy|data protection)\b).*\bcookies?\b/i,
    vote: 'other',
    weight: 4,
    reason: 'title names cookies, not privacy (a cookie page beside the policy)',
  },
  {
    rule: 'title-subprocessors',
    pattern: /\bsub-?processors?\b|\bsubcontractors\b/i,
    vote: 'other',
    weight: 4,
    reason: 'title names a sub-processor list (a page beside the DPA)',
  },
  {
    rule: 'title-explainer',
    pattern: /\b(guidelines?|handbook|guide|how to|faq|readme|chapter|tutorial|overview)\b/i,
    vote: 'other',
    weight: 2,
    reason: 'title names a guide or explainer',
  },
];

interface HeadingCue {
  rule: string;
  pattern: RegExp;
  vote: DocType;
  reason: string;
}

/** Headings typical of each kind; each matching heading adds HEADING_WEIGHT, up to HEADING_CAP. */
const HEADING_CUES: HeadingCue[] = [
  {
    rule: 'heading-dpa-section',
    pattern:
      /\b(sub-?processors?|subprocessing|processor'?s? obligations|controller'?s? (obligations|instructions)|instructions|personal data breach|audits?( rights)?|return (and|or) deletion|deletion (and|or) return|details of (the )?processing|standard contractual clauses|data exporter|data importer|technical and organi[sz]ational measures|annex|appendix|schedule|scope of processing|processing of (customer )?personal data|obligations of the (processor|controller))\b|unterauftrag|weisung|auftragnehmer|auftraggeber|kontrollrechte/i,
    vote: 'dpa',
    reason: 'a heading typical of a DPA ("Sub-processors", "Audits", "Annex")',
  },
  {
    rule: 'heading-notice-section',
    pattern:
      /\b(information|data) (we|that we) (collect|receive|process|share)|\bhow (we|do we) (use|share|collect|process|store|protect|learn)|\bwhat (data|information) (we|do we)|\byour (privacy )?(rights|choices)|\bcookies?\b|\bchildren|\bhow long we (keep|retain)|\bretention of\b|\bchanges to (this|our) (privacy )?(policy|notice|statement)|\bcontact us|\bwho we are\b|\blegal bas[ie]s|\bsharing (of )?(your )?(personal )?(data|information)|\bpersonal (data|information) (we|that we)|\bcollection of (personal )?(data|information)|\bprivacy\b|erhebung|ihre rechte|weitergabe|speicherdauer|rechtsgrundlage|verantwortliche/i,
    vote: 'privacy-policy',
    reason: 'a heading typical of a privacy notice ("Information we collect", "Your rights")',
  },
  {
    rule: 'heading-terms-section',
    pattern:
      /\b(account terms|acceptable use|payment|fees|refunds?|billing|warrant(y|ies)|disclaimer|indemnif|intellectual property|license|licence|user-generated content|copyright|cancellation|termination|limitation of liability|modifications to the service|your content|eligibility|trademarks?)\b/i,
    vote: 'other',
    reason: 'a heading typical of terms of service ("Acceptable use", "Payment", "Warranty")',
  },
  {
    rule: 'heading-explainer',
    pattern: /^(what is|when is|how to|how (should|can|do) (i|you)|where should|for how long should|why|examples?\b)|\?$|\bchapter\b|\bsummary\b/i,
    vote: 'other',
    reason: 'a question or guide heading ("What is a third-country transfer?")',
  },
];

for (const [rule, vote] of [['heading-dpa-section', 'dpa'], ['heading-notice-section', 'privacy-policy'], ['heading-terms-section', 'other']] as const) {
  const phrases = local((d) => d.headings?.[vote]);
  const cue = HEADING_CUES.find((c) => c.rule === rule);
  if (cue && phrases.length) cue.pattern = new RegExp(`${cue.pattern.source}|${anyOf(phrases)}`, 'i');
}

const HEADING_WEIGHT = 0.5;
const HEADING_CAP = 8;

interface TextCue {
  rule: string;
  group: Group;
  /** Phrases of whole words; "(a|b)" in a slot expands to alternatives, "(a|)" makes a slot optional. */
  phrases: string[];
  weight: number;
  /**
   * The text speaking as a party ("this DPA", "the Processor shall", "we collect"), as opposed
   * to vocabulary any text on the topic uses ("processor", "cookies"). See TOPICAL_FLOOR.
   */
  voice?: true;
  reason: string;
}

/**
 * Body vocabulary. Weights are per occurrence per 1000 words; one cue adds at most
 * CUE_CAP occurrences per 1000 words so a single word repeated cannot decide alone.
 */
const TEXT_CUES: TextCue[] = [
  // A DPA is a contract between parties named by their GDPR roles.
  {
    rule: 'self-dpa',
    voice: true,
    group: 'party-roles',
    phrases: [
      'this (dpa|addendum)',
      'this data (processing|protection) (agreement|addendum|term)',
      'these dpa term',
      'these clause',
      'dieser (vertrag|vereinbarung)',
      'diese (vereinbarung|auftragsverarbeitungsvereinbarung)',
    ],
    weight: 3,
    reason: 'refers to itself as "this DPA"/"this Addendum"/"these Clauses"',
  },
  {
    rule: 'processor',
    group: 'party-roles',
    phrases: ['processor', 'data processor', 'auftragsverarbeiter', 'auftragnehmer', 'contractor'],
    weight: 0.6,
    reason: 'names a party "processor"',
  },
  {
    rule: 'sub-processor',
    group: 'party-roles',
    phrases: ['sub processor', 'subprocessor', 'sub-processor', 'subcontractor', 'unterauftragnehmer', 'unterauftragsverarbeiter', 'further processor'],
    weight: 0.8,
    reason: 'regulates "sub-processors"',
  },
  {
    rule: 'controller-party',
    group: 'party-roles',
    phrases: ['(the|as) controller', 'data controller', 'auftraggeber', 'controller shall', 'controller s'],
    weight: 0.5,
    reason: 'names a party "controller"',
  },
  {
    rule: 'on-behalf-of-customer',
    voice: true,
    group: 'party-roles',
    phrases: [
      'on behalf of (the|) (customer|controller|client|data exporter)',
      'on (customer|controller|client) s behalf',
      'im auftrag (des|der)',
    ],
    weight: 2,
    reason: 'processes "on behalf of the Customer/Controller"',
  },
  {
    rule: 'customer-instructions',
    voice: true,
    group: 'party-roles',
    phrases: [
      '(customer|controller|client|exporter) s (documented|written|) instruction',
      'documented instruction',
      'instruction(|s) (of|from) the (customer|controller|client|data exporter)',
      'weisung(|en) des auftraggeber',
    ],
    weight: 2,
    reason: 'processing only on "the Customer\'s instructions"',
  },
  {
    rule: 'shall-obligations',
    voice: true,
    group: 'party-roles',
    phrases: [
      '(processor|controller|contractor|importer|exporter|subprocessor) (shall|will|must|agree) (not|)',
      'sub processor (shall|will|must|agree) (not|)',
      'data (processor|controller|importer|exporter) (shall|will|must|agree) (not|)',
      'the parties agree',
      'der auftragnehmer (hat|ist|darf|verpflichtet|wird)',
    ],
    weight: 1.2,
    reason: 'binds the parties by their GDPR roles ("the Processor shall", "the data importer agrees")',
  },
  {
    // The document assigns the GDPR roles to its own parties ("You ... are a Controller and We act as a Processor").
    rule: 'role-assignment',
    voice: true,
    group: 'party-roles',
    phrases: [
      '(act|acts|acting) as (a|the|) (data|) processor',
      '(is|are) (a|the) (data|) controller and',
      'in (its|their|your) capacity as (a|the|) (data|) (processor|controller)',
    ],
    weight: 2,
    reason: 'gives its own parties the roles of controller and processor',
  },
  {
    rule: 'scc',
    group: 'party-roles',
    phrases: ['standard contractual clause', 'data exporter', 'data importer', 'standardvertragsklausel'],
    weight: 0.6,
    reason: 'incorporates the Standard Contractual Clauses',
  },
  {
    rule: 'article-28',
    group: 'party-roles',
    phrases: ['article 28', 'art 28', 'art. 28'],
    weight: 2,
    reason: 'cites Article 28 GDPR (processor contracts)',
  },
  {
    rule: 'dpa-duties',
    group: 'party-roles',
    phrases: [
      'personal data breach',
      'technical and organi(s|z)ational measure',
      'audit(|s) and inspection(|s)',
      'return or delet(e|ion)',
      'customer data',
      'customer personal data',
      'controller personal data',
      'categories of data subject',
      'technische und organisatorische maßnahmen',
      'betroffenen person',
    ],
    weight: 0.6,
    reason: 'uses DPA duties vocabulary ("personal data breach", "technical and organisational measures")',
  },
  // A privacy notice speaks in the first person to the reader about the reader's data.
  {
    rule: 'self-notice',
    voice: true,
    group: 'notice',
    phrases: [
      'this (privacy|data protection|cookie) (policy|notice|statement)',
      'this (global|general|candidate|applicant|employee|website|online) privacy (policy|notice|statement)',
      'this notice at collection',
      'diese(|r) datenschutz(erklärung|richtlinie|hinweise)',
    ],
    weight: 3,
    reason: 'refers to itself as "this Privacy Policy/Notice"',
  },
  {
    rule: 'we-collect',
    voice: true,
    group: 'notice',
    phrases: [
      'we (may|also|automatically|) (collect|receive|obtain|gather|store|retain|keep|log)',
      'we (do not|don t|never|will never) (collect|store|track|log|retain|keep)',
      '(doe|do) not (collect|store|track|log|retain) (any|your|personal|data|information)',
      'no (personal|) (data|information) (is|are|will be) (collected|stored|logged|retained)',
      '(information|data) (we|that we) (collect|receive|process)',
      'wir (erheben|erfassen|speichern|verarbeiten|sammeln)',
      '(erheben|erfassen|speichern|verarbeiten|sammeln) wir',
      'die wir (erheben|erfassen|speichern|verarbeiten|sammeln)',
    ],
    weight: 1.5,
    reason: 'says what "we collect"',
  },
  {
    rule: 'we-use-share',
    voice: true,
    group: 'notice',
    phrases: [
      'we (may|also|) (use|share|disclose|sell|process|transfer) (your|the|this|that|personal|information|data|it|some|certain)',
      'we do not (sell|share)',
      'we (use|submit|instruct) (analytics|google|cookie|third party)',
      '(use|uses) analytics',
      'third party service we use',
      'wir (verwenden|nutzen|geben|teilen|setzen)',
      '(verwenden|nutzen|teilen|übermitteln) wir',
    ],
    weight: 1.2,
    reason: 'says how "we use/share" data',
  },
  {
    rule: 'third-person-notice',
    voice: true,
    group: 'notice',
    phrases: [
      '(personal|your|the) (data|information) (is|are|will be) (collected|processed|stored|saved|logged|retained|shared|transmitted)',
      '(is|are) (collected|processed|stored) (by us|when you|if you|only)',
      'the (controller|operator|website operator|provider) (collect|process|store|use)',
      'this (website|site|app|application|service) (collect|use|store|process|doe not collect)',
      // The people behind a project speak of themselves by role: "The developers do not collect, store or otherwise process any personal data".
      'the (developer|developers|maintainer|maintainers|operator|operators|owner|owners|team) (collect|process|store|use|do not collect|doe not collect|never collect)',
      'data protection declaration',
      'data subject (have|has|can|may)',
    ],
    weight: 1,
    reason: 'describes processing in the third person ("personal data is processed", "the controller collects")',
  },
  {
    rule: 'your-data',
    group: 'notice',
    phrases: [
      'your (personal|) (data|information)',
      'information about you',
      'data about you',
      '(ihre|ihren|ihrer) (personenbezogenen|) (daten|informationen)',
    ],
    weight: 0.8,
    reason: 'addresses the reader about "your personal data"',
  },
  {
    rule: 'personal-information',
    group: 'notice',
    phrases: ['personal information'],
    weight: 0.3,
    reason: 'speaks of "personal information" (notice wording; contracts say "personal data")',
  },
  {
    rule: 'your-rights',
    voice: true,
    group: 'notice',
    phrases: [
      'your (privacy|) (right|choice)',
      'you (have|may have) the right',
      'you can (request|ask|opt|access|delete|object|withdraw|exercise|choose|control|disable|manage)',
      'opt out',
      'ihre rechte',
      'sie haben das recht',
      'sie können',
    ],
    weight: 1,
    reason: 'tells the reader "your rights" and choices',
  },
  {
    rule: 'cookies',
    group: 'notice',
    phrases: ['cookie', 'web beacon', 'pixel tag', 'analytics'],
    weight: 0.3,
    reason: 'describes cookies and analytics',
  },
  {
    rule: 'visit-use-services',
    voice: true,
    group: 'notice',
    phrases: [
      'when you (use|visit|create|sign|contact|interact|apply|install|submit)',
      'wenn sie (unsere|die|den|das)',
    ],
    weight: 0.8,
    reason: 'describes what happens "when you use/visit" the service',
  },
  // Terms of service speak to the user about the account, money and permitted use.
  {
    rule: 'terms-self',
    group: 'terms',
    phrases: [
      'these term',
      'this term of (service|use)',
      'the term of (service|use)',
      'these condition',
      'these term and condition',
      '(diese|dieser|den|die) (nutzungsbedingungen|servicebedingungen|geschäftsbedingungen|bedingungen)',
    ],
    weight: 1.2,
    reason: 'refers to itself as "these Terms"',
  },
  {
    rule: 'terms-you-agree',
    group: 'terms',
    phrases: [
      'you agree',
      'you (must|may) not',
      'you represent',
      'you are responsible',
      'you acknowledge',
      'by using the service',
      'sie stimmen',
      'sie (dürfen|müssen) (keine|nicht)',
      'sie sind verantwortlich',
    ],
    weight: 1,
    reason: 'binds the user ("you agree", "you may not")',
  },
  {
    rule: 'terms-account-money',
    group: 'terms',
    phrases: [
      'your account',
      'acceptable use',
      'fee',
      'refund',
      'billing',
      'payment',
      'price',
      'subscription',
      'charge',
      'invoice',
      'renew',
      'ihr konto',
      'gebühren',
      'zahlung',
      'abonnement',
    ],
    weight: 0.5,
    reason: 'talks about accounts, fees and payment',
  },
  {
    rule: 'terms-warranty-license',
    group: 'terms',
    phrases: [
      'warranty',
      'warranties',
      'as is',
      'indemnify',
      'license',
      'licence',
      'intellectual property',
      'copyright',
      'trademark',
      'user content',
      'your content',
      'gewährleistung',
      'lizenz',
      'haftung',
      'ihre inhalte',
    ],
    weight: 0.6,
    reason: 'talks about warranties, licences and content',
  },
  // Explainers talk about DPAs in the third person and advise the reader.
  {
    rule: 'explainer-advice',
    group: 'explainer',
    phrases: [
      'you should',
      'you need to',
      'you will need',
      'make sure',
      'it is important',
      'for example if you',
      'in general',
      'we recommend',
      'please contact',
      'depending on',
    ],
    weight: 1.2,
    reason: 'advises the reader ("you should", "make sure")',
  },
  {
    rule: 'explainer-audience',
    group: 'explainer',
    phrases: [
      'researcher',
      'research',
      'your research',
      'research project',
      'institution',
      'university',
      'this chapter',
      'this guide',
      'this page',
      'this handbook',
      'chapter',
      'privacy officer',
      'data steward',
      'repository',
      'pull request',
    ],
    weight: 0.8,
    reason: 'addresses researchers, students or contributors (an explainer or guide)',
  },
  {
    rule: 'explainer-third-person',
    group: 'explainer',
    phrases: [
      '(a|an) (dpa|data processing agreement|data transfer agreement|joint controllers agreement|agreement)',
      'what is (a|an)',
      'is mandatory when',
      'you need a',
      'if you need',
    ],
    weight: 1.5,
    reason: 'talks about "a DPA" in the third person',
  },
  {
    rule: 'marketing',
    group: 'explainer',
    phrases: [
      'privacy (friendly|first|focused)',
      'cookie (banner|less)',
      'cookieless',
      'without cookie',
      'google analytics alternative',
      'alternative to google analytics',
      'sign up',
      'free trial',
      'get started',
      'try it',
      'our customer',
      'pricing',
      'blog',
      'compliant analytics',
      'gdpr compliant',
    ],
    weight: 1.2,
    reason: 'sells a product or writes about one (marketing copy, a blog post)',
  },
  {
    rule: 'developer-docs',
    group: 'explainer',
    phrases: ['this library', 'the library', 'npm install', 'callback', 'configuration option', 'this plugin', 'the plugin', 'the script'],
    weight: 1,
    reason: 'documents software (a library, an API), not what the publisher does with data',
  },
  {
    rule: 'gdpr-explainer',
    group: 'explainer',
    phrases: [
      'the gdpr (is|give|grant|require|say|state|applie|define|recognise|recognize|will|extend|predominantly)',
      'of the gdpr',
      'companie',
      'a company',
      'other organisation',
      'controller (must|ha to|not only ha|also ha|need to)',
      'you can ask (a|the) company',
      'under the gdpr you',
    ],
    weight: 1.2,
    reason: 'explains the law to the reader in the third person',
  },
  {
    rule: 'legal-process',
    group: 'legal-process',
    phrases: ['law enforcement', 'subpoena', 'search warrant', 'court order', 'legal process', 'preservation request', 'emergency request', 'valid legal'],
    weight: 1.2,
    reason: 'describes law-enforcement requests (guidelines for authorities)',
  },
  {
    rule: 'employment',
    group: 'employment',
    phrases: ['employee', 'employment', 'salary', 'annual leave', 'probation', 'notice period', 'remuneration', 'working hour', 'sick leave'],
    weight: 1,
    reason: 'describes employment terms',
  },
  {
    rule: 'security-reporting',
    group: 'explainer',
    phrases: ['bug bounty', 'vulnerability', 'report security', 'security team', 'hackerone', 'responsible disclosure'],
    weight: 1,
    reason: 'describes security reporting, not data-protection terms',
  },
];

// Each language's body phrases join the rule of the same name.
for (const cue of TEXT_CUES) cue.phrases = [...cue.phrases, ...local((d) => d.cues?.[cue.rule])];

const CUE_CAP = 6;
/**
 * Topical vocabulary counts for a DPA or a privacy policy at most as much as the text's own
 * voice as a party (or this floor): a handbook explaining processors is not a contract.
 */
const TOPICAL_FLOOR = 2;
/** "other" starts ahead: a page must earn a policy type. */
const OTHER_PRIOR = 4;
/** Body score at which a matching title counts in full; below it the title counts in proportion. */
const TITLE_SUPPORT = 8;
/** Densities are taken over at least this many words, so a short page's few words weigh what they would in a page. */
const MIN_WORDS = 300;
/** A topical cue (not the text's own voice) counts from this many occurrences. */
const MIN_TOPICAL_HITS = 2;

/** A word trie of the cue phrases: walking it from a word reads the longest phrase there. */
interface TrieNode {
  cue: number;
  next: Map<string, TrieNode> | null;
}

const S = 115; // "s"

/** Crude stemming shared by phrases and text: plural "s" off, so "processors" meets "processor". */
function stem(word: string): string {
  const n = word.length;
  if (n < 5 || word.charCodeAt(n - 1) !== S) return word;
  const before = word.charCodeAt(n - 2);
  // "access", "status", "analysis" keep their s.
  if (before === S || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

/** Latin letters with accents (English, German, most EU languages) and digits. */
const WORD = /[a-z0-9\u00c0-\u024f]+/g;

function words(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    // Single letters are possessive "s", "e.g." and list markers: noise, except the article "a".
    if (w.length === 1 && w !== 'a' && (w < '0' || w > '9')) continue;
    out.push(stem(w));
  }
  return out;
}

/** "we (may|) (use|share)" -> ["we may use", "we may share", "we use", "we share"]. */
function expand(pattern: string): string[] {
  const slots = pattern.match(/\([^)]*\)|[^\s()]+/g) ?? [];
  let out: string[][] = [[]];
  for (const slot of slots) {
    const alts = slot.startsWith('(') ? slot.slice(1, -1).split('|') : [slot];
    out = out.flatMap((prefix) => alts.map((alt) => (alt ? [...prefix, ...words(alt)] : prefix)));
  }
  return out.map((ws) => ws.join(' ')).filter((p) => p.length > 0);
}

function compile(): TrieNode {
  const root: TrieNode = { cue: -1, next: new Map() };
  TEXT_CUES.forEach((cue, index) => {
    for (const phrase of cue.phrases.flatMap(expand)) {
      let node = root;
      for (const w of phrase.split(' ')) {
        node.next ??= new Map();
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { cue: -1, next: null }));
        node = child;
      }
      // The first cue to claim a phrase keeps it.
      if (node.cue < 0) node.cue = index;
    }
  });
  return root;
}

let trie: TrieNode | null = null;

const countWords = (text: string) => words(text).length;

/** Occurrences of each text cue, and the word count, in one pass over the words. */
function countCues(text: string): { hits: number[]; wordCount: number } {
  trie ??= compile();
  const ws = words(text);
  const hits = new Array<number>(TEXT_CUES.length).fill(0);
  for (let i = 0; i < ws.length; i++) {
    // Longest phrase starting here wins; a word feeds at most one cue.
    let node = trie.next?.get(ws[i]);
    let found = -1;
    let length = 0;
    for (let n = 1; node; n++) {
      if (node.cue >= 0) {
        found = node.cue;
        length = n;
      }
      node = i + n < ws.length ? node.next?.get(ws[i + n]) : undefined;
    }
    if (found >= 0) {
      hits[found]++;
      i += length - 1;
    }
  }
  return { hits, wordCount: ws.length };
}

export interface Contribution extends Reason {
  vote: DocType;
  points: number;
}

export interface DocTypeScores {
  scores: Record<DocType, number>;
  contributions: Contribution[];
  wordCount: number;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Every piece of evidence with its points; classifyDocType sums them. Exposed for explanations and tuning. */
const DATA_PROCESSING_TERMS = /\bdata (?:processing|protection) terms\b/i;

export function scoreDocType(input: DocTypeInput): DocTypeScores {
  const contributions: Contribution[] = [];
  const { hits, wordCount } = input.bodyUnread ? { hits: TEXT_CUES.map(() => 0), wordCount: countWords(input.text) } : countCues(input.text);
  const per1000 = 1000 / Math.max(wordCount, MIN_WORDS);

  const body: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  const voice: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  const textContributions: (Contribution & { topical: boolean })[] = [];
  // A document whose own name is "Data Processing Terms" says "these Terms" of itself: that is no sign of a ToS.
  const namedTerms = [input.title ?? '', ...input.headings.slice(0, 3)].some((h) => DATA_PROCESSING_TERMS.test(h));
  TEXT_CUES.forEach((cue, i) => {
    if (namedTerms && cue.rule === 'terms-self') return;
    // One topical word is not a genre ("this page" in a policy, "research" in a notice); a party's own voice is.
    if (!hits[i] || (!cue.voice && hits[i] < MIN_TOPICAL_HITS)) return;
    const density = hits[i] * per1000;
    const vote = GROUP_VOTES[cue.group];
    const points = cue.weight * Math.min(density, CUE_CAP);
    if (cue.voice) voice[vote] += points;
    textContributions.push({
      rule: cue.rule,
      vote,
      points,
      topical: vote !== 'other' && !cue.voice,
      reason: `${cue.reason} (${hits[i]}×, ${round(density)} per 1000 words)`,
    });
  });
  for (const vote of ['dpa', 'privacy-policy'] as const) {
    const topical = textContributions.filter((c) => c.topical && c.vote === vote);
    const total = topical.reduce((sum, c) => sum + c.points, 0);
    const allowed = Math.max(TOPICAL_FLOOR, voice[vote]);
    if (total <= allowed) continue;
    for (const c of topical) {
      c.points *= allowed / total;
      c.reason += '; discounted: the text does not speak as a party';
    }
  }
  for (const { topical: _topical, ...c } of textContributions) {
    body[c.vote] += c.points;
    contributions.push(c);
  }

  const headingCounts = HEADING_CUES.map(() => 0);
  // Headings in a language without a table would be read by English patterns (a "?" alone): the title speaks.
  for (const h of input.bodyUnread ? [] : input.headings) {
    const i = HEADING_CUES.findIndex((c) => c.pattern.test(h));
    if (i >= 0) headingCounts[i]++;
  }
  HEADING_CUES.forEach((cue, i) => {
    if (!headingCounts[i]) return;
    const n = Math.min(headingCounts[i], HEADING_CAP);
    contributions.push({
      rule: cue.rule,
      vote: cue.vote,
      points: n * HEADING_WEIGHT,
      reason: `${cue.reason}: ${headingCounts[i]} heading${headingCounts[i] > 1 ? 's' : ''}`,
    });
  });

  // The title, or failing that the first heading, names the document.
  const title = (input.title ?? input.headings[0] ?? '').trim();
  const titled = new Set<DocType>();
  for (const cue of TITLE_CUES) {
    if (titled.has(cue.vote) || !cue.pattern.test(title)) continue;
    titled.add(cue.vote);
    // An unread body cannot back the title; the title (in the document's own words) is all there is.
    const support = cue.vote === 'other' || input.bodyUnread ? 1 : Math.min(1, body[cue.vote] / TITLE_SUPPORT);
    const shown = title.length > 80 ? title.slice(0, 77) + '...' : title;
    contributions.push({
      rule: cue.rule,
      vote: cue.vote,
      points: cue.weight * support,
      reason:
        support < 1
          ? `${cue.reason}, but the body reads little like one ("${shown}")`
          : `${cue.reason} ("${shown}")`,
    });
  }

  contributions.push({
    rule: 'prior-other',
    vote: 'other',
    // Length is no evidence: a 250-word policy is a policy. Empty pages stay other through this prior alone.
    points: OTHER_PRIOR,
    reason: 'no policy evidence yet: a page must earn the DPA or privacy-policy type',
  });

  const scores: Record<DocType, number> = { dpa: 0, 'privacy-policy': 0, other: 0 };
  for (const c of contributions) scores[c.vote] += c.points;
  contributions.sort((a, b) => b.points - a.points);
  return { scores, contributions, wordCount };
}

/** Points of margin at which confidence has covered about 63% of the way from 0.5 to 0.99. */
const CONFIDENCE_SCALE = 8;

/** Margin between the best and second score mapped to 0.5..0.99: a tie is a coin toss. */
function confidenceOf(best: number, second: number): number {
  return round(0.5 + 0.49 * (1 - Math.exp(-(best - second) / CONFIDENCE_SCALE)));
}

export function classifyDocType(input: DocTypeInput): DocTypeResult {
  const { scores, contributions } = scoreDocType(input);
  const ranked = (Object.keys(scores) as DocType[]).sort((a, b) => scores[b] - scores[a]);
  const [docType, runnerUp] = ranked;
  const why = contributions
    .filter((c) => c.vote === docType && c.points > 0)
    .slice(0, 4)
    .map(({ rule, reason }) => ({ rule, reason }));
  return { docType, confidence: confidenceOf(scores[docType], scores[runnerUp]), why };
}
