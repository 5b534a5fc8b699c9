/**
 * The legal vocabulary, per language, shared by tagging (tag/rules.ts) and term extraction (terms/).
 *
 * Shape: one table per language (`en.ts`, `de.ts`, ...; add `sv.ts` beside them), each a
 * `Vocabulary` (English, complete) or a `Partial` one (another language: only what it has). A table
 * holds phrase arrays, one alternative a line, grouped by verb classes (notify, engage, erase, ...)
 * and object classes (breach, sub-processor, data, ...), plus the words for modality (duty,
 * permission, prohibition), party roles and document layers. Patterns are compiled once, below,
 * from the union of every language's table for the same slot, so a German sentence inside an
 * English DPA still matches; to add a language, write its table and list it in LANGUAGES.
 */
import type { BreachQualifier, Category, DocType, TransferMechanism } from '../report';
import { de } from './de';
import { en } from './en';
import { sv } from './sv';
import { NUMBER_WORDS, UNIT_FORMS } from '../terms/duration-words';
import { anyOf, compile, near, stems, followedBy, words, WORD_END, WORD_START, type Phrases } from './phrases';

export { anyOf, words, stems, near, followedBy, compile, COMPILED, type Phrases } from './phrases';

export interface Vocabulary {
  verbs: Record<'notify' | 'engage' | 'erase' | 'giveBack' | 'keep' | 'audit' | 'object' | 'transfer', Phrases> & {
    /** Acting on a breach once it happened: investigating, containing, mitigating, remedying it (Art. 33(3)(d)). */
    respond?: Phrases;
  };
  objects: Record<
    'breach' | 'breachEvent' | 'breachNotice' | 'breachOfContract' | 'subprocessor' | 'data' | 'audit' | 'auditElsewhere' | 'liability' | 'security' | 'authority',
    Phrases
  >;
  transfers: {
    thirdCountry: Phrases;
    sccTerms?: Phrases;
    sccSubprocessing?: Phrases;
    eea: Phrases;
    eeaCountries: Phrases;
    home: Phrases;
    us: Phrases;
    abroad?: Phrases;
    mechanisms: Record<TransferMechanism, Phrases>;
    nearMechanism: Record<TransferMechanism, Phrases>;
    outside: Phrases;
    /** Processing said to stay in the EU/EEA, in words other than the English pattern's. */
    staysIn?: Phrases;
    /** A transfer denied with no destination ("Uppgifter överförs inte."), read as staying home under a heading that names the outside. */
    denied?: Phrases;
    /** Transfers said to be made, in words other than the English pattern's. */
    happen?: Phrases;
    /** Any place at all, after a verb of transferring or storing ("globally", "to any country"). */
    anywhere?: Phrases;
    /** What follows a refusal to transfer when it is a permission on conditions ("unless", "except in accordance with"). */
    conditions?: Phrases;
    /** A transfer the controller must first allow, in words other than the English pattern's. */
    onlyWithConsent?: Phrases;
    /** The GDPR's chapter on transfers cited: "Art. 44 ff. DSGVO", "Chapter V of the GDPR". */
    chapter?: Phrases;
  };
  breach: { qualifiers: Record<BreachQualifier, Phrases>; deadline: Phrases; soft: Phrases; notTheNotice: Phrases };
  subprocessors: Record<'general' | 'specific' | 'either' | 'advance' | 'notice' | 'sameWindow', Phrases> & {
    /** A new sub-processor or a change to them ("new", "additional", "replacement"). */
    change?: Phrases;
    /** Words before a period that make it advance notice ("prior notice of" anywhere before it, "mit einer Frist von" just before). */
    advanceLead?: Phrases;
    /** Sub-processors named only beside the party another clause binds, or as a party's role: not the sub-processor clause. */
    coActor?: Phrases;
    role?: Phrases;
    /** The controller may object to a new sub-processor ("may object", "har rätt att invända"). */
    objectionRight?: Phrases;
    /** What the parties do once an objection is made, whose deadline is no window to object ("Lösung", "lösning"). */
    resolution?: Phrases;
  };
  /**
   * Retention periods in words other than the English pattern's (terms.ts retention): `lead` ends the
   * text before a period or begins it ("i 5 år", "für 25 Monate", "nicht länger als"), `tail` follows it
   * ("zehn Jahre lang"), `eraseAfter` says the data goes once the period is over ("raderas efter 2 veckor"),
   * `eraseWithin` is a policy's deletion deadline, which on a policy is how long the data is kept; `headings` name a
   * section of retention periods, whose table rows ("Aktivitetsloggar | 12 månader | ...") each state one.
   * On a policy, `later` follows a period counted from an event named before it ("zwei Monate später entfernt"),
   * `inactive` follows a period of inactivity ("365 Tage inaktiv"), `alternatives` joins two figures of one period
   * ("6 bzw. 10 Jahren"), and `cookieHeadings` name a section whose table rows give cookie lifetimes, not retention.
   */
  retention?: {
    lead?: Phrases;
    tail?: Phrases;
    eraseAfter?: Phrases;
    /** The words before a lower bound that still state how long data is kept ("for a minimum of two years", "für mindestens"). */
    minLead?: Phrases;
    /** The period named before its figure ("Speicherdauer", "retention period") and the verb that gives it ("beträgt", "is"). */
    periodNoun?: Phrases;
    periodIs?: Phrases;
    eraseWithin?: Phrases;
    headings?: Phrases;
    later?: Phrases;
    inactive?: Phrases;
    alternatives?: Phrases;
    cookieHeadings?: Phrases;
    /** Ordinal years a deadline counts ("des siebten Kalenderjahrs nach Entstehen"): the ordinal word and its number. */
    ordinalYears?: Record<string, string>;
    /** The year word after the ordinal ("Kalenderjahrs", "Geschäftsjahres") and what follows it ("nach"). */
    ordinalYearWord?: Phrases;
    ordinalYearAfter?: Phrases;
  };
  /**
   * Lists and their leads. `lead`: words with which a sentence announces the list after it ("följande", "folgende"),
   * as a colon does. `contents`: a lead that announces what the thing its clause is about holds ("Notification will
   * include:", "The notice shall describe at least:"), whose items are about that thing whatever their words ("Nature of
   * the breach"). `completes`: the words a lead ends on before its colon when each item finishes its sentence ("...
   * shall notify the Client if:" over "- it becomes aware of a personal data breach").
   */
  lists?: { lead?: Phrases; contents?: Phrases; completes?: Phrases };
  /**
   * Words written with a period that do not end a sentence (text/structure.ts), lower case without the last period:
   * "abs" in "Art. 6 Abs. 1", "t.ex" in "t.ex. Google". English keeps its list in structure.ts.
   */
  /** `abbreviations`: words a period after which ends no sentence. `monthsAfterDay`: month names a day's period stands before ("31. März"). */
  sentences?: { abbreviations?: Phrases; monthsAfterDay?: Phrases };
  deletion: Record<'endEvents' | 'contractEnd' | 'retrieve' | 'choiceWindow' | 'backupOnly' | 'followOn', Phrases>;
  audit: Record<'right' | 'notice', Phrases> & { noticeNear?: Phrases };
  liability: Record<'capped' | 'uncapped' | 'notAboutLiability', Phrases> & { forWhom?: Phrases; excludesDamages?: Phrases };
  law: {
    governs: Phrases;
    adjectiveLaw: Phrases;
    forum: Phrases;
    lawOf: Phrases;
    abbreviations: Record<string, string>;
    /** A law named by a phrase rather than "the laws of X": "svensk rätt", "deutsches Recht". */
    countryWords?: Record<string, string>;
  };
  /** Verbs of answering a data subject's request ("respond", "svara", "beantworten"). */
  dsr?: { respond?: Phrases; assistVerbs?: Phrases };
  /** What security measures guard against (Art. 32's threat list) and the goals they serve (confidentiality, integrity, availability). */
  security?: { threats?: Phrases; triad?: Phrases };
  modality: Record<'duty' | 'permission' | 'prohibition', Phrases>;
  roles: Record<'processor' | 'controller' | 'authority' | 'dataSubject' | 'processorWords' | 'controllerWords', Phrases> & {
    /** The controller as a sentence's subject before its verb, where no parser reads the language. */
    controllerSubject?: Phrases;
    /** The persons authorised to process the data (Art. 28(3)(b)). */
    personnel?: Phrases;
    /** What binds the persons processing the data without naming confidentiality ("bind its personnel in writing"). */
    personnelBound?: Phrases;
    /** Defined terms that name a thing, not a party ("Personal Data" means information that is Customer Data). */
    thingWords?: Phrases;
  };
  layers: Record<'scc' | 'sccBody' | 'scc2021' | 'scc2010' | 'ukAddendum' | 'annex' | 'subprocessorList' | 'securityAnnex', Phrases>;
  /**
   * How documents of each type name themselves (detect/pagetype.ts): title and heading words per
   * type (regular-expression fragments, case-insensitive), and body phrases per cue rule of
   * pagetype's TEXT_CUES, in its phrase syntax ("wir (erheben|speichern)"). English keeps its
   * tables in pagetype.ts; other languages add theirs here.
   */
  docType?: {
    titles?: Partial<Record<DocType, Phrases>>;
    headings?: Partial<Record<DocType, Phrases>>;
    cues?: Partial<Record<string, Phrases>>;
  };
  /**
   * Clause cues per category in this language (tag/rules.ts), each with its reason in the
   * language's own words; `heading` and `weak` widen the category's section rule.
   */
  tags?: Partial<Record<Category, TagWords>>;
}

