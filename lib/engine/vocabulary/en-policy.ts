/**
 * How privacy policies are written (US and EU, first and third person, short and long): verb classes
 * (what the company or the user does with data), object classes (what it is done to, who receives it)
 * and the confusions that look like a category and are not. Tagging uses these on documents read as
 * privacy policies only, so DPA tagging is unchanged. One alternative a line; see phrases.ts.
 */
import { anyOf, compile, followedBy, near, stems, words } from './phrases';

/** Who acts for the company: "we", "Mozilla", "the controller", "18F". */
const COMPANY = ['we', 'us', 'it', 'the company', 'the controller', 'the operator', 'the website', 'this website', 'the site', 'the service', '[a-z0-9]+'];

export const POLICY = {
  verbs: {
    /** Keeping data for a time. */
    keep: ['keep', 'keeps', 'kept', 'stay', 'stays', 'remain', 'remains', 'retain', 'retains', 'retained', 'store', 'stores', 'stored', 'hold', 'holds', 'held', 'maintain', 'maintains', 'maintained', 'preserve', 'preserved', 'archive', 'archived', 'save', 'saved', 'log', 'logged', 'collected'],
    /** The company ending the data's life. */
    erase: ['delete', 'deletes', 'deleted', 'erase', 'erased', 'remove', 'removes', 'removed', 'destroy', 'destroyed', 'destruction', 'purge', 'purged', 'discard', 'discarded', 'dispose of', 'disposed of', 'disposal', 'overwritten', 'truncated', 'anonymized', 'anonymised'],
    /** Giving data to someone else. */
    disclose: ['share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'disclosure', 'sell', 'sells', 'sold', 'selling', 'rent', 'rents', 'renting', 'trade', 'trading', 'release', 'releasing', 'transfer', 'transferred',
      // The user providing data, or a service provided to users, is no disclosure: "failure to provide complete and accurate information", "to provide users access".
      'provide(?! you\\b)', 'provided(?! to you\\b)', 'make available', 'made available', 'pass on', 'passed on', 'give(?! you\\b)', 'transmit', 'transmitted', 'send(?! you\\b)', 'sent(?! to you\\b)', 'forward', 'publish', 'publishes', 'published', 'make public', 'made public',
      // Public and federated delivery: "listed publicly", "delivered to different servers", "downloaded by other servers".
      'listed', 'available', 'accessible', 'visible', 'displayed', 'delivered', 'downloaded by'],
    /** What a user does with their own data. */
    userControl: ['access', 'view', 'review', 'see', 'edit', 'update', 'change', 'correct', 'rectify', 'amend', 'modify', 'delete', 'remove', 'erase', 'download', 'export', 'obtain a copy', 'request a copy', 'get a copy'],
    /** Protecting data. */
    protect: ['protect', 'protects', 'protected', 'safeguard', 'safeguards', 'secure', 'secures', 'secured', 'guard against'],
  },
  objects: {
    /** A stretch of time data is kept for. */
    duration: [
      'for (?:up to |at least |approximately |about |around |roughly |a (?:maximum |minimum )?(?:period )?of )?(?:\\w+ |\\(\\d+\\) |\\d+ ){1,2}(?:hours?|days?|weeks?|months?|years?)',
      '(?:days?|weeks?|months?|years?) (?:after|from|following)',
      '(?:for )?as long as',
      'no longer than',
      'not longer than',
      'longer than (?:is )?(?:necessary|needed|required)',
      'until (?:you|the|your|such|it|we|they)',
      'for the (?:duration|lifetime|life) of',
      'for (?:a|the) (?:limited |reasonable )?(?:period|length) of time',
      '(?:period|length) of time',
      'retention periods?',
      'indefinitely',
      // "Your wallet address and name are stored permanently on our metadata cache"; not "permanently deleted".
      'permanently(?! (?:delet|eras|remov|destroy|purg|anonymi))',
      // Storage limitation: "we never store personal information ... unless required for the operation".
      'unless (?:it is |they are |this is )?(?:required|necessary|needed)',
    ],
    /** When the company deletes: a time or an event. */
    eraseWhen: [
      'after (?:\\w+ |\\(\\d+\\) |\\d+ ){1,2}(?:hours?|days?|weeks?|months?|years?)',
      'within (?:\\w+ |\\(\\d+\\) |\\d+ ){1,2}(?:hours?|days?|weeks?|months?|years?)',
      // "normally deleted in less than seven days", "deleted in under 30 days".
      'in (?:less than|fewer than|under|no more than) (?:\\w+ |\\(\\d+\\) |\\d+ ){1,2}(?:hours?|days?|weeks?|months?|years?)',
      'by (?:\\w+ |\\(\\d+\\) |\\d+ ){1,2}(?:hours?|days?|weeks?|months?|years?) (?:from|after)',
      'as soon as',
      'when (?:you|the|its|their) (?:unsubscribe|purpose|account)',
      'when the purpose',
      'according to[^.]{0,80}\\brecords? (?:schedules?|retention)',
      'once (?:it is |they are )?no longer',
      'when (?:it is |they are )?no longer',
      'automatically',
      'periodically',
      'at the end of',
      'after (?:the|your|you|it|they|we)',
      'upon (?:the )?(?:termination|closure|expir|end)',
      // A schedule: "scheduled for regular destruction in accordance with ... guidelines".
      'scheduled for',
      'regular(?:ly)?',
      'in accordance with[^.]{0,60}\\b(?:guidelines|schedules?|retention)',
    ],
    /** Who receives data. */
    recipients: [
      'third[- ]part(?:y|ies)',
      // Not "distinguish your device from others".
      '(?<!from |than |among )others',
      'other (?:companies|organi[sz]ations|parties|users|entities|businesses)',
      'outside parties',
      'partners?',
      'affiliates?',
      'subsidiar(?:y|ies)',
      'parent compan(?:y|ies)',
      'service providers?',
      'vendors?',
      'suppliers?',
      'contractors?',
      'agents?',
      'advertisers?',
      'advertising (?:partners|networks)',
      'sponsors?',
      'processors?',
      'successors?',
      'acquir(?:er|ing (?:company|entity))',
      'purchasers?',
      'buyers?',
      'companies',
      'data brokers?',
      // The public and the authorities receive data too: "we publish data ... for public use", "provided to law enforcement officials".
      'the public',
      'publicly',
      'anyone',
      'anybody',
      'everyone',
      '(?:other|different|remote|receiving) (?:servers|instances)',
      '(?:other )?participants',
      'law enforcement',
      'government(?:al)? (?:agencies|authorities|officials|entities|bodies)',
      'authorities',
      'officials',
      'police',
    ],
    /** A business changing hands, which carries the data with it. */
    businessTransfer: [
      'merger',
      'acquisition',
      'acquired',
      'sale of (?:all|some|part|substantially|our|the|its|a portion)',
      'sale or transfer of',
      'bankruptcy',
      'insolvency',
      'reorgani[sz]ation',
      'change (?:of|in) control',
      'go out of business',
      'divestiture',
      'business transfers?',
      // "your information may be transferred as a business asset", "among the assets transferred".
      '(?:transferred|sold|passed on|conveyed) as (?:an? |part of (?:the|our|its) )?(?:business )?assets?',
      'among the (?:transferred |business )?assets',
      'sale of (?:company |business |corporate )?assets',
    ],
    /** Someone working for the company. */
    onOurBehalf: ["on (?:our|its|their|the company's) behalf", 'for us', 'under contract with us', 'acting for us', 'who help us', 'that help us', 'who assist us', 'that assist us', 'perform (?:services|functions) for us'],
    /** The user's own data. */
    ownData: ['(?:your|their|his|her) (?:own )?(?:user |member )?(?:personal |account |contact |profile |registration )?(?:data|information|details|account|profile|content|posts)',
      // "any Personal Information we hold", "the personal data specified during the registration".
      '(?:any|all|the) (?:personal )?(?:data|information) (?:(?:that )?we hold|(?:that )?we have|(?:specified|entered|provided|submitted|given) (?:during|at|when|by))',
      'personal (?:data|information) (?:concerning|relating to|about) (?:him|her|them|the data subject)', 'personal (?:data|information) (?:about|of) (?:you|them)', 'the (?:personal )?(?:data|information) (?:we hold|we have|that we hold|we maintain|you (?:have )?(?:provided|submitted|given))', 'account information', 'contact information', 'information (?:you|that you) (?:have )?(?:provided|submitted)'],
    /** Security measures in a policy's words. */
    safeguards: [
      '(?:physical|electronic|administrative|managerial|technical|procedural|organi[sz]ational|operational)(?:,? (?:and |or )?(?:physical|electronic|administrative|managerial|technical|procedural|organi[sz]ational|operational))* (?:safeguards|procedures|measures|security|controls|precautions)',
      '(?:reasonable|appropriate|industry[- ]standard|commercially reasonable|adequate|suitable|strict|robust) (?:\\w+ ){0,3}(?:safeguards|measures|precautions|security|protections?)',
      // Steps are security only when they protect: not "reasonable steps to verify your identity", "appropriate steps to notify you".
      '(?:reasonable|appropriate|industry[- ]standard|commercially reasonable|adequate|suitable|strict|robust) (?:\\w+ ){0,3}steps (?:designed )?to (?:protect|secure|safeguard|keep (?:\\w+ ){0,3}secure)',
      'virus protection',
      'anti-?virus',
      'secure (?:servers?|socket|storage|facilities|environment|connections?|data cent(?:er|re)s?|network)',
      // The protocol, not a link: "https://hey.com/security/" names no measure.
      'https(?!:)',
      'firewalls?',
      'encrypt\\w*',
      'restrict(?:s|ed|ing)? access',
      'access (?:is |to (?:\\w+ ){0,3}is )?(?:restricted|limited) to',
      'limit (?:the )?access',
      'authori[sz]ed (?:persons|personnel|employees|staff|individuals)',
      '(?:employees|staff|personnel|people|individuals) who (?:need|require|have a (?:legitimate |business )?need)',
      'need to know',
      "(?:cannot|can not|can't) (?:guarantee|ensure|warrant) (?:the |its |their |complete |absolute |100% )*security",
      'no (?:method|system|transmission)[^.]{0,80}\\b(?:is |be )?(?:completely |100% |perfectly |fully )?secure',
      'unauthori[sz]ed (?:access|use|disclosure|alteration|destruction)',
      'loss, misuse',
      // Security of the data, not of the website as a purpose of collecting ("to monitor and protect the security of the website").
      'security (?:of (?:your |the |our )?(?:personal )?(?:data|information)|breach|incident)',
      // Segregation and obfuscation: "stored separately from all personal data", "stored in an obfuscated manner".
      '(?:stored|kept|held|saved) separately',
      'obfuscat\\w*',
    ],
    /** Seals and self-certification programmes: a privacy promise, not a security measure. */
    seals: ['safe harbor', 'truste', 'privacy shield', 'self-certif\\w*', 'certified (?:to|under|with|by) (?:the )?(?:eu|u\\.s\\.|us|privacy|safe|truste)', 'trustarc', 'privacy seal', 'coppa safe harbor', 'data privacy framework'],
  },
  /** Phrases that say the user acts: "you may", "log on and", "California residents are entitled to". */
  userActs: [
    'you (?:can|may|could|are able to|have the (?:right|ability|option) to|are entitled to|can also|may also|will be able to|might|should be able to)',
    '(?:users?|members?|residents?|individuals?|visitors?|customers?|parents?|data subjects?) (?:can|may|have the right to|are entitled to|are able to|has the right to|is entitled to)',
    '(?:log|logging|sign|signing) (?:on|in|into)',
    // "if you would like to cancel your account or delete your User Personal Information", "registered persons are free to change".
    '(?:if )?you (?:would like|want|wish|choose|decide) to',
    '(?:you|persons?|users?|members?|data subjects?) (?:are|is) (?:free|welcome) to',
    '(?:by|through|via|in) (?:your|the) (?:account|profile|privacy) (?:settings|page|dashboard|preferences)',
    '(?:request|ask) (?:that )?(?:we|us)',
    '(?:request|ask for|obtain) (?:access|a copy|correction|deletion|rectification|erasure)',
    'contact us (?:to|if you (?:would like|want|wish) to)',
    'to (?:access|review|update|correct|delete),?',
    'right (?:to|of)',
    'entitled to',
  ],
  /** Deleting that is the user's act or right, a child's data, tracking: not a retention rule. */
  notRetention: [
    'you (?:can|may|could|are able to|have the right to|can also|may also|may choose to|may request|can request)[^.]{0,60}\\b(?:delet|eras|remov)',
    '(?:request|ask)[^.]{0,30}\\b(?:delet|eras|remov)',
    'right to (?:delet|eras|be forgotten|have)',
    '(?:delete|deleting|close|closing|deactivate|cancel) your account',
    'if you delete',
    'when you delete',
    "child(?:ren)?'?s?\\b",
    'under (?:the age of )?1[3-8]\\b',
    'coppa',
    'tracking technolog',
    'cookies?',
    'browser',
    'anonymi[sz]\\w*',
  ],
  /** Password words that name the user's own credential, not a measure. */
  passwordOnly: ['passwords?'],
  /** Changes to the policy in a policy's words. */
  changes: [
    'reserves? the right to (?:change|modify|update|amend|revise|alter)',
    '(?:if|when|should) we (?:make|decide to make|ever make) (?:any )?(?:material |significant |substantive |important )?(?:changes|updates|modifications|revisions)',
    '(?:changes|updates|modifications|revisions) (?:will|shall) be (?:posted|effective|published)',
    '(?:material|significant) changes',
    'check (?:this|the|our) (?:page|policy|privacy policy|statement|notice) (?:periodically|regularly|frequently|often|from time to time)',
    'continued use[^.]{0,80}\\b(?:constitutes?|means|signifies|indicates|deemed)',
    // "From time to time" with the policy as what changes: "may change the specific third-party providers from time to time" is not a policy change.
    'from time to time[^.]{0,40}\\b(?:update|change|revise|modify|amend)\\w* (?:this|the|our|its) (?:privacy )?(?:policy|notice|statement|page)',
    '(?:update|change|revise|modify|amend)\\w* (?:this|the|our|its) (?:privacy )?(?:policy|notice|statement|page)[^.]{0,40}\\bfrom time to time',
    '(?:policy|notice|statement) (?:may|will|might|can) (?:\\w+ )?(?:change|be (?:updated|changed|revised|modified|amended)) from time to time',
    'revised (?:policy|version|notice|statement)',
    'new version of (?:this|the|our)',
  ],
  /** Collection in a policy's words, third person and passive included. */
  collect: [
    '(?:collect|collects|collected|obtain|obtains|obtained|gather|gathers|gathered|receive|receives|received|record|records|recorded|log|logs|logged|capture|captures|captured|process|processes)',
    // "When you contact us, we keep a record of your correspondence".
    'keeps? (?:a )?records? of',
    'ask (?:you )?(?:for|to provide)',
    'request (?:certain |some )?(?:information|details)',
    'you (?:must |may |will |need to |have to |are (?:required|asked) to |can |choose to |wish to |want to |would like to |agree to )?(?:provide|give|submit|enter|send) (?:us |\\w+ )?(?:with )?',
  ],
  /** Third-party tools that collect on the company's site: using them is disclosure to a third party (OPP-115's third-party collection). */
  thirdPartyTools: [
    'google analytics',
    'google fonts',
    'google (?:ads|adsense|adwords|tag manager|recaptcha|remarketing|maps|conversion tracking|signals)',
    // The third-party services a site commonly embeds or reports to (each collects on its own account): what a reviewer
    // reads as third-party collection wherever the notice names it.
    'doubleclick',
    'recaptcha',
    'youtube',
    'vimeo',
    'addthis',
    'sharethis',
    'hotjar',
    'mixpanel',
    'intercom',
    'mailchimp',
    'hubspot',
    'facebook (?:pixel|plugins?|like button|connect|custom audiences|insights)',
    'meta pixel',
    'linkedin insight',
    'twitter (?:buttons?|widgets?|plugins?)',
    "(?:google's )?safe browsing",
    'facebook pixel',
    'third[- ]party (?:services?|tools?|platforms?|widgets?|providers?|analytics)',
    'analytics (?:providers?|services?|partners?|companies)',
    'third[- ]party (?:web )?(?:technolog(?:y|ies)|analytics)',
    'advertising (?:networks?|partners?|companies)',
  ],
  /** A policy describing itself ("This privacy notice explains what data ... collects, shares, and why"): a table of contents, not a practice. */
  selfDescription: [
    '(?:this|in this|the following|our) (?:privacy |data protection |cookie )?(?:notice|policy|statement|declaration),? (?:we )?(?:explains?|describes?|sets? out|tells? you|outlines?|informs? you|covers)',
    '(?:this|the) (?:privacy |data protection )?(?:notice|policy|statement) (?:is intended to|aims to|will) (?:explain|describe|tell|inform)',
    // A pointer to another policy: "We also adhere to the Mozilla Privacy Policy for how we receive, handle, and share information".
    '(?:adhere to|see|refer to|read|consult) (?:the |our )?(?:[a-z]+ ){0,4}(?:privacy )?(?:policy|notice|statement) (?:for|to learn|to understand|about) how',
  ],
  /** Requests the company receives are not data it collects. */
  notCollection: ['requests? (?:that )?we receive', 'requests? (?:we|you) (?:make|submit|send)'],
  dataWords: ['(?:personal |personally identifiable |usage |technical |contact |device |location |account |billing |payment )?(?:data|information)', 'ip address(?:es)?', 'e-?mail address(?:es)?', 'names?', 'phone numbers?', 'cookies?', 'browser type', 'log files?', 'identifiers?',
    // What a server log holds and what the user writes: "log each request, including the page requested and the referring URL",
    // "keep a record of your correspondence".
    '(?:referring |referrer )?urls?', 'requests? (?:made|sent)', 'each request', 'every request', 'pages? (?:requested|visited|viewed)', 'correspondence', 'communications? with us'],
  /** What data is used for. */
  purposeVerbs: ['improve', 'provide', 'personali[sz]e', 'customi[sz]e', 'analy[sz]e', 'measure', 'understand', 'operate', 'maintain', 'develop', 'communicate', 'send', 'respond', 'process', 'fulfil', 'fulfill', 'deliver', 'administer', 'manage', 'detect', 'prevent', 'protect', 'comply', 'enforce', 'investigate', 'verify', 'contact', 'notify', 'market', 'advertise', 'display', 'offer', 'support', 'enable', 'aid', 'help', 'evaluate', 'research', 'remember', 'recogni[sz]e', 'recommend', 'identify', 'test', 'obtain metrics', 'enhance', 'assist', 'secure'],
};

