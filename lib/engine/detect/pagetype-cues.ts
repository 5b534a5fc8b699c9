/**
 * The cue tables of document-type detection: titles, headings and body phrases, each rule with
 * its reason and the document type it votes for. Data only; detect/pagetype.ts weighs them.
 */
import type { DocType } from '../report';
import { LANGUAGES, anyOf, type Phrases } from '../vocabulary';

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

/** Where the vocabulary of a cue comes from; each group votes for one document type. */
export type Group = 'party-roles' | 'notice' | 'terms' | 'explainer' | 'legal-process' | 'employment';

export const GROUP_VOTES: Record<Group, DocType> = {
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
export const TITLE_CUES: TitleCue[] = [
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
export const HEADING_CUES: HeadingCue[] = [
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
export const TEXT_CUES: TextCue[] = [
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
      // "- the Processor - hereafter named the "Supplier" -" (the German templates' "nachfolgend Auftragnehmer genannt").
      '(the|) (data|) (processor|controller) (hereafter|hereinafter) (named|referred to as|called)',
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
      // Third-person GDPR declarations name themselves "this data protection declaration"; US federal ones "this Privacy Act Statement".
      'this (privacy|data protection|cookie) (policy|notice|statement|declaration)',
      'this (global|general|candidate|applicant|employee|website|online) privacy (policy|notice|statement)',
      'this privacy act (statement|notice)',
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
      // Collection told from the user's side: "information you share with us", "you must provide Mozilla with your name".
      // Notices say "information" here; terms of service say "data you share with us" of the customer's content.
      '(information|details) (you|that you) (provide|give|share|submit|send) (to us|with us|us)',
      'you (must|may|will|can|) (provide|give) (us|mozilla|the developer|the developers) (with|) (your|some|certain|additional|more|the following)',
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
      // A short notice speaks as the site or app itself: "This website does not track or store any personal information".
      '(this|the|our) (website|site|app|application|extension|service) (does not|doesn t|never|will not|won t) (collect|track|store|log|process|share|sell|send|transmit|use cookie)',
      // The people behind a project speak of themselves by role: "The developers do not collect, store or otherwise process any personal data".
      'the (developer|developers|maintainer|maintainers|operator|operators|owner|owners|team) (collect|process|store|use|do not collect|doe not collect|never collect)',
      // A notice that tells what is not done with the user's data, whoever the subject: "WearAuthn itself does not transmit
      // (or receive) data over the internet", "will not store any personal information".
      '(does not|doesn t|never|will not|won t) (transmit|collect|store|track|share|send|sell) (or receive|) (any|your|) (data|personal data|personal information|information)',
      'not (store|collect|reveal|share|transmit|sell) any personal (information|data)',
      '(does not|doesn t) contain (any|) (trackers|tracker|advertisement|advertisements|ads)',
      'data protection declaration',
      'data subject (have|has|can|may|shall|wishe)',
      // GDPR declarations send the data subject to "our Data Protection Officer or another employee of the controller": no employment terms.
      'employee of the controller',
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
  // A how-to guide walks the reader through an interface in the second person ("click the button",
  // "tryck på knappen"): steps are no notice, even on a page that lists the data a form asks for.
  {
    rule: 'explainer-steps',
    group: 'explainer',
    phrases: [
      'click (on|) the',
      'tap (on|) the',
      'press the',
      'the button',
      'fill in the',
      'you will (then|) receive an email',
    ],
    weight: 1.2,
    reason: 'walks the reader through an interface step by step ("click the button"): a guide',
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