export interface TagWords {
  cue?: Phrases;
  /**
   * How a sentence opens when it carries on the act of the sentence before it in its paragraph ("The notification
   * must be made within 24 hours", "Die Meldung hat ... zu erfolgen"): it takes that sentence's category.
   */
  followOn?: Phrases;
  /** Words that carry the category anywhere in a later sentence of a paragraph that named it ("... if Customer does not object within that time frame"). */
  carry?: Phrases;
  reason?: string;
  veto?: Phrases;
  heading?: Phrases;
  weak?: Phrases;
}

type DeepPartial<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends readonly string[]
    ? T[K]
    : NonNullable<T[K]> extends Record<string, string>
      ? T[K]
      : K extends 'docType' | 'tags'
        ? T[K]
        : DeepPartial<NonNullable<T[K]>>;
};
export type PartialVocabulary = DeepPartial<Vocabulary>;

/** Every language with a table; `en` is complete, the others add what they have. */
export const LANGUAGES: Record<string, PartialVocabulary> = { en, sv, de };

/** The phrases of one slot, over every language ("verbs.notify" in en, de, ...). */
function all(get: (v: PartialVocabulary) => Phrases | undefined): Phrases {
  return Object.values(LANGUAGES).flatMap((v) => get(v) ?? []);
}

const V = {
  notify: all((v) => v.verbs?.notify),
  engage: all((v) => v.verbs?.engage),
  erase: all((v) => v.verbs?.erase),
  keep: all((v) => v.verbs?.keep),
  breach: all((v) => v.objects?.breach),
  breachEvent: all((v) => v.objects?.breachEvent),
  subprocessor: all((v) => v.objects?.subprocessor),
  audit: all((v) => v.objects?.audit),
  liability: all((v) => v.objects?.liability),
};

// ---- compiled once: the patterns tagging and terms share ----