const KEEP = words(POLICY.verbs.keep);
const ERASE = words(POLICY.verbs.erase);
const DISCLOSE = words(POLICY.verbs.disclose);
const RECIPIENTS = words(POLICY.objects.recipients);

/** Keeping data for a stated or open-ended time: "stores the IP addresses for 90 days", "as long as it is necessary". */
export const POLICY_KEPT_FOR = compile('policy-kept-for', followedBy(KEEP, anyOf(POLICY.objects.duration), 200));
/** The company deleting after a time or an event: "removed after 90 days", "automatically deleted". */
export const POLICY_ERASED_WHEN = compile('policy-erased-when', near(ERASE, anyOf(POLICY.objects.eraseWhen), 80));
/** Retention named: "retention period", "data retention", "how long we keep". */
export const POLICY_RETENTION_WORDS = compile('policy-retention-words', `\\b(?:retention|how long (?:we|do we) (?:keep|retain|store)|storage (?:period|duration|limitation|obligations?)|records? (?:schedules?|retention)|duration of (?:storage|retention))\\b`);
export const POLICY_NOT_RETENTION = compile('policy-not-retention', `\\b${anyOf(POLICY.notRetention)}`);
/** What makes a deletion sentence a retention rule after all: a time or an event the company deletes at. */
export const POLICY_RETENTION_AFTER_ALL = compile('policy-retention-after-all', `${POLICY_KEPT_FOR.source}|${POLICY_ERASED_WHEN.source}`);