/** Notifying about a personal-data breach, in either order. */
export const BREACH_NOTICE = compile('breach-notify', near(stems(V.notify), anyOf(V.breach)));
/** Acting on a breach once it happened ("take reasonable steps to investigate and mitigate the Security Incident"). */
export const BREACH_RESPONSE = compile('breach-response', near(stems(all((v) => v.verbs?.respond)), anyOf(V.breach), 80));
/** Notifying about unlawful destruction or unauthorised access, without the word "breach". */
export const BREACH_EVENT_NOTICE = compile('breach-event', followedBy('\\b(?:notif\\w*|inform(?:s|ed|ing)?\\b|alert(?:s|ed|ing)?\\b|let (?:\\w+ ){1,2}know\\b)', `\\b${anyOf(V.breachEvent)}`));
/** Words that on their own speak of notifying a breach ("breach notification"). */
export const BREACH_NOTICE_WORDS = compile('breach-notice-words', `\\b${anyOf(all((v) => v.objects?.breachNotice))}`);
/** Any notify verb. */
export const NOTIFY = compile('notify', stems(V.notify, ['notice\\b']));
/** Every notify verb of a text, in turn (exec loop; reset lastIndex first). */
export const NOTIFY_EACH = compile('notify-each', stems(V.notify, ['notice\\b']), 'g');
/** An authority named in any language ("the supervisory authority", "tillsynsmyndigheten", "Aufsichtsbehörde"). */
/** The controller named as the subject just before a verb, in the languages compromise does not read. */
export const CONTROLLER_SUBJECT = compile('controller-subject', `${WORD_START}${anyOf(all((v) => v.roles?.controllerSubject))}\\s*$`);
export const AUTHORITY_WORDS = compile('authority-words', `\\b${anyOf(all((v) => v.roles?.authority))}`);
export const BREACH_OF_CONTRACT = compile('breach-of-contract', `\\b${anyOf(all((v) => v.objects?.breachOfContract))}`);
export const SUBPROCESSOR = compile('subprocessor', `\\b${anyOf(V.subprocessor)}`);
export const AUDIT = compile('audit', `\\b${anyOf(V.audit)}`);
export const AUDIT_ELSEWHERE = compile('audit-elsewhere', `\\b${anyOf(all((v) => v.objects?.auditElsewhere))}`);
export const AUDIT_RIGHT = compile('audit-right', `\\b${anyOf(all((v) => v.audit?.right))}`);
export const AUDIT_NOTICE = compile('audit-notice', stems(all((v) => v.audit?.notice)));
/** Words beside a period that make it an audit's notice, in languages whose word order the English reading misses. */
export const AUDIT_NOTICE_NEAR = compile('audit-notice-near', stems(all((v) => v.audit?.noticeNear)));
export const LIABILITY = compile('liability', `\\b${anyOf(V.liability)}`);
export const LIABILITY_CAPPED = compile('liability-capped', `\\b${anyOf(all((v) => v.liability?.capped))}`);
export const LIABILITY_UNCAPPED = compile('liability-uncapped', `\\b${anyOf(all((v) => v.liability?.uncapped))}`);
export const NOT_ABOUT_LIABILITY = compile('not-about-liability', stems(all((v) => v.liability?.notAboutLiability)));
export const LIABILITY_FOR_WHOM = compile('liability-for-whom', anyOf(all((v) => v.liability?.forWhom)));
export const LIABILITY_EXCLUDES_DAMAGES = compile('liability-excludes-damages', anyOf(all((v) => v.liability?.excludesDamages)));
/** Art. 32's list of what security guards against: "accidental or unlawful destruction, loss, alteration". */
export const SECURITY_THREATS = compile('security-threats', `\\b${anyOf(all((v) => v.security?.threats))}`);
/** Deleting or returning data in so many words: a deletion clause even beside the threat list. */
export const DELETE_OR_RETURN = compile('delete-or-return', '\\b(?:delet|return)\\w*\\b');
/** Confidentiality as one of the goals of security: "confidentiality, integrity and availability". */
export const SECURITY_TRIAD = compile('security-triad', `\\b${anyOf(all((v) => v.security?.triad))}`);
/** The persons Art. 28(3)(b) binds to confidentiality. */
export const PERSONNEL = compile('personnel', `\\b${anyOf(all((v) => v.roles?.personnel))}`);
export const PERSONNEL_BOUND = compile('personnel-bound', near(`\\b${anyOf(all((v) => v.roles?.personnel))}`, `\\b${anyOf(all((v) => v.roles?.personnelBound))}`, 60));
/** Assist / support / forward x requests x data subjects (Art. 28(3)(e)), and data subjects exercising their rights. */
const DATA_SUBJECT = anyOf(all((v) => v.roles?.dataSubject));
export const DSR_ASSIST = compile(
  'dsr-assist',
  [
    followedBy(stems(all((v) => v.dsr?.assistVerbs)), `\\b(?:requests?|claims?|inquir\\w+|complaints?)\\b[^.]{0,60}\\b${anyOf(all((v) => v.roles?.dataSubject))}\\b`, 100),
    followedBy(`\\b${anyOf(all((v) => v.roles?.dataSubject))}\\b`, '\\bexercis\\w*\\b(?: \\w+){0,3} rights?\\b', 40),
    followedBy('\\brequests?\\b', `\\b(?:on behalf of |from )(?:an? |the )?${anyOf(all((v) => v.roles?.dataSubject))}\\b[^.]{0,60}\\brights?\\b`, 30),
    '\\bchapter iii (?:of (?:the )?)?(?:gdpr|regulation)',
    // A data subject turning to the processor, who passes it on: "Insofar as an Affected Person contacts the Supplier
    // directly ..., the Supplier will immediately forward this request", "If a Data Subject contacts Vendor directly, Vendor
    // will direct the Data Subject to Customer", "Should a data subject apply directly to Vendor for the correction ...".
    followedBy(`\\b${DATA_SUBJECT}\\b[^.]{0,30}\\b(?:contacts?|approach(?:es)?|appl(?:y|ies) (?:directly )?to|submits?|sends?|writes? to|turns? to|address(?:es)?|reaches? out)\\b`, '\\b(?:forward|redirect|pass(?:es)? on|refer|direct)\\w*\\b', 120),
    // "to respond to requests concerning Personal Data from individuals": the request, its subject, then who makes it.
    `\\brequests? (?:concerning|regarding|relating to|about|in respect of) (?:\\w+ ){0,3}(?:from|by) (?:an? |the |any )?${DATA_SUBJECT}\\b`,
    // The request named by who makes it: "any inquiry by a data subject", "Where a Consumer submits a verifiable request".
    `\\b(?:inquir\\w*|enquir\\w*|complaints?|communications?|correspondence) (?:received )?(?:from|by|of) (?:an? |the |any )?${DATA_SUBJECT}\\b`,
    `\\b${DATA_SUBJECT} (?:makes?|submits?|sends?|files?|directs?) (?:\\w+ ){0,2}requests?\\b`,
    // Sent on to the controller: "Vendor will redirect the individual to Customer".
    `\\b(?:re)?direct(?:s|ed)? (?:the |such |that |any |this )?(?:\\w+ )?${DATA_SUBJECT}\\b[^.]{0,30}\\bto (?:the )?(?:customer|controller|client)\\b`,
    // Art. 28(3)(e) by the service itself: "the ability to correct, delete, or block Customer Personal Data".
    '\\b(?:abilit(?:y|ies)|functionalit(?:y|ies)|capabilit(?:y|ies)|tools?|features?|means|options?) to (?:access|retrieve|correct|rectify|amend|update|delete|erase|block|restrict|export),? (?:(?:access|retrieve|correct|rectify|amend|update|delete|erase|block|restrict|export),? )*(?:and |or |and/or )?(?:access|retrieve|correct|rectify|amend|update|delete|erase|block|restrict|export)\\b',
  ].join('|'),
);
/** Art. 28(3)(h): "all information necessary to demonstrate compliance", "information ... to verify that ... is in compliance". */
// Also as records or documentation kept for it: "Kernel shall maintain records sufficient to demonstrate its compliance".
export const DEMONSTRATE_COMPLIANCE = compile('demonstrate-compliance', followedBy('\\b(?:information|records?|documentation)\\b', '\\b(?:(?:sufficient |necessary )?(?:to|in order to) (?:demonstrate|verify|prove|evidence)|demonstrating)\\b[^.]{0,40}\\bcomplian', 60));
export const SECURITY_MEASURES = compile('security-measures', `\\b${anyOf(all((v) => v.objects?.security))}`);
export const ERASE = compile('erase', `${stems(V.erase)}\\w*`);
/** Every erasing word of a text, in turn (exec loop; reset lastIndex first). */
export const ERASE_EACH = compile('erase-each', `${stems(V.erase)}\\w*`, 'g');
/** Deleting, but not "the right to erasure". */
export const ERASE_CUE = compile('erase-cue', `${stems(V.erase)}\\w*\\b(?![^.]{0,12}\\bright)`);
export const KEEP = compile('keep', `${stems(V.keep)}\\w*`);
/**
 * A stated period beside a keeping or erasing verb, in every table's language: "nach 7 Tagen anonymisiert", "für die
 * Dauer von maximal 30 Tagen gespeichert", "sparas i tre månader", "stored for 90 days". The figure is digits or a
 * number word, the unit any written form of one (terms/duration-words.ts).
 */