/** Disclosing to someone: "we may disclose information to others", "share ... with service providers". */
export const POLICY_DISCLOSE_TO = compile('policy-disclose-to', near(DISCLOSE, RECIPIENTS, 100));
/** Passive disclosure without a named recipient: "will only be shared if you explicitly grant permission". */
export const POLICY_DISCLOSED_PASSIVE = compile('policy-disclosed-passive', `\\b(?:is|are|be|been|being)(?: not| never| only)? (?:shared|disclosed|sold|rented|released|traded|made available|published)\\b`);
/** A disclose verb with data as its object: "we do not disclose personally-identifying information". */
export const POLICY_DISCLOSE_DATA = compile(
  'policy-disclose-data',
  // Any words may stand between verb and data: "sell or rent member, donor or website visitor information", "disclose sensitive personal information".
  `\\b(?:share|shares|disclose|discloses|sell|sells|rent|rents|trade|trades|release|releases|publish|publishes)\\b (?:[a-z'-]+[ ,]+){0,6}(?:data|information|details)\\b`,
);
/**
 * A recipient receiving or reaching the data, as subject or agent: "our partners may receive aggregated information",
 * "our service providers receive only the information they need", "may be accessed by our support contractors";
 * and third parties collecting on the site themselves ("third-party advertisers may place cookies"), which OPP-115 counts as sharing.
 */