const PERIOD = `${WORD_START}(?:\\d{1,4}|${anyOf(NUMBER_WORDS.map((w) => w.word))})(?:\\s?\\(\\d{1,4}\\))?\\s(?:\\S+\\s)?(?:${UNIT_FORMS.map((u) => u.forms).join('|')})${WORD_END}`;
export const PERIOD_WITH_VERB = compile('period-with-verb', near(`(?:${stems(V.keep)}|${stems(V.erase)})\\w*`, PERIOD, 60));
/** Before a retention period, or its first words ("i", "under högst", "für", "nicht länger als"). */
export const RETENTION_LEAD = compile('retention-lead', `${WORD_START}${anyOf(all((v) => v.retention?.lead))}$`);
/** The retention period by its name: "Speicherdauer", "Löschfrist", "lagringstid", "retention period". */
export const RETENTION_NOUN = compile('retention-noun', `${WORD_START}${anyOf(all((v) => v.retention?.periodNoun))}`);
/** A lower bound that states retention: "for a minimum of two years", "für mindestens 10 Jahre". */
export const RETENTION_MIN_LEAD = compile('retention-min-lead', `${WORD_START}${anyOf(all((v) => v.retention?.minLead))}\\s*$`);
/** The period by its name before its figure: "Die Speicherdauer beträgt 24 Monate", "the retention period is 90 days". */
export const RETENTION_NOUN_LEAD = compile(
  'retention-noun-lead',
  `${WORD_START}${anyOf(all((v) => v.retention?.periodNoun))}\\w*\\b[^.;]{0,60}?${WORD_START}${anyOf(all((v) => v.retention?.periodIs))}(?:\\s+\\S+){0,2}\\s*$`,
);
export const RETENTION_LEAD_IN = compile('retention-lead-in', `^${anyOf(all((v) => v.retention?.lead))}${WORD_END}`);
/** Right after a retention period ("lang", "aufbewahrt"). */
export const RETENTION_TAIL = compile('retention-tail', `^\\s?${anyOf(all((v) => v.retention?.tail))}${WORD_END}`);
/** Before a period after which the data is erased ("raderas efter", "nach maximal"). */
export const ERASE_AFTER = compile('erase-after', `${WORD_START}${anyOf(all((v) => v.retention?.eraseAfter))}$`);
/** A section on cookies (English and German "Cookies", Swedish "Kakor"): a table row there gives a cookie's lifetime. */
export const COOKIE_HEADING = compile('cookie-heading', `${WORD_START}${anyOf(all((v) => v.retention?.cookieHeadings))}${WORD_END}`);
/** Right after a period counted from an event before it ("später", "later", "senare"). */
export const RETENTION_LATER = compile('retention-later', `^\\s*${anyOf(all((v) => v.retention?.later))}${WORD_END}`);
/** Every language's ordinal years ("siebten" -> 7). */
export const ORDINAL_YEARS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.values(LANGUAGES).flatMap((v) => Object.entries(v.retention?.ordinalYears ?? {}).map(([w, n]) => [w, Number(n)])),
);
/**
 * A deadline counted in ordinal years from an event: "bis zum 31. März des siebten Kalenderjahrs nach Entstehen", "des
 * elften Kalenderjahrs nach Entstehen" (the German tax and commercial-law periods, § 147 AO, § 257 HGB). Group 1 the ordinal.
 */