export const POLICY_RECIPIENT_RECEIVES = compile(
  'policy-recipient-receives',
  // A recipient named by a relative clause: "Payment processing is handled by Stripe, which receives your card details".
  // A few words between, no clause break: not "third parties, or you see one"; "access" and "process" as verbs only ("access points" is a noun).
  `${RECIPIENTS} (?:[a-z'-]+ ){0,3}(?:receive|receives|get|gets|obtain|obtains|have access to|has access to|(?:access|process|processes|see|view|handle|handles|collect|collects|gather|gathers|track|tracks) (?:to |your |the |our |this |that |such |these |those |personal |any |all |some |information|data|usage|certain ))\\b|${RECIPIENTS} (?:[a-z'-]+ ){0,3}(?:place|places|set|sets|use|uses|drop|drops|serve|serves) (?:[a-z'-]+ ){0,2}(?:cookies|pixels|web beacons|beacons|tags|scripts|tracking technologies)\\b|\\b(?:accessed|received|processed|viewed|seen|handled|used|stored|hosted|collected|held) (?:by|with|at) (?:our |its |the |these |such |certain |trusted |selected |some )?(?:[a-z-]+ ){0,2}${RECIPIENTS}|\\b(?:which|who) (?:then |also |only )?(?:receives|gets|obtains|processes|stores) (?:your|the user's|our users') (?:[a-z-]+ ){0,2}(?:details|data|information|address(?:es)?|numbers?)\\b`,
);
/**
 * A passing-on verb with data as object and a recipient after "to": "passes your payment details to Stripe",
 * "we may provide your information to", "hand over data to law enforcement", "transmit the data of the data subject to PayPal". "To" must open a recipient (a
 * determiner, a third party, the authorities, a name ending the clause), not a purpose ("provide information to help you") nor the site itself ("a visitor directly provides information to a site").
 */
export const POLICY_PASS_DATA_TO = compile(
  'policy-pass-data-to',
  `\\b(?:pass|passes|passed|hand over|hands over|handed over|hand|hands|handed|transfer|transfers|provide|provides|supply|supplies|supplied|furnish|furnishes|forward|forwards|transmit|transmits|send|sends)\\b (?:[a-z'-]+[ ,]+){0,5}(?:data|information|details|address(?:es)?|numbers?)\\b(?: (?:of|about) (?:the |our )?(?:data subjects?|users?|visitors?|customers?|members?))?(?: (?:of|about) (?:the |your |this |that )?[a-z'-]+,)? (?:(?:on|over|along) )?to (?!(?:a|the|this|our) (?:site|website|service|app)\\b(?! (?:owner|operator|provider)s?\\b))(?:the |our |its |their |a |an |any |other |these |those |such |selected |trusted |certain |third|law|government|public|relevant|competent|[a-z0-9-]+(?:'s)? (?:servers?|team|partners?|affiliates?|inc|llc|ltd|gmbh)\\b|(?!(?:us|you|them|him|her|me|it)\\b)[a-z0-9.-]*[a-z0-9](?=[,;:)]|\\. |\\.$|$| (?:for|in|when|which|who|so that|and|or|as|under|where|if)\\b))`,
);
/** The company using a third party's tool on its site: "18F uses Google Analytics on its website". */
export const POLICY_THIRD_PARTY_TOOL = compile(
  'policy-third-party-tool',
  near(words(POLICY.thirdPartyTools), '\\b(?:uses?|using|employs?|relies on|rely on|collects?|receives?|obtains?|gathers?|tracks?|records?|places?|sets?|installs?|plants?|implement(?:s|ed)?|operates?)\\b', 120),
);
/**
 * The company engaging a class of third party to handle data ("We may use third parties to manage these campaigns and
 * handle any data", "Our email management vendors are ...") or a named service placing its own cookie ("Convert.com and
 * ShareProgress, which place a cookie on your device"): third-party sharing and collection.
 */