export const ORDINAL_YEAR_DEADLINE = compile(
  'ordinal-year-deadline',
  `${WORD_START}(${anyOf(Object.keys(ORDINAL_YEARS))}) ${anyOf(all((v) => v.retention?.ordinalYearWord))}${WORD_END} ${anyOf(all((v) => v.retention?.ordinalYearAfter))}${WORD_END}`,
  'g',
);
/** Right after a period of inactivity ("inaktiv", "of inactivity", "utan aktivitet"). */
export const RETENTION_INACTIVE = compile('retention-inactive', `^\\s*${anyOf(all((v) => v.retention?.inactive))}`);
/** The first of two figures for one period, ending a lead ("nach 6 bzw." before "10 Jahren", "after 6 or"). */
export const RETENTION_ALTERNATIVE = compile('retention-alternative', `\\s\\d{1,4}(?:[.,]\\d+)?\\s${anyOf(all((v) => v.retention?.alternatives))}\\s?$`);
/** The erasing verb later in the clause after a period (German puts it last: "30 Tage nach Ende ... gelöscht"). */
export const ERASE_IN_CLAUSE = compile('erase-in-clause', `^[^.;]{0,80}?${stems(V.erase)}\\w*`);
/** The erasing word earlier in the clause before a period ("Wir löschen Ihre Daten, sobald ..., also ... drei Monate nach"). */
export const ERASE_BEFORE_IN_CLAUSE = compile('erase-before-in-clause', `${stems(V.erase)}\\w*[^.;]{0,120}$`);
/** A lead ending on its erasing verb ("kommer att avidentifieras", "werden gelöscht"), a period then counted "after" something. */
export const ERASE_END = compile('erase-end', `${stems(V.erase)}\\w*$`);
export const ERASE_AFTER_IN = compile('erase-after-in', `^${anyOf(all((v) => v.retention?.eraseAfter))}${WORD_END}`);
/** A deletion deadline's first words ("innerhalb von 24 Stunden", "inom 30 dagar"). */
/** A lead ending on "within" in another language and up to three words ("innerhalb einer Frist von", "binnen", "inom"). */
export const WITHIN_LEAD = compile('within-lead', `${WORD_START}${anyOf(all((v) => v.retention?.eraseWithin))}(?:\\s+\\S+){0,3}\\s*$`);
export const ERASE_WITHIN_IN = compile('erase-within-in', `^${anyOf(all((v) => v.retention?.eraseWithin))}${WORD_END}`);
/** Every language's sentence-internal abbreviations (text/structure.ts adds them to its English list). */
export const SENTENCE_ABBREVIATIONS: readonly string[] = all((v) => v.sentences?.abbreviations);
/** A month name after a day's ordinal period ("bis zum 31. März", "am 1. Januar 2025"): the period ends no sentence. */
export const MONTH_AFTER_DAY = compile('month-after-day', `^\\s{1,2}${anyOf(all((v) => v.sentences?.monthsAfterDay))}${WORD_END}`, 'i');
/** A section heading naming how long data is kept ("Lagringstider", "Speicherdauer"): its table rows are periods. */
export const RETENTION_HEADING = compile('retention-heading', `${WORD_START}${anyOf(all((v) => v.retention?.headings))}`);
/** A sentence that announces the list after it without a colon ("under följande perioder."). */

export const LIST_LEAD = compile('list-lead', `${WORD_START}${anyOf(all((v) => v.lists?.lead))}${WORD_END}`);
/** A lead announcing the contents of what its clause is about ("Notification will include:"). */
export const LIST_CONTENTS = compile('list-contents', `${WORD_START}${anyOf(all((v) => v.lists?.contents))}${WORD_END}[^.;]{0,60}:\\s*$`);
/** A lead whose items finish its sentence: it ends on a conjunction or preposition and a colon ("notify the Client if:"). */
export const LIST_COMPLETES = compile('list-completes', `${WORD_START}${anyOf(all((v) => v.lists?.completes))}\\s*:\\s*$`);
export const OBJECT = compile('object', stems(all((v) => v.verbs?.object)));
export const END_EVENT = compile('end-event', stems(all((v) => v.deletion?.endEvents)));
/** A sentence carrying on the erasing of the one before ("Such deletion shall take place within 30 days"). */
export const ERASE_FOLLOW_ON = compile('erase-follow-on', `^${anyOf(all((v) => v.deletion?.followOn))}`);
/** The end of a lead that gives the controller a period to choose ("at the choice of the Controller, exercised within"). */
export const CHOICE_WINDOW = compile('choice-window', `\\b${anyOf(all((v) => v.deletion?.choiceWindow))}[^.;]{0,40}$`);
/** A sentence about backup or archive copies only. */
export const BACKUP_ONLY = compile('backup-only', `\\b${anyOf(all((v) => v.deletion?.backupOnly))}`);
/** What a deadline runs from when it is the end of the contract, not a request. */
export const CONTRACT_END = compile('contract-end', stems(all((v) => v.deletion?.contractEnd)));
/** Handing a copy of the data over ("make available to Customer a copy", "provide copies"): a return in other words. */
const HAND_BACK_COPY = `\\b(?:make available|provide|deliver|hand over|furnish)\\b[^.]{0,40}\\b(?:a copy|copies|an export)\\b`;
/** The same, of the data, at the end of the contract, in either order ("Upon termination ..., Provider shall make available ... a copy of any Personal Data"). */
// Or the data made available to take away: "At the end of the provision of services, Vendor shall make the Personal Data available for export for 30 days".
const EXPORTABLE = '\\bmake\\b[^.]{0,60}\\b(?:data|information|content)\\b[^.]{0,20}\\bavailable\\b[^.]{0,30}\\b(?:for|to) (?:export|download|retriev)';
export const COPY_AT_END = compile(
  'copy-at-end',
  `${near(`${HAND_BACK_COPY}[^.]{0,40}\\b(?:data|information|content)\\b`, '\\b(?:termination|cancel|expir|end of|cessation)', 120)}|${near(EXPORTABLE, '\\b(?:termination|cancel|expir|end of|cessation)', 120)}`,
);
export const RETRIEVE = compile(
  'retrieve',
  // "upon Customer's written request made within 30 days, Provider shall make available to Customer a copy".
  `${stems(all((v) => v.deletion?.retrieve))}\\w*\\b[^.]{0,60}\\breturn|\\breturn\\b[^.]{0,60}\\b(?:request|ask)|${words(['retrieve', 'export', 'download'])}|\\brequest\\w*\\b[^.]{0,80}${HAND_BACK_COPY}`,
);