export const POLICY_ENGAGED_THIRD_PARTY = compile(
  'policy-engaged-third-party',
  `\\b(?:use|uses|engage|engages|employ|employs|rely on|relies on|work with|works with|partner with|partners with|hire|hires|retain)\\b (?:[a-z'-]+ ){0,2}(?:third parties|third-party (?:[a-z]+ )?(?:vendors?|providers?|services?|companies)|vendors|service providers|processors|contractors)\\b|\\b(?:our|its) (?:[a-z-]+ ){0,3}(?:vendors|service providers|processors|sub-?processors) (?:are|include)\\b|, (?:which|that|who) (?:places?|sets?|drops?) (?:a |an |its own |their own )?(?:[a-z-]+ )?cookies?\\b`,
);
/** A list of recipients announced: "We support the following providers:", "we work with the following service providers:". */
export const POLICY_RECIPIENT_LIST = compile('policy-recipient-list', `\\bthe following (?:[a-z-]+ )?(?:third[- ]part(?:y|ies)|providers|partners|vendors|service providers|recipients|processors|sub-?processors|companies)\\b`);
/** The site or data hosted by a cloud provider: "18F's website is hosted on Amazon Web Services". */
export const POLICY_HOSTED_BY = compile('policy-hosted-by', `\\b(?:hosted|served|stored|run) (?:on|by|with|in|through) (?:the )?(?:amazon|aws|google|microsoft|azure|github|gitlab|cloudflare|digitalocean|heroku|netlify|vercel|fastly|akamai|hetzner|ovh|linode|oracle cloud|ibm cloud)\\b`);
/**
 * Data passed on in the passive with its recipient after "to": "the personal data transmitted to PayPal", "will be
 * transmitted to a Yandex server", "is forwarded to our payment provider". Not to the user, the company or its own
 * servers, and not to a country (a transfer abroad is not a recipient).
 */
export const POLICY_PASSED_TO = compile(
  'policy-passed-to',
  `\\b(?:data|information|details|address(?:es)?)\\b[^.]{0,80}?\\b(?:transmitted|transferred|passed on|passed|forwarded|disclosed|sent|handed over|made available|provided|supplied|furnished|released) (?:directly |automatically |only |also |immediately |electronically |exclusively )?to (?!(?:you|us|yourself|the data subject|the user|users|(?:a|the|another) controller|our (?:own )?(?:servers?|website|site|systems?|company)|and|or)\\b)(?!(?:the |a |our )?servers?\\b)(?!(?:a |the |another |other |any |third )*countr)(?!(?:the )?(?:united states|usa|u\\.s\\.|eu|eea|european union|uk|united kingdom)(?![a-z]))`,
);
/**
 * A third party's component embedded in the site, as GDPR declarations describe it: "the controller has integrated
 * components of Facebook", "a web analysis service provided by Yandex", the browser "prompted ... to download a
 * display of the corresponding Twitter component from Twitter".
 */
export const POLICY_THIRD_PARTY_COMPONENT = compile(
  'policy-third-party-component',
  `\\bintegrated (?:the )?(?:[a-z+.-]+ ){0,3}(?:components?|plug-?ins?|buttons?|services?|tools?|pixels?|tags?|scripts?|widgets?|sdks?)\\b|\\b(?:analysis|analytics|tracking|advertising|payment|video|map|mapping|font|captcha) (?:service|tool|component|plug-?in|software|platform) (?:provided|offered|operated|run) by\\b|\\b(?:browser|device)\\b[^.]{0,120}\\bto download\\b[^.]{0,80}\\bfrom\\b|\\bprompted\\b[^.]{0,80}\\bto (?:the )?download(?:ing)? of (?:a |the )?(?:display|representation) of\\b`,
);
/**
 * A third party learning of the visit through what it placed on the site: "Facebook always receives, through the
 * Facebook component, information about a visit", "Instagram receives information ... that the data subject has
 * visited our website", "detects ... which specific sub-page was visited": OPP-115's third-party collection. A page
 * that only sets third-party cookies stays cookies-tracking (the PostHog gold's trap).
 */
export const POLICY_THIRD_PARTY_LEARNS = compile(
  'policy-third-party-learns',
  `\\b(?:via|through|by means of) (?:the|a|an|its|this|their|each|such) (?:[a-z0-9+.-]+ ){0,2}(?:component|plug-?in|button|widget|pixel|tag|sdk|script)s?\\b[^.]{0,80}\\b(?:information|data|knowledge)\\b|\\b(?:receives?|obtains?|gets?|gains?)\\b[^.]{0,80}\\b(?:information|data|knowledge)\\b[^.]{0,60}\\b(?:(?:that|whether) (?:the data subject|you|the user|a visitor|the visitor) (?:has |have )?visited|(?:about|of) (?:a|your|the|each|his or her) visits?)\\b|\\bwhich (?:specific )?sub-?pages?\\b`,
);
/**
 * A named service doing a job for the site, or content embedded from other sites: "We use Stripe for payment
 * processing", "Payments are processed by Stripe", "Visitor comments may be checked through an automated spam
 * detection service", "Embedded content from other websites behaves in the exact same way as if the visitor has
 * visited the other website" (the WordPress privacy template).
 */