const EEA = anyOf(all((v) => v.transfers?.eea));
const EEA_OR_MEMBER = anyOf(all((v) => v.transfers?.eea), all((v) => v.transfers?.eeaCountries).map((c) => `${c}\\b`));
const HOME = anyOf(all((v) => v.transfers?.home));
const US = anyOf(all((v) => v.transfers?.us));
export const THIRD_COUNTRY = compile('third-country', anyOf(all((v) => v.transfers?.thirdCountry)));
export const SCC_TERMS = compile('scc-terms', anyOf(all((v) => v.transfers?.sccTerms)));
export const SCC_SUBPROCESSING = compile('scc-subprocessing', anyOf(all((v) => v.transfers?.sccSubprocessing)));
export const OUTSIDE_HOME = compile('outside-eea', `\\b${anyOf(all((v) => v.transfers?.outside))}${HOME}`);
export const WITHIN_EEA = compile(
  'within-eea',
  `\\b(?:process|stor|host|locat|kept|remain|resid|take[sn]? place|takes place)\\w*\\b[^.]{0,80}\\b(?:(?:with)?in|inside) (?:the )?${EEA_OR_MEMBER}`,
);
/** Stronger than WITHIN_EEA: only, exclusively, never outside. */
/** Another home place named before the EEA in an outside-of clause: "outside the United Kingdom or the EEA". */
const HOME_FIRST = '(?:(?:uk|united kingdom|switzerland|eu|european union)(?: or| and|,) (?:the )?)?';
export const STAYS_IN_EEA = compile(
  'stays-in-eea',
  [
    ...all((v) => v.transfers?.staysIn).map((p) => `\\b${p}`),
    `\\b(?:exclusively|only|solely|always)\\b[^.]{0,60}\\b(?:with)?in (?:the )?${EEA}`,
    // "... outside the EEA", "... outside the United Kingdom or the EEA".
    `\\b(?:will|shall|does|do) not (?:regularly )?transfer\\b[^.]{0,80}\\boutside (?:of )?(?:the )?${HOME_FIRST}(?:eu|eea|european)`,
    '\\bno (?:personal )?data (?:is|will be) transferred outside',
    `\\bnot (?:be )?(?:transferred|processed|stored) outside (?:of )?(?:the )?${HOME_FIRST}(?:eu|eea|european)`,
    '\\b(?:located|stored|hosted) exclusively in',
  ].join('|'),
);
export const TRANSFER_DENIED = compile('transfer-denied', `\\b${anyOf(all((v) => v.transfers?.denied))}`);
/** After "shall not transfer ... outside the EEA": the conditions on which it may ("unless", "except in accordance with"). */
export const TRANSFER_CONDITION = compile('transfer-condition', `^[^.]{0,40}?\\b${anyOf(all((v) => v.transfers?.conditions))}`);
/**
 * Where the data is kept, by a place named after the keeping: "store your data with Amazon Web Services in Frankfurt,
 * Germany", "hosted by Netlify, Inc. in the United States", "processed in data centers in Ireland".
 */