export const POLICY_NAMED_SERVICE = compile(
  'policy-named-service',
  `\\bwe (?:use|rely on|work with) (?!(?:it|them|this|that|these|those|cookies?|your|the|our|such|data|information|personal)\\b)[a-z0-9][a-z0-9.-]*(?: [a-z0-9.-]+)? (?:to|for) (?:process(?:ing)? (?:your |the )?(?:payments?|transactions?)|payment processing|send(?:ing)? (?:you )?(?:our |the |us )?(?:newsletters?|e-?mails?|messages)|host(?:ing)? (?:our|the|this)|e-?mail delivery|deliver(?:ing)? (?:our |the )?(?:e-?mails?|newsletters?))\\b|\\b(?:payments?|transactions?|card (?:payments|details)|orders) (?:are|is|will be) (?:processed|handled) by\\b|\\b(?:checked|processed|analy[sz]ed|scanned|filtered|verified) (?:through|by|via|using) (?:an? |the )?(?:automated |external |third[- ]party )(?:[a-z-]+ ){0,2}(?:services?|providers?|tools?)\\b|\\bembedded content\\b[^.]{0,80}\\b(?:other|third[- ]party) (?:websites?|sites?)\\b|\\bembed (?:additional )?third[- ]party tracking\\b|\\bwe (?:use|engage|work with) (?:a|an) (?:sub-?processor|processor|service provider|provider|vendor|supplier|company|third[- ]party(?: [a-z]+)?) (?:called|named)\\b`,
);
/** A list item naming its recipient, as routine-use and "we may share your information:" lists do: "To an expert, consultant, or contractor of GSA", "To other federal agencies". */
export const POLICY_TO_RECIPIENT = compile(
  'policy-to-recipient',
  `^\\W{0,3}to (?:the |a |an |other |any |our |its |appropriate |relevant |certain |another |third )(?:[a-z-]+,? (?:or |and )?){0,4}(?:third[- ]part(?:y|ies)|partners?|affiliates?|service providers?|vendors?|contractors?|consultants?|experts?|agents?|agenc(?:y|ies)|offices?|departments?|authorit(?:y|ies)|courts?|organi[sz]ations?|entit(?:y|ies)|companies|institutions?|processors?|law enforcement|officials?)\\b`,
);
/** A recipient bound by contract to protect the data: a sharing clause, not the company's own security measure. */
export const POLICY_BOUND_RECIPIENT = compile('policy-bound-recipient', `\\b(?:contract|agreement)\\w*[^.]{0,60}\\b(?:(?:requir|obligat|bind)\\w* (?:them|it|(?:the|these|those|this|such) \\w+) to (?:protect|safeguard|secure)\\b|(?:that|which) (?:protects?|safeguards?|secures?)\\b)`);
export const POLICY_SELF_DESCRIPTION = compile('policy-self-description', `\\b${anyOf(POLICY.selfDescription)}`);
export const POLICY_NOT_COLLECTION = compile('policy-not-collection', `\\b${anyOf(POLICY.notCollection)}`);
/** A bare date line ("Last updated February 3, 2021", "Version 1.3, Effective March 10, 2022"): when, not how the policy changes. */
export const POLICY_DATE_LINE = compile('policy-date-line', `^\\W{0,3}(?:version [\\d.]+,? )?(?:last )?(?:updated|revised|modified|effective|dated)(?: (?:on|as of|date))?:? [^.]{0,30}\\d{4}\\W{0,3}$`);

/** Data changing hands with the business: merger, acquisition, bankruptcy. */
export const POLICY_BUSINESS_TRANSFER = compile('policy-business-transfer', `\\b${anyOf(POLICY.objects.businessTransfer)}\\b`);
/** Agents and providers working for the company: "agents that perform functions on our behalf". */
export const POLICY_ON_BEHALF = compile('policy-on-behalf', near(RECIPIENTS, anyOf(POLICY.objects.onOurBehalf), 120));

/** The user seeing, changing or deleting their own data: "log on and update or change your contact or account information". */
export const POLICY_USER_CONTROL = compile(
  'policy-user-control',
  followedBy(`\\b${anyOf(POLICY.userActs)}`, followedBy(`(?<!secure |unauthori[sz]ed |prevent )${words(POLICY.verbs.userControl)}`, `\\b${anyOf(POLICY.objects.ownData)}`, 80), 100),
);
/** "access, correct or delete" listed together: a rights sentence even without "your". */
/** "access, correct or delete" listed together, in any form ("simple methods of accessing, correcting, or deleting the data"): a rights sentence even without "your"; and asking for a deletion or a copy ("unless you delete it or request its deletion"). */
export const POLICY_CONTROL_LIST = compile(
  'policy-control-list',
  `\\b(?:access|view|review|edit|updat|correct)(?:e|es|ing)?\\b,? (?:\\w+,? ){0,2}(?:and|or|and/or|,) (?:\\w+ )?(?:edit|updat|chang|correct|delet|remov|rectif)(?:e|es|ing|y)?\\b|\\b(?:request|ask for|obtain|seek) (?:its |their |the |your |a )?(?:deletion|erasure|correction|rectification|a copy)\\b`,
);
/** A right described in the third person, as GDPR declarations do: "the right granted by the European legislator to obtain from the controller the confirmation ...", "to receive the personal data concerning him or her". Restriction and objection are rights too, but not to see, correct or delete. */
export const POLICY_RIGHT_TO_OBTAIN = compile('policy-right-to-obtain', `\\bright\\b[^.]{0,60}\\bto (?:obtain|receive|request|have)\\b[^.]{0,60}\\b(?:confirmation|free information|information (?:about|as to whether)|access|a copy|(?:the )?erasure|(?:the )?rectification|the personal data concerning)\\b`);
/** The company seeing to access, correction or deletion on the person's request: "shall correct or erase personal data at the request or indication of the data subject", "upon request, we will provide you with information about whether we hold". */
export const POLICY_ON_REQUEST = compile('policy-on-request', near('\\b(?:correct|eras|delet|rectif|provide (?:you with )?information|give (?:an individual |you )?access|remove)', '\\b(?:at|upon|on) (?:the |your |their |his or her )?(?:requests?|indication)\\b(?! (?:of|from|by) (?:law enforcement|(?:a |the |any )?(?:court|authorit|government|police)))', 100));

export const POLICY_SAFEGUARDS = compile('policy-safeguards', `\\b${anyOf(POLICY.objects.safeguards)}`);
/** A protect verb with data or systems as its object: "to safeguard the information we collect". */
// Data as the object, a few words on at most: not "protect the vital interests of the data subject", "protect the privacy of the data subject".
export const POLICY_PROTECT_DATA = compile('policy-protect-data', followedBy(words(POLICY.verbs.protect), '\\b(?:your |the |personal |such |this |our |all |browsing |user |customer )*(?:data(?! subjects?)|information|systems?|servers?)\\b', 30));
/** Security that is someone else's duty or guards rights, not the company's measure: "We expect you to reasonably secure any Personal Information", "suitable measures to safeguard the data subject's rights", "technical measures, to inform other controllers". */
export const POLICY_NOT_OUR_MEASURE = compile(
  'policy-not-our-measure',
  `\\b(?:we expect|you (?:are|must|should|agree)|(?:you|users?|third parties|recipients) (?:are )?(?:expected|required|responsible))\\b[^.]{0,40}\\b(?:secure|protect|safeguard)\\b|\\b(?:measures|safeguards|steps) to (?:safeguard|protect) (?:the )?(?:data subject'?s?'? |your |their |his or her )?(?:rights|legitimate interests|freedoms)\\b|\\b(?:steps|measures),? to (?:inform|notify|tell|contact|verify|confirm)\\b`,
);
export const POLICY_SEALS = compile('policy-seals', `\\b${anyOf(POLICY.objects.seals)}`);
/** A measure the company itself runs (encryption, hashing, firewalls, secure servers): what a transfer's "safeguards" sentence would need to be security. */
export const POLICY_TECHNICAL_SECURITY = compile('policy-technical-security', `\\b(?:encrypt\\w*|hash(?:ed|ing)|firewalls?|secure (?:servers?|socket|storage))\\b`);
/** A control named by itself, as a list of measures names them ("Two-factor authentication", "Encryption at rest"). */
export const POLICY_NAMED_CONTROL = compile('policy-named-control', `\\b(?:encrypt\\w*|hash(?:ed|ing)|firewalls?|access controls?|authenticat\\w*|(?:two|multi)[- ]factor|2fa|mfa|backups?|passwords?|tls|ssl|monitor\\w*|anti-?virus|malware|intrusion|penetration|iso|soc ?[12]|pci|pseudonymi\\w*|audit\\w*|training|logging|patch\\w*|vulnerabilit\\w*|virus\\w*|least privilege|physical|locked|restrict\\w*|obfuscat\\w*|separately|verschlüssel\\w*|kryptering)\\b`);
/** A line with no sentence in it ("How we secure your data"): a heading the segmenter left as a paragraph; it names a topic, not a measure. */
export const POLICY_HEADING_LINE = compile('policy-heading-line', `^\\W{0,3}(?:[\\w'’&/-]+ ){0,7}[\\w'’&/-]+\\W{0,2}$`);
/** Copies that stay in backups after deletion ("deleted information may continue to persist on backup media"): retention, not a measure. */
export const POLICY_BACKUP_RETENTION = compile('policy-backup-retention', `\\b(?:remain|remains|persist|persists|stay|stays|kept|retained|linger|lingers)\\b[^.]{0,60}\\bbackups?\\b|\\bbackups?\\b[^.]{0,60}\\b(?:for|after|up to|within) (?:another |an additional )?(?:\\d+|\\w+) (?:days|weeks|months|years)\\b`);
/** A GDPR definition, as declarations list them ("Pseudonymisation is the processing of personal data in such a manner ...", "Processing is any operation"): a term explained, not a practice. */
export const POLICY_GDPR_DEFINITION = compile('policy-gdpr-definition', `^\\W{0,3}(?:[a-z]\\) )?(?:pseudonymi[sz]ation|anonymi[sz]ation|personal data|processing|restriction of processing|profiling|consent(?: of the data subject)?|(?:the )?(?:data )?controller(?: or controller responsible for the processing)?|(?:the )?processor|(?:the )?recipient|third party|(?:the )?data subject) (?:is|are|means|shall mean) (?:the|any|a|an)\\b`);
/** Security words that make a seal or password sentence about security after all. */
export const POLICY_REAL_SECURITY = compile('policy-real-security', `\\b(?:encrypt\\w*|hash(?:ed|ing)|safeguards?|security (?:measures|practices|controls|program)|firewalls?|secure (?:servers?|socket|storage))\\b`);

/** Rights that are not the user's access, correction or deletion: the company's own ("we reserve the right to"), rights protected in general ("protect the rights, property, or safety"). */
export const POLICY_NOT_USER_RIGHT = compile('policy-not-user-right', `\\breserves? the right to\\b|\\bwe (?:may |will |might |can |also |only |need to |do not |don't |never )*(?:access|look at) (?:your|the|a customer's|customers') (?:data|content|account|information)\\b|\\b(?:protect|protects|protecting|defend|defends|defending|enforce|enforces|enforcing) (?:[a-z'-]+,? ){0,4}rights?\\b`);
/** A short question standing as a heading ("III. WILL COMPANY SHARE ANY OF THE PERSONAL INFORMATION IT RECEIVES?"): it asks, it states no practice. */
/** Under a rights heading, a complaint or the DPO is a way to contact, not a right to see, correct or delete (opting out and objecting stay rights: the document gold counts them). */
export const POLICY_CHOICE_ONLY = compile('policy-choice-only', `\\b(?:complain|complaint|lodge|data protection officer|dpo)\\b`);
/** Settings are choices about processing, not the user's data: "You can update your data collection settings at any time". */
export const POLICY_SETTINGS = compile('policy-settings', `\\b(?:data collection|data sharing|privacy|cookie|sharing|notification|marketing|communication|tracking) (?:settings|preferences)\\b`);
export const POLICY_ACCESS_EDIT_DELETE = compile('policy-access-edit-delete', `\\b(?:access|cop(?:y|ies)|correct|correction|rectif\\w*|delet\\w*|eras\\w*|updat\\w*|edit\\w*|portab\\w*|download|export|view|review)\\b`);
/** Safeguards for a transfer abroad are a transfer mechanism, not the company's security. */
export const POLICY_TRANSFER_SAFEGUARD = compile('policy-transfer-safeguard', `\\b(?:transferred|transfers?|across (?:international )?borders|third countr(?:y|ies)|outside (?:the )?(?:eea|eu|european))\\b`);
export const POLICY_QUESTION = compile('policy-question', `^[^?]{0,100}\\?\\W{0,3}$`);
/** Third-party content the site loads or embeds: "we may dynamically include [third-party resources] later". */
export const POLICY_EMBEDDED = compile(
  'policy-embedded',
  near(`\\b(?:third[- ]party (?:resources|content|plugins?|scripts?|widgets?|embeds?)|social (?:media|networking) (?:plugins?|widgets?|buttons?|features?|sites?|websites?|services?))\\b`, `\\b(?:includes?|load(?:s|ed)?|embed(?:s|ded)?|interacts? with|integrat\\w*)\\b`, 80),
);

export const POLICY_CHANGES = compile('policy-changes', `\\b${anyOf(POLICY.changes)}`);

/**
 * The word before a collect verb that is not the company as its subject: a determiner or preposition makes the verb a noun
 * ("in our records", "the logs"), and a data noun before it makes it a relative clause that only names the data
 * ("we destroy the information we collect", "the information you give us is kept private").
 */
// Nor a relative pronoun or a recipient: "vendors who process it on our behalf", "third parties that receive" collect for themselves, as a sharing clause says.
const NOT_SUBJECT = '(?!(?:our|the|your|its|their|his|her|a|an|any|these|those|such|of|in|on|to|and|or|server|access|who|which|that|they|he|she|parties|providers|vendors|processors|sub-?processors|partners|affiliates|contractors|agents|recipients|companies)\\b)';
const NOT_RELATIVE = '(?<!\\b(?:data|information|details|content|everything|anything) (?:that |which )?)';