export const DATA_LOCATION = compile(
  'data-location',
  // Not people located somewhere ("data subjects located in the UK", "If you are located in the United States"), nor a
  // place that belongs to a purpose ("store your billing address to calculate any sales tax due in the United States").
  `\\b(?:host(?:s|ed|ing)?|stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|kept|keeps?|(?<!\\b(?:subjects?|users?|individuals|customers|you|residents|persons?|people|consumers|visitors|countries|country|states)(?: (?:who |that )?(?:are|is))? )located)\\b(?:(?!\\b(?:to|for|due|when|if|because|where)\\b)[^.;,]|,\\s(?=(?:inc|ltd|llc|gmbh|ab)\\b)|\\b(?:inc|ltd|co|corp|llc)\\.){0,50}\\b(?:in|within) (?:the )?(?:${EEA_OR_MEMBER}|${US}|${HOME}|europe\\b|canada\\b|india\\b|singapore\\b|australia\\b|japan\\b|frankfurt\\b|dublin\\b|amsterdam\\b|stockholm\\b|paris\\b|london\\b)`,
);
/** US policies' boilerplate: "transferred to ... computers located outside of your state, province, country ... where the data protection laws may differ". */
export const OUTSIDE_YOUR_COUNTRY = compile('outside-your-country', '\\boutside (?:of )?your (?:state|province|country|jurisdiction)\\b|\\bdata protection laws (?:may |might |could )?differ\\b|\\bcountries? (?:other than|outside) (?:the one |that )?(?:in which|where) you (?:live|reside|are located)');
/** A plain statement of where the data is: "processed and stored within the European Union". */
export const KEPT_IN_EEA = compile(
  'kept-in-eea',
  `\\b(?:is|are|will be|shall be|be|remains?|stays?)\\b (?:\\w+ ){0,2}(?:processed|stored|hosted|kept|located)(?: (?:and|or|,) (?:\\w+ )?(?:processed|stored|hosted|kept|located))?,? (?:with)?in (?:the )?${EEA_OR_MEMBER}|\\b(?:process|processes|store|stores|host|hosts) (?:all )?(?:\\w+ ){0,2}(?:data|content) (?:with)?in (?:the )?${EEA_OR_MEMBER}` +
    // "is stored in data centres located in Ireland and Germany", unless another place follows ("... and the United States").
    `|\\b(?:stored|hosted|processed|kept)\\b (?:\\w+ ){0,3}(?:data cent(?:er|re)s?|servers?|facilities|infrastructure) (?:\\w+ ){0,2}(?:located|based|situated) (?:with)?in (?:the )?${EEA_OR_MEMBER}(?![^.]{0,60}\\b(?:${US}|outside|other countries|third countr))` +
    // Kept with a named provider at a place: "We store your data with Amazon Web Services in Frankfurt, Germany".
    `|\\b(?:we |they )?(?:store|stores|host|hosts|keep|keeps)\\b (?:all )?(?:your |the |our )?(?:\\w+ ){0,2}(?:data|content|information)\\b (?:with|at|on) [^.;]{1,50}?\\bin (?:[a-z-]+, )?(?:the )?${EEA_OR_MEMBER}(?![^.]{0,60}\\b(?:${US}|outside|other countries|third countr))`,
);
/** The GDPR's chapter on transfers cited as the condition of processing elsewhere ("Art. 44 ff.", "Kapitel 5 der DSGVO"). */
export const TRANSFER_CHAPTER = compile('transfer-chapter', `\\b${anyOf(all((v) => v.transfers?.chapter))}`);
export const ONLY_WITH_CONSENT = compile(
  'only-with-consent',
  [
    '\\b(?:only|not)\\b[^.]{0,80}\\btransfer[^.]{0,120}\\b(?:without|with) (?:the )?(?:[\\w-]+(?:\'s|s\') )?(?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)',
    // "Transfers to third countries require the Customer's prior written consent".
    '\\btransfer[^.]{0,120}\\b(?:requires?|subject to|only with|only upon) (?:the )?(?:[\\w-]+(?:\'s|s\') )?(?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)',
    '\\bprior to (?:this|such|any) transfer[^.]{0,40}\\b(?:consent|approval)',
    ...all((v) => v.transfers?.onlyWithConsent),
  ].join('|'),
);
const ABROAD = anyOf(all((v) => v.transfers?.abroad));
/** Data sent to or kept on a server in a country outside the EU/EEA: "will be transmitted to a Yandex server in the Russian Federation". */
export const SERVER_ABROAD = compile(
  'server-abroad',
  `\\b(?:transmitted|transferred|sent|stored|hosted|processed|kept)\\b[^.]{0,60}\\b(?:servers?|data cent(?:er|re)s?)\\b[^.]{0,30}\\bin (?:the )?${ABROAD}\\b|\\b(?:servers?|data cent(?:er|re)s?) (?:(?:are|is) )?(?:located |based |hosted |situated )?in (?:the )?${ABROAD}\\b`,
);
/** The company's servers or the company itself said to be in the United States: "Our infrastructure is hosted in the U.S.". */
export const SERVERS_IN_US = compile('servers-in-us', `\\b(?:servers?|data cent(?:er|re)s?|infrastructure|we|(?:service )?providers|vendors|sub-?processors|processors)\\b[^.]{0,30}\\b(?:are |is )?(?:based|located|hosted) in (?:the )?${US}\\b`);
/** Data transferred, processed or stored in any place at all: transfers permitted outside the EU/EEA. */
export const ANYWHERE = compile('anywhere', `\\b(?:transfer|process|store|host|access)\\w*\\b[^.]{0,100}\\b${anyOf(all((v) => v.transfers?.anywhere))}`);
export const TRANSFERS_HAPPEN = compile(
  'transfers-happen',
  [
    ...all((v) => v.transfers?.happen).map((p) => `\\b${p}`),
    SERVER_ABROAD.source,
    // The company's servers, its providers or itself in the US: "Our service providers are located in the United States".
    SERVERS_IN_US.source,
    ANYWHERE.source,
    `\\b(?:may|will|can|might|do|does)\\b[^.]{0,40}\\b(?:transfer|process|store|access)\\w*\\b[^.]{0,100}\\b(?:outside|third countr|${US}|other countries|countries other)`,
    `\\btransfer(?:s|red)? (?:of )?(?:your |personal )?(?:data|information) (?:to|into) (?:the united states|the u\\.s\\.|third countries|other countries|countries outside)`,
    '\\bbe allowed to transfer\\b',
    // "shall ensure that any transfer of Personal Data to a Third Country is subject to appropriate safeguards".
    '\\b(?:any|all|each|such) transfers? (?:of (?:\\w+ ){0,3}(?:data|information) )?(?:to|into) (?:a |any )?(?:third countr|countr(?:y|ies) outside|recipients? outside)',
    `\\b(?:processed|stored|transferred) (?:in|to) (?:the )?${US}`,
    '\\b(?:where|when|if) (?:we|the processor|[a-z ]{1,30}) transfers?\\b[^.]{0,80}\\b(?:outside|third countr)',
    `\\bsub-?processors?\\b[^.]{0,80}\\b(?:outside|third countr|united states)`,
  ].join('|'),
);
export const NOT_TRANSFER = compile('not-transfer', '\\b(?:not|never)\\b[^.]{0,30}\\btransfer');
export const MECHANISMS: [RegExp, TransferMechanism][] = (['scc', 'adequacy', 'dpf', 'bcr', 'tia'] as const).map((m) => [
  compile(`mechanism-${m}`, anyOf(all((v) => v.transfers?.mechanisms?.[m]))),
  m,
]);
/** Tagging cues per mechanism: its names and the words that go with it. */
export const MECHANISM_CUES = Object.fromEntries(
  (['scc', 'adequacy', 'dpf', 'bcr', 'tia'] as const).map((m) => [
    m,
    compile(`mechanism-cue-${m}`, anyOf(all((v) => v.transfers?.mechanisms?.[m]), all((v) => v.transfers?.nearMechanism?.[m]))),
  ]),
) as Record<TransferMechanism, RegExp>;

export const QUALIFIERS: [RegExp, BreachQualifier][] = (['immediately', 'without-undue-delay', 'promptly'] as const).map((q) => [
  compile(`qualifier-${q}`, words(all((v) => v.breach?.qualifiers?.[q]))),
  q,
]);
export const DEADLINE_LEAD = compile('deadline-lead', `${anyOf(all((v) => v.breach?.deadline))}\\s*(?:\\b\\w+\\b\\s*){0,2}$`);
export const SOFT_DEADLINE = compile('soft-deadline', `\\b${anyOf(all((v) => v.breach?.soft))}\\b[^.;]{0,30}$`);
export const NOT_THE_NOTICE = compile('not-the-notice', stems(all((v) => v.breach?.notTheNotice)));