/** Collection by the company, in any person: "Mozilla receives", "is collected", "we ask for". */
export const POLICY_COLLECT = compile(
  'policy-collect',
  near(`\\b${NOT_RELATIVE}(?:${NOT_SUBJECT}${anyOf(COMPANY)} (?:may |also |will |automatically |only )?${anyOf(POLICY.collect)}|(?:is|are|be|been) (?:automatically |also )?(?:collected|logged|recorded|gathered|obtained|received|captured)|${anyOf(POLICY.collect.slice(1))})`, `\\b${anyOf(POLICY.dataWords)}`, 80),
);
/** What data is used for: "we use interaction data to improve", "is used to". */
export const POLICY_PURPOSE = compile(
  'policy-purpose',
  `${followedBy(`\\b(?:use|uses|used|using|process|processes|processed|need|needs)\\b`, `\\b(?:to|for|in order to) (?:\\w+ )?${stems(POLICY.purposeVerbs)}`, 140)}|\\b(?:use|used|process|processed) (?:\\w+ ){0,3}(?:in|for) the following (?:ways|purposes)\\b`,
);
/**
 * The base "we collect" cue without its relative clauses: "information we collect" and "information you provide"
 * name the data a sentence is about ("we destroy the information we collect when ..."), they do not collect it.
 */
export const POLICY_WE_COLLECT = compile(
  'policy-we-collect',
  `\\b${NOT_RELATIVE}we (?:may |also |only |automatically )?(?:collect|obtain|receive|gather|record|log)\\b|\\bcollect(?:s|ed|ion of)? (?:the following|your|personal|certain|some|information|data)|\\bwe process (?:the following|these) (?:types|categories)|\\b(?:types|categories|kinds) of (?:personal )?(?:data|information)\\b`,
);
/**
 * A heading about collection on a policy: the base collection headings, unless the heading names another practice
 * done to the data collected ("How we share the information we collect", "How we protect the data we collect",
 * "Your rights over the information we collect").
 */
export const POLICY_COLLECTION_HEADING = compile(
  'policy-collection-heading',
  `^(?![^\\n]*\\b(?:share|shares|sharing|shared|disclos\\w*|sell|sold|protect\\w*|secur\\w*|safeguard\\w*|retain\\w*|retention|keep|kept|how long|delet\\w*|transfer\\w*|rights?|access(?:ing)?|choices?|control)\\b)[^\\n]*(?:information we collect|data we collect|what (?:personal )?(?:data|information)|categories of (?:personal )?data|types of (?:personal )?data|data collection|collection of|welche daten)`,
);
/**
 * The site setting cookies or beacons of its own: what it collects and how ("The Internet pages of Labs64 GmbH use
 * cookies", "We may also collect information using Web beacons", "The newsletter ... contains so-called tracking
 * pixels"), OPP-115's first-party collection by cookies and tracking elements.
 */
export const POLICY_TRACKING_USE = compile(
  'policy-tracking-use',
  `\\b(?:use|uses|used|using|set|sets|place|places|contain|contains|employ|employs|deploy|deploys)\\b (?:[a-z'-]+ ){0,4}(?:cookies?|(?:tracking )?pixels?|pixel tags?|web beacons?|beacons|local ?storage|tracking technolog(?:y|ies))\\b|\\b(?:cookies?|(?:tracking )?pixels?|web beacons?)\\b[^.]{0,30}\\b(?:are|is) (?:used|set|placed|stored) (?:to|for|on|in|by means)\\b|\\bby means of (?:a |the )?cookies?\\b`,
);
/** A sharing heading on a policy, unless it is about what the user shares with the company ("What happens to the information you share?"). */
export const POLICY_SHARING_HEADING = compile(
  'policy-sharing-heading',
  `^(?![^\\n]*\\b(?:you|users?|visitors?) (?:choose to |decide to |may |can )?share\\b(?![^\\n]*\\b(?:third|partners?|others|disclos\\w*|recipients?)\\b))[^\\n]*(?:sharing|share|disclos|third part|recipients|who we share|weitergabe|empfänger)`,
);
/**
 * A policy's deletion after a period, the English of the tables' `eraseAfter` ("temporarily stored in a log file and
 * generally deleted after 90 days", "removed after 90 days"): on a policy, how long the data is kept. Tested against
 * the words just before the period.
 */
const ERASED = `\\b(?:deleted|removed|erased|purged|destroyed|discarded|overwritten|anonymi[sz]ed)(?: (?:automatically|generally|permanently|irrevocably|usually|normally|then|routinely))?`;
// The company's own active deletion, a parenthesis allowed: "we will delete your full profile (within reason) within 30 days"; not the user's ("you can delete your account").
const WE_ERASE = `\\b(?:we|we'll|will|shall) (?:will |shall |then |also |automatically |permanently )*(?:delete|remove|erase|purge|destroy|anonymi[sz]e) (?:your |the |all |such |this |these |any )?(?:[a-z'-]+ ){0,3}(?:\\([^)]{0,30}\\))?`;
// WE_ERASE ends on a space (after its words or determiner) or a parenthesis: the space before "after" is optional.
// The agent may stand between the verb and the period: "anonymized or deleted by arXiv after five years".
const BY_AGENT = '(?: by (?:us|[\\w.-]+(?: [\\w.-]+){0,2}))?';
// Or the place it is erased from: "Personal details will automatically be removed from our database after two years".
const FROM_PLACE = '(?: from (?:our|the|its|their|all|your) (?:[a-z-]+ ){0,2}(?:databases?|systems?|servers?|records|backups|platform|site|website|services?))?';
export const POLICY_ERASE_AFTER = compile('policy-erase-after', `(?:${ERASED}|${WE_ERASE})${BY_AGENT}${FROM_PLACE} ?(?:after|within|in) (?:(?:a (?:maximum|period) of|at most|no more than|not more than|up to|under|less than|fewer than) )?$`);
/** The same when the period carries its own "within" / "after" ("They are deleted within 72 hours"): the words before it end on the verb. */
export const POLICY_ERASED_LEAD = compile('policy-erased-lead', `(?:${ERASED}|${WE_ERASE})${BY_AGENT}${FROM_PLACE}$`);
/** The company ending the data's life, in a policy's verbs ("removed", "purged", "destroyed"). */
export const POLICY_ERASE_WORDS = compile('policy-erase-words', ERASE);
export const POLICY_PURPOSE_HEAD = compile('policy-purpose-head', `^\\W{0,3}(?:to|for) ${stems(POLICY.purposeVerbs)}`);