export const SUB_GENERAL = compile('subprocessor-general', `\\b${anyOf(all((v) => v.subprocessors?.general))}`);
export const SUB_SPECIFIC = compile('subprocessor-specific', `\\b${anyOf(all((v) => v.subprocessors?.specific))}`);
export const SUB_EITHER = compile('subprocessor-either', `\\b${anyOf(all((v) => v.subprocessors?.either))}\\b`);
export const SUB_ADVANCE = compile('subprocessor-advance', words(all((v) => v.subprocessors?.advance)));
export const SUB_NOTICE = compile('subprocessor-notice', stems(all((v) => v.subprocessors?.notice)));
export const SUB_ADVANCE_LEAD = compile('subprocessor-advance-lead', `\\b${anyOf(all((v) => v.subprocessors?.advanceLead))}`);
/** A new sub-processor, or a change to them ("before engaging new sub-processors", "intended changes concerning the addition or replacement"). */
export const SUB_NEW = compile('subprocessor-new', near(stems(all((v) => v.subprocessors?.change)), `(?:${stems(all((v) => v.objects?.subprocessor))})`, 60));
/**
 * The objection after its window in the same clause, as verb-last languages write it ("innerhalb von 14 Tagen
 * widersprechen", "innerhalb von vier Wochen nach Zugang der Mitteilung Einspruch zu erheben", "within 30 days raise an
 * objection"); not an objection the window runs from ("nach Eingang des Widerspruchs", "of the objection").
 */
const OBJECT_STEMS = stems(all((v) => v.verbs?.object));
export const OBJECTION_AFTER_WINDOW = compile('objection-after-window', `^[^.;:,]{0,70}?${OBJECT_STEMS}`);
export const OBJECTION_STARTS_WINDOW = compile(
  'objection-starts-window',
  `\\b(?:(?:des|eines|einer|dem|of (?:the |an |any |such |its )?|av|från|efter|upon|after|following|nach|seit|ab) )${OBJECT_STEMS}`,
);
export const RESOLUTION = compile('resolution', stems(all((v) => v.subprocessors?.resolution)));
export const OBJECTION_RIGHT = compile('objection-right', `\\b${anyOf(all((v) => v.subprocessors?.objectionRight))}`);
export const SAME_WINDOW = compile('same-window', `\\b${anyOf(all((v) => v.subprocessors?.sameWindow))}`);
export const ENGAGE = compile('engage', `${stems(V.engage)}`);
/** Transferring verbs ("transfer", "export", "transmit"), in every language's table. */
export const TRANSFER = compile('transfer', stems(all((v) => v.verbs?.transfer)));
export const SUBPROCESSOR_CO_ACTOR = compile('subprocessor-co-actor', anyOf(all((v) => v.subprocessors?.coActor)));
export const SUBPROCESSOR_ROLE = compile('subprocessor-role', anyOf(all((v) => v.subprocessors?.role)));

export const LAW_GOVERNS = compile('law-governs', `\\b${anyOf(all((v) => v.law?.governs), all((v) => v.law?.adjectiveLaw))}`);
export const LAW_FORUM = compile('law-forum', `\\b${anyOf(all((v) => v.law?.forum))}`);
export const LAW_OF = compile('law-of', `\\b${anyOf(all((v) => v.law?.lawOf))}([a-z][a-z .'-]{2,40})`, 'g');
/** "svensk rätt" -> Sweden: laws named by a phrase, over every language. */
export const LAW_COUNTRY_WORDS: [RegExp, string][] = Object.values(LANGUAGES).flatMap((v) =>
  Object.entries(v.law?.countryWords ?? {}).map(([phrase, country]) => [compile(`law-country-${phrase}`, `\\b${phrase}\\b`), country] as [RegExp, string]),
);
export const DSR_RESPOND = compile('dsr-respond', stems(['respond', 'response', 'reply', 'answer', 'process', 'fulfil', 'handle', 'complete'], all((v) => v.dsr?.respond)));
export const LAW_ABBREVIATIONS: Record<string, string> = Object.assign({}, ...Object.values(LANGUAGES).map((v) => v.law?.abbreviations ?? {}));

export const MODALITY = {
  prohibition: all((v) => v.modality?.prohibition),
  duty: all((v) => v.modality?.duty),
  permission: all((v) => v.modality?.permission),
};
export const ROLES = {
  processor: all((v) => v.roles?.processor),
  controller: all((v) => v.roles?.controller),
  authority: all((v) => v.roles?.authority),
  dataSubject: all((v) => v.roles?.dataSubject),
  processorWords: all((v) => v.roles?.processorWords),
  controllerWords: all((v) => v.roles?.controllerWords),
  thingWords: all((v) => v.roles?.thingWords),
};
export const LAYER_WORDS = {
  scc: compile('layer-scc', `\\b${anyOf(all((v) => v.layers?.scc))}`),
  sccBody: compile('layer-scc-body', `\\b${anyOf(all((v) => v.layers?.sccBody))}`),
  scc2021: compile('layer-scc-2021', `\\b${anyOf(all((v) => v.layers?.scc2021))}`),
  scc2010: compile('layer-scc-2010', `\\b${anyOf(all((v) => v.layers?.scc2010))}`),
  ukAddendum: compile('layer-uk', `\\b${anyOf(all((v) => v.layers?.ukAddendum))}`),
  annex: compile('layer-annex', `^\\W{0,3}${anyOf(all((v) => v.layers?.annex))}\\b`),
  subprocessorList: compile('layer-subprocessor-list', `\\b${anyOf(all((v) => v.layers?.subprocessorList))}`),
  securityAnnex: compile('layer-security', `\\b${anyOf(all((v) => v.layers?.securityAnnex))}`),
};
