/**
 * German legal vocabulary: Auftragsverarbeitungsverträge (AVV, Art. 28 DSGVO) and
 * Datenschutzerklärungen, as collected in test/fixtures/sources/sv-de-phrases.md. A partial
 * table: the slots it fills are joined with the English ones (see index.ts).
 *
 * Patterns run over Doc.norm (lower case) with JavaScript's ASCII `\b`, which sees no word edge
 * before "ä", "ö", "ü": a phrase that starts with one is written with a look-behind,
 * "(?<=ü)bermittlung" for "Übermittlung". "unverzüglich" is "without undue delay" (German law
 * reads it as "ohne schuldhaftes Zögern"), not "immediately" ("sofort").
 */
import type { PartialVocabulary } from './index';

/**
 * Processing kept to a territory: "findet ausschließlich auf dem Gebiet der Bundesrepublik Deutschland, einem
 * Mitgliedsstaat der Europäischen Union oder einem Vertragsstaat des EWR-Abkommens statt" (never a clause that names
 * the outside: "nur in Ausnahmefällen außerhalb der EU"); "ausschließlich auf Servern innerhalb der Europäischen Union".
 */
const STAYS_ON_TERRITORY = '(?:ausschließlich|nur) (?:auf (?:servern|rechenzentren) )?(?:auf dem gebiet|im gebiet|innerhalb|in)\\b(?:(?!außerhalb|drittl)[^.]){0,60}\\b(?:mitglieds?staat|europäischen union|europäischen wirtschaftsraum|ewr\\b|eu\\b|bundesrepublik deutschland|deutschland\\b)';

/** A third country or the outside of the EU/EEA as the place data would go: "in Drittländer", "außerhalb der EU bzw. des EWR". */
const THIRD_OR_OUTSIDE = '(?:in (?:ein |einem |einen )?(?:drittl|drittstaat)\\S*|an (?:empfänger in )?(?:drittl|drittstaat)\\S*|außerhalb (?:der eu|des ewr|der europäischen union|des europäischen wirtschaftsraums)\\b(?: (?:bzw\\.|oder|und) (?:der eu|des ewr|des europäischen wirtschaftsraums))?)';
/** Data sent to third countries, in the verb: "Sollen ... Ihre Daten in Drittländer übermittelt werden". */
const TO_THIRD_COUNTRY = 'in (?:ein |einem )?(?:drittl|drittstaat)\\S* (?:\\S+ ){0,2}(?:übermittelt|übertragen|übermitteln|weitergegeben)';
/** A US company receiving the data: "nutzen wir die Mapbox API des amerikanischen Softwareunternehmens Mapbox Inc.". */
const US_COMPANY = '(?:us-)?amerikanischen (?:\\S+ ){0,2}(?:unternehmens?|softwareunternehmens?|anbieters?|dienstleisters?|konzerns?)\\b';

export const de: PartialVocabulary = {
  verbs: {
    notify: ['benachrichtig', 'informier', 'meld', 'mitteil', 'teilt', 'unterricht', 'anzuzeigen', 'anzeig'],
    engage: ['beauftrag', 'einsetz', 'einschalt', 'hinzuzieh', 'ersetz'],
    // "werden alle Daten zwei Monate später entfernt": removing data is erasing it.
    // "72 Stunden nach der Aufnahme überschrieben": overwritten recordings are gone.
    erase: ['löschen', 'gelöscht', 'löschung', 'löscht', 'vernicht', 'anonymisier', 'entfernt\\b', 'entfernen\\b', '(?<=ü)berschrieben\\b', '(?<=ü)berschreib'],
    // "bewahren wir ... auf" (separable verb) and "aufzubewahren" (zu-infinitive) beside "aufbewahrt".
    // "hält Informationen zu Loginversuchen für 7 Tage vor" (the separable "vorhalten") and "vorgehalten".
    keep: ['aufbewahr', 'aufzubewahr', 'bewahr', 'gespeichert', 'speicher', 'vorhalt', 'vorgehalten', 'hält\\b(?=[^.]{0,80}\\bvor\\b)'],
    // "Einwände ... erheben" (the Art. 28(7) clauses, 7.7(a)) beside "Einspruch" and "widersprechen".
    object: ['einspruch', 'widersprech', 'widerspruch', 'einwänd', 'einwand', 'einwend', 'ablehn'],
  },
  roles: {
    // The controller as the subject before a notifying verb (compromise reads English only): "Der Auftraggeber meldet ...".
    controllerSubject: ['(?:der |die )?(?:auftraggeber|verantwortliche)'],
    // "der zuständigen Aufsichtsbehörde innerhalb von 72 Stunden melden": the controller's notice to the authority.
    authority: ['aufsichtsbehörde\\w*', 'datenschutzbehörde\\w*'],
  },
  objects: {
    breach: ['verletzung(?:en)? des schutzes', 'datenpanne', 'sicherheitsvorfall', 'datenschutzverletzung', 'datenschutzvorf'],
    // "die in den Artikeln 32 bis 36 DSGVO genannten Pflichten": a range of articles that takes in the breach articles.
    breachNotice: ['sicherheitsversto', 'art(?:ikeln?|\\.)? ?3[23] ?(?:bis|-|–) ?3[4-6]\\b', 'art(?:ikeln?|\\.)? ?33 (?:und|oder) 34\\b'],
    subprocessor: ['unter-?auftragsverarbeiter', 'unterauftragnehmer', 'subunternehmer', 'unterauftragsverh', 'weitere(?:n|r)? auftragsverarbeiter'],
    // "die Einhaltung ... vor Ort zu kontrollieren": the verb as well as the noun.
    audit: ['kontrollen?\\b', 'zu kontrollieren\\b', 'kontrollieren zu lassen', 'kontrollrecht', 'prüfung', 'prüfrecht', 'inspektion', 'vor-ort-', '(?<=ü)berprüf'],
    // "Die Gesamthaftung", "Höchsthaftung": the compound's head is the liability.
    liability: ['\\w*haftung', 'haftet\\b', 'haften\\b', 'schadensersatz', 'freistell', 'stellt [^.]{0,60}\\bfrei\\b'],
    security: ['technische(?:n)? und organisatorische(?:n)? maßnahmen', 'datensicherheitsmaßnahmen', 'sicherheitsmaßnahmen'],
  },
  transfers: {
    thirdCountry: ['drittland', 'drittländer', 'drittstaat'],
    chapter: ['kapitel (?:5|v) (?:der )?(?:dsgvo|ds-gvo|datenschutz-grundverordnung)\\b', 'art(?:ikel|\\.)? ?44 (?:ff\\b|bis 49\\b)'],
    eea: ['ewr\\b', 'eu oder (?:des|dem) ewr'],
    outside: ['außerhalb (?:der|des) '],
    // "Eine Übermittlung in ein Drittland erfolgt nur mit vorheriger Zustimmung des Auftraggebers", "bedarf der Zustimmung".
    onlyWithConsent: [
      // "Die Beauftragung von Subunternehmern in Drittstaaten ist nur zulässig, wenn ... der Auftraggeber zugestimmt hat"
      // (across the citation's periods: "Art. 44 ff. DSGVO").
      '(?:drittl|drittstaat)\\w*\\b[^.]{0,120}\\bnur (?:zulässig|gestattet|erlaubt)\\b(?:[^.]|\\.(?= ?(?:\\d|ff\\b|dsgvo))){0,160}\\b(?:zustimm|zugestimmt|genehmig|einwillig|eingewillig)',
      '(?<=ü)bermittlung[^.]{0,120}\\b(?:nur|ausschließlich) (?:mit|nach) (?:vorheriger |ausdrücklicher |schriftlicher )*(?:zustimmung|genehmigung)', '(?:(?<=ü)bermittlung|verlagerung)[^.]{0,120}\\bbedarf (?:der|einer) (?:vorherigen |ausdrücklichen |schriftlichen )*(?:zustimmung|genehmigung)'],
    home: ['ewr\\b', 'europäischen'],
    // "findet ausschließlich in einem Mitgliedstaat der Europäischen Union ... statt".
    staysIn: ['(?:ausschließlich|nur) (?:innerhalb|in) (?:der eu|des ewr|der europäischen union|deutschland|einem mitgliedstaat der europäischen union)', STAYS_ON_TERRITORY,
      // Transfers denied: "Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt", "Eine Verarbeitung außerhalb der
      // EU bzw. des EWR findet nicht statt", "Es findet keine Übermittlung in Drittstaaten statt", "werden nicht in Drittländer übermittelt".
      `${THIRD_OR_OUTSIDE}[^.]{0,40}\\b(?:findet nicht statt|erfolgt nicht|ist nicht vorgesehen|findet nicht)\\b`,
      `\\b(?:keine|nicht) (?:\\S+ ){0,3}(?:übermittlung|übertragung|verarbeitung|speicherung|weitergabe)\\w*\\b[^.]{0,40}${THIRD_OR_OUTSIDE}`,
      `\\bnicht ${THIRD_OR_OUTSIDE} (?:übermittelt|übertragen|verarbeitet|gespeichert|weitergegeben)\\b`],
    // With no destination, under a heading that names it ("Übermittlung in Drittländer": "Eine solche Übermittlung findet nicht statt.").
    denied: ['nicht (?:übermittelt|übertragen|weitergegeben)\\b', 'keine (?:übermittlung|übertragung)\\b', 'findet nicht statt'],
    happen: [
      // "ist für das us-europäische Datenschutzübereinkommen „Privacy Shield“ zertifiziert": the recipient is in the US.
      'privacy shield\\W{0,3}\\s(?:[^.]{0,40}\\s)?(?:zertifiziert|zertifizierung)', '(?:zertifiziert|zertifizierung)\\b[^.]{0,80}\\bprivacy shield\\b',
      'teilweise in den usa',
      'in den usa\\b',
      'internationaler (?:ü)bermittlung',
      '(?<=ü)bermittlung (?:in|an) (?:ein )?drittl',
      // The verb as well as the noun: "Sollen ... Ihre Daten in Drittländer übermittelt werden".
      TO_THIRD_COUNTRY,
      // "auf Computern in einem anderen Land gespeichert", "in Länder außerhalb des EWR übertragen".
      '(?:computern|servern|rechenzentren) in (?:einem )?anderen land',
      'in länder außerhalb (?:der eu|des ewr)',
      US_COMPANY,
    ],
    mechanisms: {
      scc: ['standardvertragsklauseln', 'standarddatenschutzklauseln'],
      adequacy: ['(?<!(?<!\\b(?:wenn|falls|soweit|sofern|einige\\w*)\\b[^.]{0,100})\\bohne (?:einen? )?)angemessenheitsbeschluss', 'angemessenes (?:datenschutz|schutz)niveau'],
      dpf: ['datenschutzrahmen'],
      bcr: ['verbindliche(?:n)? interne(?:n)? datenschutzvorschriften'],
      tia: [],
    },
  },
  breach: {
    // "innerhalb von 24 Stunden", "spätestens nach 72 Stunden", "binnen 48 Stunden": a deadline.
    deadline: ['innerhalb', 'binnen', 'spätestens', 'höchstens', 'maximal'],
    qualifiers: {
      immediately: ['sofort'],
      'without-undue-delay': ['unverzüglich', 'unverzügliche', 'ohne unangemessene verzögerung', 'ohne schuldhaftes zögern'],
      promptly: ['umgehend', 'schnellstmöglich'],
    },
    // "unverzüglich und nach Möglichkeit innerhalb von 48 Stunden", "(möglichst innerhalb von 24 Stunden)": a hope, not a
    // hard deadline (as "where feasible").
    soft: ['nach möglichkeit', 'möglichst', 'wenn möglich', 'soweit möglich', 'sofern möglich', 'falls möglich', 'wo möglich'],
  },
  subprocessors: {
    general: ['allgemeine(?:n)? (?:schriftliche(?:n)? )?genehmigung', 'beauftragung von (?:weiteren )?subunternehmern ist zulässig',
      // "Der Auftraggeber stimmt zu, dass der Auftragnehmer Unterauftragnehmer hinzuziehen darf", "Der Auftragnehmer ist
      // berechtigt, weitere Unterauftragsverarbeiter einzusetzen" (not "nur mit Zustimmung ... berechtigt").
      'stimmt zu,? dass\\b[^.]{0,40}\\b(?:unterauftrag|subunternehm|weitere auftragsverarbeiter)\\w*\\b[^.]{0,40}\\b(?:darf|kann|dürfen|können)\\b',
      'ist berechtigt,? (?:weitere |andere )?(?:unterauftrag|subunternehm|auftragsverarbeiter)\\w*\\b[^.]{0,30}\\b(?:einzusetzen|hinzuzuziehen|zu beauftragen|einzuschalten|in anspruch zu nehmen)\\b'],
    // "bedarf der vorherigen schriftlichen Zustimmung des Auftraggebers": each one approved first.
    // "nur nach vorheriger ausdrücklicher schriftlicher bzw. dokumentierter Zustimmung" (the BayLDA model's wording).
    specific: ['(?:nur|ausschließlich) (?:mit|nach) (?:(?:vorheriger|ausdrücklicher|schriftlicher|dokumentierter|gesonderter|bzw\\.|oder|und) )*(?:genehmigung|zustimmung)', 'vorherige(?:n|r)? (?:gesonderte(?:n|r)? )?(?:schriftliche(?:n|r)? )?(?:genehmigung|zustimmung)', 'bedarf (?:der|einer) (?:vorherigen )?(?:ausdrücklichen )?(?:schriftlichen )?(?:genehmigung|zustimmung)'],
    // "teilt ... mit" (separable) and "mitgeteilt" beside "mitteilen".
    // "zeigt ... den Wechsel ... vorher an" (the separable "anzeigen") and "angezeigt".
    notice: ['informier', 'anzuzeigen', 'zeigt', 'angezeigt', 'mitteil', 'mitgeteilt', 'teilt', 'benachrichtig'],
    // "einen Monat im Voraus", "mit einer Frist von 30 Tagen": the notice ahead of the change.
    advance: ['im voraus', 'vorab', 'vorher', 'zuvor', 'vor (?:dem|der|einem|einer) (?:einsatz|beauftragung|hinzuziehung|änderung|inanspruchnahme)'],
    advanceLead: ['(?:mit )?(?:einer )?(?:ankündigungs|vorlauf|informations)?frist von\\W*$'],
    objectionRight: ['kann (?:\\w+ ){0,4}ablehnen', 'einspruch (?:zu )?erheben', 'widersprechen', 'recht zum widerspruch', 'widerspruchsrecht'],
    // After an objection: "um eine einvernehmliche Lösung bemühen", "Alternativen verhandeln", "kündigen".
    resolution: ['lösung', 'einvernehm', 'einig', 'alternativ', 'verhandl', 'kündig', 'abhilfe'],
  },
  retention: {
    // "für 25 Monate aufbewahrt", "nicht länger als 25 Monate gespeichert", "bis zu zehn Jahre", "maximal 3 Monate".
    lead: ['für', 'für die dauer von', 'bis zu', 'nicht länger als', 'höchstens', 'maximal', 'für maximal', 'für höchstens', 'über einen zeitraum von', 'für einen zeitraum von'],
    // "für mindestens 10 Jahre aufbewahrt": a stated minimum of keeping (as "for a minimum of").
    minLead: ['für'],
    // The period by its name: "Die Speicherdauer beträgt 24 Monate", "Die Löschfrist beträgt 30 Tage", "eine Aufbewahrungsfrist von zehn Jahren".
    periodNoun: ['speicherdauer', 'speicherfrist', 'speicherungsdauer', 'speicherzeitraum', 'aufbewahrungsfrist', 'aufbewahrungsdauer', 'aufbewahrungszeitraum', 'löschfrist', 'dauer der speicherung'],
    periodIs: ['beträgt', 'liegt bei', 'ist', 'von', 'umfasst'],
    // "zehn Jahre lang aufbewahrt", "3 Jahre gespeichert": the verb (or "lang") after the period.
    // "für 10 Jahre gemäß §§ 147 Abs. 1 AO ... und 6 Jahre gemäß § 257 HGB": a period the statute it cites keeps.
    tail: ['lang', 'aufbewahrt', 'gespeichert', '(?:gemäß|gem\\.|nach|laut) (?:§|art)'],
    // "nach 7 Tagen gelöscht", "nach maximal einer Stunde gelöscht": kept until then.
    // "Konten löscht, die seit mehr als zwei Jahren nicht mehr genutzt wurden": inactive that long, then deleted.
    // "nach Ablauf von 90 Tagen gelöscht", "nach Ablauf einer Frist von 30 Tagen".
    eraseAfter: ['nach', 'nach maximal', 'nach höchstens', 'spätestens nach', 'seit mehr als', 'seit über', 'nach ablauf (?:von|einer frist von|eines zeitraums von|der frist von)'],
    // "innerhalb von 24 Stunden gelöscht": on a policy, how long the data is kept at most.
    eraseWithin: ['innerhalb von', 'innerhalb', 'binnen'],
    // "Speicherdauer", "Aufbewahrungsfristen" over a table of data and periods.
    headings: ['speicherdauer', 'aufbewahrungsfrist', 'aufbewahrungsdauer', 'löschfrist'],
    later: ['später'],
    inactive: ['inaktiv'],
    alternatives: ['bzw\\.?', 'beziehungsweise', 'oder', 'bis'],
    cookieHeadings: ['cookies?'],
    // "wir löschen sie bis zum 31. März des siebten Kalenderjahrs nach Entstehen".
    ordinalYears: { ersten: '1', zweiten: '2', dritten: '3', vierten: '4', fünften: '5', sechsten: '6', siebten: '7', siebenten: '7', achten: '8', neunten: '9', zehnten: '10', elften: '11', zwölften: '12' },
    ordinalYearWord: ['kalenderjahr(?:e?s)?', 'geschäftsjahr(?:e?s)?', 'jahr(?:e?s)?'],
    ordinalYearAfter: ['nach'],
  },
  // "Art. 6 Abs. 1 lit. b", "gem. Art. 28", "z.B. Cloud-Hosting", "Abs. 2 bis 5": a period that does not end the sentence.
  // "Art. 44 ff. DSGVO": "ff." (and the following articles) continues the citation.
  sentences: { abbreviations: ['abs', 'lit', 'ziff', 'gem', 'vgl', 'bzw', 'ggf', 'evtl', 'inkl', 'sog', 'z.b', 'd.h', 'u.a', 'i.v.m', 'i.s.d', 'usw', 'bspw', 'ff'], monthsAfterDay: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] },
  lists: {
    // "... werden folgende Daten gespeichert." introduces the items below it like a colon.
    lead: ['folgende', 'folgenden', 'nachfolgend', 'nachstehend'],
    // "Die Meldung muss mindestens folgende Informationen enthalten: - Art der Verletzung": the notice's contents.
    contents: ['enthalten', 'enthält', 'umfassen', 'umfasst', 'beschreiben', 'folgende (?:angaben|informationen)'],
    // "Der Auftragnehmer informiert den Auftraggeber unverzüglich, wenn: - ihm eine Verletzung ... bekannt wird".
    completes: ['wenn', 'falls', 'sofern', 'soweit', 'über', 'bei', 'im falle', 'hinsichtlich', 'bezüglich'],
  },
  // "Stellt der Kunde innerhalb von 30 Tagen nach Beendigung keinen schriftlichen Antrag": the controller's window to ask
  // for its data back, not the deletion deadline.
  deletion: { choiceWindow: ['(?:stellt|verlangt|wählt|trifft|beantragt) der (?:kunde|auftraggeber|verantwortliche)\\b'], followOn: ['(?:die|diese|eine solche) (?:löschung|rückgabe|vernichtung)\\b'], endEvents: ['beendigung', 'vertragsende', 'ende des', 'ablauf', 'kündigung'], contractEnd: ['beendigung', 'vertragsende', 'ende des', 'ablauf', 'kündigung'] },
  audit: {
    right: ['kontrollen? (?:nach|vor ort|durch|beim)', 'kontrollrecht', 'prüfrecht', 'ist berechtigt[^.]{0,80}(?:kontroll|prüf|(?<=ü)berprüf)', 'recht[^.]{0,80}zu (?:überprüfen|kontrollieren|prüfen)', 'vor-ort-(?:inspektion|kontroll|prüf)', 'inspektionen'],
    // "nach rechtzeitiger Anmeldung mit einer Frist von 14 Tagen" (the Bavarian model AVV's wording).
    notice: ['vorankündigung', 'ankündig', 'anmeldung', 'vorher', 'im voraus'],
    // "nach vorheriger Ankündigung mit einer Frist von 14 Tagen", "14 Tage im Voraus".
    noticeNear: ['ankündigungsfrist', 'ankündigung mit einer frist', 'anmeldung mit einer frist', 'rechtzeitiger anmeldung', 'mit einer frist von', 'vorankündigung', 'im voraus', 'vorher angekündigt'],
  },
  liability: {
    capped: ['\\w*haftung\\b[^.]{0,100}\\bbeschränkt', '\\w*haftung\\b[^.]{0,100}\\bbegrenzt', 'haftungsbegrenzung', 'haftungsbeschränkung', 'haftungshöchstbetrag', 'haftung\\b[^.]{0,80}\\bausgeschlossen', 'haftung\\b[^.]{0,60}\\bbegrenzt', 'haftet\\b[^.]{0,40}\\bnur\\b',
      // A cap stated as a ceiling: "Die Haftung ... übersteigt in keinem Fall", "haftet ... höchstens bis".
      // Liability left to the main contract, whose limitations then apply: "Die Haftung richtet sich nach den Bestimmungen des
      // Hauptvertrags", "Für die Haftung gelten die Regelungen des Hauptvertrags", "Es gelten die Haftungsregelungen des ...".
      'haftung\\w*\\b[^.]{0,40}\\b(?:richtet sich nach|gelten|gilt|unterliegt|unterliegen)\\b[^.]{0,60}\\w*(?:vertrag|vertrags|vereinbarung|bedingungen|agb)\\b',
      '(?:gelten|gilt) (?:die |ausschließlich die )?haftungs(?:regelungen|bestimmungen|klauseln|regeln)\\b[^.]{0,40}\\w*(?:vertrag|vertrags|vereinbarung|bedingungen|agb)\\b',
      'haftung\\b[^.]{0,80}\\s(?:übersteigt|überschreitet) (?:in keinem fall|nicht|keinesfalls)', 'haft(?:ung|et)\\b[^.]{0,60}\\b(?:höchstens|maximal) (?:bis|in höhe|auf)'],
    // "Der Auftragnehmer haftet unbeschränkt", "unbegrenzte Haftung".
    uncapped: ['haft(?:ung|et|en)\\b[^.]{0,60}\\b(?:unbeschränkt|unbegrenzt)', '(?:unbeschränkte|unbegrenzte)n? haftung'],
  },
  law: {
    // "unterliegt dem deutschen Recht", "unterliegt österreichischem Recht".
    governs: ['unterliegt (?:dem |den )?(?:\\S+ )?recht\\b', 'es gilt (?:das|ausschließlich das) (?:\\w+ )?recht', 'anwendbares recht', 'anwendbar ist (?:das )?(?:\\w+ )?recht'],
    forum: ['gerichtsstand', 'zuständige(?:n)? gericht'],
    countryWords: {
      'deutsche(?:s|m)? recht': 'Germany',
      'recht der bundesrepublik deutschland': 'Germany',
      '(?<=ö)sterreichische(?:s|m)? recht': 'Austria',
      'schweizerische(?:s|m)? recht': 'Switzerland',
      // "unterliegt dem materiellen Recht der Schweiz".
      'recht der schweiz': 'Switzerland',
      'recht der republik (?:ö)sterreich': 'Austria',
    },
  },
  dsr: { respond: ['mitteil', 'beantwort', 'antwort', 'bearbeit', 'auskunft erteil'] },
  docType: {
    titles: {
      dpa: ['auftragsverarbeitungsvertrag', 'auftragsverarbeitungsvereinbarung', 'vereinbarung zur auftragsverarbeitung', 'vertrag zur auftragsverarbeitung', '\\bav-vertrag'],
      'privacy-policy': ['datenschutzerklärung', 'datenschutzrichtlinie', 'datenschutzhinweis', 'datenschutz (?:&|und) hinweise', 'datenschutzinformation', 'datenschutz-hinweis', 'datenschutzbestimmung', 'schutz ihrer personenbezogenen daten'],
      other: ['allgemeine geschäftsbedingungen', 'nutzungsbedingungen', 'ratgeber', 'leitfaden', 'anleitung', 'muster für'],
    },
    headings: {
      dpa: ['technische und organisatorische', 'unterauftrag', 'subunternehmer', 'löschung und rückgabe', 'datenschutzverletzung', 'kontrollrecht', 'pflichten des auftragnehmers', 'weisungsbefugnis'],
      'privacy-policy': ['verantwortlicher', 'ihre rechte', 'deine rechte', 'rechte der betroffenen', 'dauer der speicherung', 'rechtsgrundlage', 'empfänger', 'cookies', 'welche daten'],
      other: ['gewährleistung', 'zahlungsbedingungen', 'preise'],
    },
    cues: {
      'self-dpa': ['dieser (avv|vertrag)', 'diese (vereinbarung|auftragsverarbeitungsvereinbarung)', 'dieser auftragsverarbeitungsvertrag'],
      processor: ['auftragsverarbeiter', 'auftragnehmer'],
      'sub-processor': ['subunternehmer', 'unterauftragnehmer', 'unterauftragsverarbeiter'],
      'controller-party': ['auftraggeber', 'der verantwortliche (hat|ist|bleibt|darf)'],
      'customer-instructions': ['weisung(|en) des (auftraggebers|verantwortlichen)', 'dokumentierte(|n) weisung(|en)'],
      'shall-obligations': ['der auftragsverarbeiter (hat|ist|darf|verpflichtet|wird|meldet|unterstützt|löscht)', 'der auftragnehmer (teilt|informiert|unterstützt|meldet|gewährleistet|sichert)'],
      'dpa-duties': ['verletzung des schutzes', 'rückgabe und löschung', 'löschung und rückgabe'],
      'self-notice': ['(diese|dieser|diesen) (datenschutzerklärung|datenschutzrichtlinie|datenschutzhinweise|datenschutzhinweis|datenschutzinformation|datenschutzinformationen)'],
      'we-collect': ['wir (erheben|erfassen|speichern|verarbeiten|sammeln)'],
      // What is not done with personal data, whoever the subject: "Es werden keine personenbezogenen Daten erhoben",
      // "keinerlei persönliche Daten speichern", "Kein Tracking".
      'third-person-notice': ['keine (personenbezogenen|persönlichen) daten', 'keinerlei (persönliche|personenbezogene|) daten', 'kein tracking', 'keine cookies', '(personenbezogene|persönliche) daten (werden|wird) (nicht|nur|ausschließlich)'],
      'your-data': ['deine (personenbezogenen|) daten', 'dich betreffende', 'ihre (personenbezogenen|) daten'],
      'your-rights': ['du hast das recht', 'deine rechte', 'recht auf (auskunft|berichtigung|löschung|datenübertragbarkeit)'],
      'visit-use-services': ['wenn du (unsere|die|den|das)'],
      'explainer-advice': ['du solltest', 'es ist wichtig', 'wir empfehlen'],
      'explainer-third-person': ['(ein|einen) (auftragsverarbeitungsvertrag|avv)', 'was ist (ein|eine)'],
      // A guide's steps through an interface ("klicken Sie auf die Schaltfläche").
      'explainer-steps': [
        'klicken sie',
        'klicke auf',
        'tippen sie',
        'tippe auf',
        'drücken sie',
        'die schaltfläche',
        'den button',
        'füllen sie',
      ],
      'explainer-audience': ['dieser (leitfaden|ratgeber|artikel)', 'forschung'],
    },
  },
  tags: {
    'breach-notification': {
      cue: [
        '(?:verletzung(?:en)? des schutzes|datenschutzverletzung|datenpanne|sicherheitsvorfall)\\w*\\b[^.]{0,160}\\b(?:mitteil|mit\\b|meld|informier|benachrichtig)', '(?:teilt|meldet|informiert|benachrichtigt)\\b[^.]{0,160}\\b(?:verletzung(?:en)? des schutzes|datenschutzverletzung|datenpanne)',
        // Art. 33(3): "Die Meldung enthält ... eine Beschreibung der Art der Verletzung"; (d) "Maßnahmen ... zur Minderung
        // möglicher nachteiliger Folgen für die Betroffenen".
        '\\b(?:meldung|mitteilung|benachrichtigung)\\b[^.]{0,80}\\bart der verletzung', '\\b(?:minderung|abmilderung|eindämmung) (?:ihrer |der |möglicher |etwaiger )*(?:nachteilige[nr]? )?(?:folgen|auswirkungen)',
      ],
      reason: 'nennt eine Verletzung des Schutzes personenbezogener Daten und ihre Meldung',
      heading: ['verletzung', 'datenpanne', 'meldepflicht', 'mitteilungspflicht'],
      weak: ['\\bmitteilung', '\\bstunden\\b', '\\bunverzüglich', '\\bmeld'],
    },
    'international-transfer': {
      cue: [`\\b${STAYS_ON_TERRITORY}`, '\\binternationaler (?:ü)bermittlung', '\\bauftragsverarbeitung erfolgt (?:innerhalb|in)', '\\b(?:ausschließlich|nur) (?:innerhalb|in) (?:der eu|des ewr|der europäischen union|einem mitgliedstaat der europäischen union)', '\\b(?:ausschließlich|nur) im gebiet de[rs] ', '\\bvertragsstaat des abkommens über den europäischen wirtschaftsraum', '\\bin den usa\\b', '\\bin den vereinigten staaten\\b', `\\b${US_COMPANY}`, '(?<=ü)bermittlung\\w* (?:in|an) (?:ein )?drittl', '\\bverlagerung in ein drittland',
        TO_THIRD_COUNTRY],
      reason: 'sagt, wo die Daten verarbeitet werden oder dass sie in Drittländer gehen',
      heading: ['drittl', '(?<=ü)bermittlung'],
    },
    'retention-deletion': {
      cue: [
        // "für 25 Monate auf(bewahrt)", "werden die Daten für folgende Zeiträume aufbewahrt", "solange ... gespeichert".
        '\\b(?:aufbewahr|aufzubewahr|bewahr|speicher|gespeichert|vorhalt|vorgehalten|hält\\b(?=[^.]{0,80}\\bvor\\b))\\w*\\b[^.]{0,80}\\b(?:jahre?n?|monate?n?|tage?n?|wochen?|stunden?|zeitr(?:a|ä)ume?n?|so lange|solange)\\b',
        // "wenn der Knoten mehr als 365 Tage inaktiv ist" (then deleted); "zwei Monate später entfernt".
        '\\b(?:jahre?n?|monate?n?|tage?n?|wochen?)\\b[^.]{0,20}\\binaktiv', '\\b(?:jahre?n?|monate?n?|tage?n?|wochen?) später (?:\\w+ )?(?:entfernt|gelöscht)',
        // "zehn Jahre lang aufbewahrt", "nach 7 Tagen gelöscht".
        // "nach 24 Stunden anonymisiert", "72 Stunden nach der Aufnahme überschrieben", the verb last after the event the
        // period runs from: "sechs Monate nach Abschluss des Bewerbungsverfahrens gelöscht".
        '\\b(?:jahre?n?|monate?n?|tage?n?|wochen?|stunden?)\\b[^.]{0,70}(?:\\b(?:aufbewahrt|gespeichert|gelöscht|anonymisiert|vernichtet|entfernt)|(?<=ü)berschrieben)',
        // "bleiben Ihre Kontodaten so lange gespeichert, wie Ihr Konto aktiv ist".
        '\\b(?:so lange|solange)\\b[^.]{0,40}\\b(?:aufbewahrt|gespeichert)\\b',
        // "löschen wir alle Daten ... innerhalb von 30 Tagen", "Konten löscht, die seit mehr als zwei Jahren ...".
        '\\blösch\\w*\\b[^.]{0,120}\\b(?:innerhalb|binnen|nach|seit)\\b[^.]{0,30}\\b(?:jahre?n?|monate?n?|tage?n?|wochen?|stunden?)\\b',
        // The period before the event it runs from: "löschen Ihre Daten ..., also in der Regel drei Monate nach dem letzten
        // Kontakt", the nominal "Die Löschung ... erfolgt sechs Monate nach dem Zugang".
        '\\blösch\\w*\\b[^.]{0,120}\\b(?:jahre?n?|monate?n?|tage?n?|wochen?|stunden?) nach\\b',
        '\\b(?:werden|wird) (?:die daten )?(?:vernichtet|gelöscht)', '\\blöscht oder gibt', '\\bgibt [^.]{0,60}\\bzurück', '\\baufbewahrungs(?:pflicht|frist)', '\\bspeichern [^.]{0,80}\\b(?:jahre|monate|tage)\\b', '\\baufzubewahren',
        // "Kopien oder Duplikate der Daten werden ohne Wissen des Auftraggebers nicht erstellt" (the return-and-deletion clause).
        '\\bkopien oder duplikate',
        // Deleted at an event, the verb last: "werden die Daten beim RKI unmittelbar nach der Bereitstellung ... gelöscht",
        // "Nach Abschluss der Prüfung werden die angezeigten Daten verworfen".
        '\\b(?:werden|wird)\\b[^.]{0,100}\\b(?:nach|im anschluss an|mit (?:der|dem) (?:beendigung|abschluss|ablauf))\\b[^.]{0,100}\\b(?:gelöscht|vernichtet|anonymisiert|verworfen)\\b',
        '\\bnach (?:abschluss|beendigung|ablauf|erledigung|der (?:prüfung|übermittlung|bearbeitung))\\b[^.]{0,80}\\b(?:werden|wird)\\b[^.]{0,60}\\b(?:gelöscht|vernichtet|verworfen|anonymisiert)\\b',
        // "verbleiben bei uns, bis Sie uns zur Löschung auffordern ... oder der Zweck für die Datenspeicherung entfällt";
        // "Nach Ihrer Austragung ... in einer Blacklist gespeichert".
        '\\bverbleiben\\b[^.]{0,60}\\bbis\\b',
        // Kept until an event ends it: "Ihre E-Mail-Adresse speichern wir bis zu Ihrer Abmeldung", "bis zum Widerruf gespeichert".
        '\\b(?:speicher|aufbewahr|gespeichert|bewahr)\\w*\\b[^.]{0,80}\\bbis (?:zu |zur |zum )?(?:ihre[rm]? |deine[rm]? |der |dem |einem |einer )?(?:abmeldung|austragung|löschung|widerruf|kündigung|beendigung|ende\\b|ablauf|zweckerreichung|wegfall)',
        '\\bbis (?:zu |zur |zum )?(?:ihre[rm]? |deine[rm]? |der |dem )?(?:abmeldung|austragung|widerruf|kündigung|beendigung|zweckerreichung|wegfall)\\w*\\b[^.]{0,80}\\b(?:gespeichert|aufbewahrt)', '\\bbis (?:der zweck|sie uns zur löschung)', '\\bspeicherdauer', '\\b(?:speicherfrist|speicherungsdauer|speicherzeitraum|aufbewahrungsdauer|aufbewahrungszeitraum|löschfrist)', '\\bnach (?:ihrer |deiner |der )?(?:austragung|abmeldung|kündigung|beendigung)\\b[^.]{0,100}\\b(?:gespeichert|gelöscht|aufbewahrt)'],
      // A data subject's request for erasure or the right to it is a right, not a retention rule.
      veto: ['\\bbetroffenen? person(?:en)?\\b[^.]{0,60}\\b(?:forderung|anfrage|antr(?:a|ä)g|ersuchen)\\w*\\b[^.]{0,40}\\b(?:berichtigung|löschung|auskunft)', '\\brecht(?:e)? auf (?:auskunft|berichtigung|löschung)\\b[^.]{0,30}\\b(?:berichtigung|löschung|einschränkung)', '\\beigenmächtig\\b[^.]{0,30}\\bberichtig'],
      reason: 'sagt, wie lange Daten gespeichert oder wann sie gelöscht werden',
      heading: ['löschung', 'rückgabe', 'speicherdauer', 'dauer der speicherung'],
      weak: ['\\bjahre', '\\bmonate', '\\btage', '\\bbeendigung'],
    },
    subprocessors: { cue: ['\\bsubunternehm', '\\bunterauftrag'], reason: 'regelt Unterauftragsverarbeiter', heading: ['subunternehm', 'unter-?auftrag'], weak: ['\\beinspruch', '\\bwidersprech', '\\bwiderspruch', '\\beinw[aä]nd', '\\beinwend', '\\bablehn', '\\bgenehmig', '\\bkündigung'] },
    audit: {
      // Art. 28(3)(h): "alle erforderlichen Informationen zum Nachweis der Einhaltung der ... Pflichten".
      // "ist berechtigt, die Einhaltung der ... Vorschriften ... zu kontrollieren oder durch Dritte kontrollieren zu lassen".
      cue: ['\\b(?:einhaltung|beachtung)\\b[^.]{0,240}\\s(?:zu )?(?:kontrollieren|überprüfen|prüfen)\\b', '\\bkontrollbefugnis', '\\binformationen\\b[^.]{0,40}\\bnachweis der einhaltung', '\\bkontrollrecht', '\\bstichprobenkontrolle', '\\bvon der einhaltung\\b[^.]{0,80}\\b(?:zu )?überzeugen', '\\bkontrollen? vor ort', '\\bvor-ort-', '(?<=ü)berprüfen', '\\binspektion', '\\bprüfrecht'],
      // Art. 32(1)(d): the processor's own "regelmäßigen Überprüfung, Bewertung und Evaluierung der Wirksamkeit" is a measure.
      // So is the processor reviewing its own measures: "wird die technischen und organisatorischen Maßnahmen bei Bedarf ...
      // überprüfen und anpassen".
      // Art. 32(1)(d) in another order: "regelmäßige Tests, Bewertungen und Überprüfungen der Wirksamkeit der Maßnahmen".
      veto: ['(?:(?<=ü)berprüfung|\\bprüfung|\\btestung|\\btesten),? bewertung und evaluierung', '(?:tests?|testen|bewertungen?|evaluierungen?|überprüfungen?)\\b[^.]{0,60}\\bwirksamkeit\\b', '\\b(?:auftragsverarbeiter|auftragnehmer)\\b[^.]{0,30}\\b(?:wird|hat|muss|soll|verpflichtet sich)\\b[^.]{0,20}\\b(?:die |seine )?(?:technischen und organisatorischen )?maßnahmen\\b[^.]{0,80}\\s(?:überprüfen|prüfen|evaluieren)\\b'],
      reason: 'gibt Kontroll- oder Prüfrechte',
      heading: ['kontroll', 'prüf', '(?<=ü)berprüf'],
      weak: ['\\bvorankündigung', '\\bmonate'],
    },
    'security-measures': {
      // "trifft alle ... erforderlichen technischen und organisatorischen Maßnahmen", "ein dem Risiko angemessenes Schutzniveau".
      cue: ['\\btechnische(?:n)? und organisatorische(?:n)? maßnahmen', '\\bschutzniveau', '\\bpseudonymisier', '\\bverschlüssel', '\\bdatensicherheitsmaßnahmen', '\\bsicherheitsmaßnahmen', '\\bzugangskontrolle', '\\bzugriffskontrolle', '\\bbackup',
        // The control objectives of a German TOM annex (the former § 9 BDSG list): "Zutrittskontrolle:", "Weitergabekontrolle:".
        '\\b(?:zutritts|zugangs|zugriffs|weitergabe|eingabe|auftrags|verfügbarkeits|trennungs|transport|speicher|benutzer|datenträger)kontrolle', '\\btrennungsgebot',
        // "sofern das Sicherheitsniveau ... nicht unterschritten wird"; Art. 32(1)(d) "Evaluierung der Wirksamkeit der Maßnahmen".
        '\\bsicherheitsniveau', '\\bwirksamkeit der (?:technischen und organisatorischen )?maßnahmen'],
      // Art. 28(3)(e): "unterstützt den Auftraggeber mit geeigneten technischen und organisatorischen Maßnahmen bei der
      // Erfüllung der Anträge betroffener Personen": the measures are how it assists with requests, not its security.
      veto: ['\\bunterstütz\\w*\\b[^.]{0,100}\\bmit (?:geeigneten |angemessenen )?technischen und organisatorischen maßnahmen\\b[^.]{0,80}\\b(?:anträge|anfragen|ersuchen|rechte|betroffene)'],
      reason: 'nennt technische und organisatorische Sicherheitsmaßnahmen',
      // Under "SSL- bzw. TLS-Verschlüsselung" or "Datensicherheit" a sentence on the data's protection is the measure
      // ("Damit sind Daten, die Sie über diese Website übermitteln, für Dritte nicht mitlesbar").
      heading: ['verschlüsselung', 'datensicherheit'],
    },
    liability: { cue: ['\\bhaften\\b', '\\bschadensersatz', '\\bfreistell'], reason: 'regelt Haftung oder Freistellung', heading: ['haftung'] },
    'governing-law': {
      cue: ['\\bunterliegt (?:dem|den) (?:\\w+ )?recht', '\\bes gilt (?:das )?(?:\\w+ )?recht', '\\bgerichtsstand', '\\banwendbares recht', '\\bdeutsche(?:s|m) recht'],
      reason: 'bestimmt das anwendbare Recht oder den Gerichtsstand',
      heading: ['anwendbares recht', 'gerichtsstand', 'schlussbestimmungen'],
    },
    'data-subject-rights': {
      cue: [
        // "Ihr könnt ... Auskunft, Berichtigung oder Löschung der über euch gespeicherten Daten verlangen".
        '\\b(?:auskunft|berichtigung|löschung|einschränkung|herausgabe)\\b[^.]{0,100}\\b(?:verlangen|beantragen|fordern)\\b',
        // "Die oben genannten Rechte können per E-Mail ausgeübt werden": how the rights are exercised.
        // (also the compounds "Datenschutzrechte ausüben", "Betroffenenrechte geltend machen").
        'rechte\\b[^.]{0,40}\\b(?:ausgeübt|ausüben|geltend gemacht|geltend machen|wahrnehmen|wahrgenommen|nutzen|in anspruch nehmen)\\b','\\brecht(?:e)? auf (?:auskunft|berichtigung|löschung|einschränkung|datenübertragbarkeit|widerspruch|vergessenwerden)', '\\bbetroffenenrechte', '\\brechte (?:der )?betroffenen', '\\banfragen?\\b[^.]{0,80}\\bweiterleiten',
        // The separable verb: "leitet Tale die Anfrage unverzüglich an den Kunden weiter", "leitet dieser das Ersuchen ... weiter".
        '\\bleitet\\b[^.]{0,40}\\b(?:die anfrage|das ersuchen|den antrag|diese anfrage|dieses ersuchen|solche anfragen)\\b[^.]{0,80}\\bweiter\\b', '\\bwiderspruchsrecht',
        // "Wendet sich eine betroffene Person mit Forderungen zur Berichtigung, Löschung oder Auskunft an den Auftragnehmer".
        // "Ersucht ein Betroffener ... den Auftragsverarbeiter um Auskunft, Berichtigung, Sperrung oder Löschung".
        '\\bbetroffene(?:r|n)?\\b(?: person(?:en)?)?\\b[^.]{0,60}\\b(?:forderung|anfrage|antr(?:a|ä)g|ersuch|um\\b)\\w*\\b[^.]{0,40}\\b(?:berichtigung|löschung|auskunft|einschränkung|sperrung)',
        // The rights by their articles: "die Rechte aus den Artikeln 15, 16, 17, 18 und 21 DSGVO".
      '\\brechte? (?:aus|nach|gemäß|gem\\.) (?:den )?art(?:ikeln?|\\.)? ?(?:1[5-9]|2[0-2])\\b',
      '\\bhast du das recht', '\\bhaben sie das recht', '\\bbetroffenenanfragen',
        // The request by its German name: "eine Antwort innerhalb einer Frist von einem Monat nach Eingang des Auskunftsersuchens".
        '\\bauskunftsersuch', '\\bauskunftsanfrage',
        // Art. 28(3)(e): "bei der Erfüllung der Anträge betroffener Personen"; "Soweit sich eine betroffene Person unmittelbar
        // an den Auftragnehmer wendet"; "Auskünfte an Betroffene"; "nicht eigenmächtig berichtigen, löschen oder ... einschränken".
        '\\b(?:anträge|anfragen|ersuchen)\\w* (?:der |von )?betroffene[nr]? person', '\\bbetroffene\\w* person\\w*\\b[^.]{0,40}\\b(?:unmittelbar|direkt)\\b[^.]{0,40}\\bwende', '\\bauskünfte? an (?:die )?betroffene', '\\beigenmächtig\\b[^.]{0,30}\\bberichtig',
        // A policy's rights section: "ein Recht, die Berichtigung oder Löschung dieser Daten zu verlangen", "Sie können eine
        // bereits erteilte Einwilligung jederzeit widerrufen", "Widerspruch einzulegen", "in einem gängigen, maschinenlesbaren Format".
        '\\brecht\\b[^.]{0,30}\\b(?:berichtigung|löschung|einschränkung|sperrung|herausgabe)\\b[^.]{0,60}\\b(?:zu verlangen|verlangen)', '\\beinwilligung\\b[^.]{0,40}\\b(?:jederzeit )?(?:zu )?widerrufen', '\\bwiderspruch (?:einzulegen|einlegen)', '\\bmaschinenlesbaren format', '\\bdatenübertragbarkeit', '\\bunentgeltlich auskunft'],
      reason: 'betrifft die Rechte der betroffenen Personen und ihre Anfragen',
      heading: ['betroffenen', 'deine rechte', 'ihre rechte', 'widerspruch', 'widerruf', 'datenübertragbarkeit', 'auskunft', 'berichtigung'],
      // Under such a heading: "Ihnen steht das Recht zu, Daten ... aushändigen zu lassen".
      weak: ['\\banfrage', '\\bauskunft', '\\bmitteilen', '\\brecht\\b', '\\bverlangen'],
    },
    'government-access': { cue: ['\\bermittlungsbehörde', '\\bbehörden?\\b[^.]{0,40}\\bangefordert', '\\baufsichtsbehörden?\\b[^.]{0,80}\\b(?:kontrollen|maßnahmen|ermittlungen)', '(?:kontrollen|maßnahmen|ermittlungen)\\b[^.]{0,80}\\baufsichtsbehörde', '\\bstrafverfolgung'], reason: 'betrifft Anfragen und Maßnahmen von Behörden' },
    'data-collection': { cue: ['\\b(?:erhält|erhalten|empfängt|empfangen) (?:ihre|deine|die) (?:ip-adresse|daten|informationen|e-mail-adresse)','\\bpersonenbezogenen? daten\\b[^.]{0,30}\\b(?:erheben|erfassen|sammeln)\\b', '\\bwir erheben', '\\berheben wir', '\\bwir erfassen', '\\bwerden (?:folgende )?(?:daten )?erhoben', '\\bwerden (?:automatisch |folgende )?(?:daten|informationen)\\b[^.]{0,80}\\b(?:erfasst|erhoben)\\b',
      // The log-file paragraph of German policies: "erhebt und speichert automatisch Informationen in so genannten
      // Server-Log-Dateien", its list "Browsertyp und Browserversion, ... Hostname des zugreifenden Rechners"; a form's
      // "werden Ihre Angaben aus dem Anfrageformular ... bei uns gespeichert".
      '\\b(?:erhebt|erfasst|erheben|erfassen) und speicher', '\\bserver-?log-?dateien', '\\bbrowsertyp', '\\bhostname des zugreifenden', '\\b(?:ihre|deine) angaben\\b[^.]{0,120}\\bgespeichert'], reason: 'sagt, welche Daten erhoben werden' },
    // "Die Datenverarbeitung erfolgt auf Grundlage Ihrer Einwilligung (Artikel 6 Abs. 1 UAbs. 1 lit. a) DS-GVO ...)".
    'purposes-legal-basis': { cue: ['\\bwir (?:verwenden|nutzen|verarbeiten)\\b[^.]{0,60}, um\\b','\\bart\\. 6 abs', '\\bartikel 6 abs', '\\bauf basis des art', '\\bzweck', '\\bauf (?:der )?grundlage (?:ihrer|deiner|einer) einwilligung', '\\brechtsgrundlage'], reason: 'nennt Zweck und Rechtsgrundlage der Verarbeitung' },
    sharing: { cue: ['\\b(?:gib(?:t|st)?|geben)\\b[^.]{0,80}\\b(?:an|nicht an)\\b[^.]{0,40}\\bweiter\\b',
      // The processor as the agent: "werden ... durch Sendinblue verarbeitet", "von unserem Dienstleister Mailchimp verarbeitet".
      '\\b(?:daten|e-mail-adressen?|informationen|angaben)\\b[^.]{0,80}\\b(?:durch|von) (?!ihnen\\b|dir\\b|uns\\b|euch\\b|ihrem\\b|deinem\\b)(?:unsere[nm]? |einen? |einem |den |dem |die |der )?(?:[\\w.-]+ ){1,3}verarbeitet',
      // "Wir haben mit dem Hoster einen Vertrag über Auftragsverarbeitung (AVV) geschlossen".
      '\\b(?:vertrag (?:über|zur) (?:die )?auftragsverarbeitung|auftragsverarbeitungsvertrag|vereinbarung zur auftragsverarbeitung|avv)\\b[^.]{0,60}\\b(?:geschlossen|abgeschlossen)', '\\ban (?:externe|dritte) (?:parteien|stellen)\\b', '\\bweitergabe', '\\bweiter(?:zu)?(?:ge)?geben', '\\bweitergibt', '\\bempfänger',
      // "müssen wir Ihre personenbezogenen Daten Dritten offenlegen".
      '\\b(?:dritten|an dritte)\\b[^.]{0,60}\\boffen(?:zu)?(?:ge)?leg', '\\boffen(?:zu)?(?:ge)?leg\\w*\\b[^.]{0,40}\\b(?:dritte|empfänger)', '\\bunternehmen aus der eu',
      // "Eine Übermittlung Ihrer persönlichen Daten an Dritte ... findet nicht statt"; "Wir setzen folgenden Hoster ein".
      '(?<=ü)bermittlung\\w* (?:ihrer |deiner |von )?(?:persönlichen |personenbezogenen )?daten an dritte', '\\bwir setzen (?:folgende[nr]? |den |einen )?(?:hoster|hosting-?anbieter|dienstleister|auftragsverarbeiter)\\b',
      // A provider engaged for a task: "Mit dem Betrieb und der Wartung des Serversystems hat das RKI die KDO Service GmbH beauftragt".
      '\\bmit (?:dem|der|den) (?:betrieb|hosting|wartung|durchführung|versand|bereitstellung|verarbeitung)\\b[^.]{0,120}\\bbeauftragt\\b',
      // Sent to a recipient in the passive: "werden Ihre COVID-Zertifikate ... an einen Prüfpartner des Anbieters übermittelt".
      '\\ban (?:einen?|den|die|unsere[nm]?|ihre[nm]?|externe) (?:\\S+ ){0,2}(?:\\S*partner|dienstleister|auftragsverarbeiter|anbieter|empfänger|unternehmen|behörden|stellen|dritte)\\S*\\b[^.]{0,60}(?:(?<=ü)bermittelt|(?<=ü)bertragen|\\bweitergegeben|\\bweitergeleitet|\\boffengelegt)\\b',
      // The passive: "Für die Datenerhebung ... wird ein Dienstleister (flow.d) eingesetzt, der vertraglich ... gebunden ist".
      '\\b(?:wird|werden) (?:ein |eine |mehrere )?(?:externe[rn]? )?(?:dienstleister|auftragsverarbeiter|hoster|hosting-?anbieter)\\b[^.]{0,60}\\beingesetzt',
      // Embedded content of other sites collecting on its own: "können Daten über dich sammeln, ... Tracking-Dienste von Dritten einbetten".
      '\\btracking-dienste\\w* (?:von |der )?dritt', '\\beingebettete\\w* inhalte\\b[^.]{0,80}\\b(?:daten|cookies)'], reason: 'sagt, an wen Daten weitergegeben werden', heading: ['empfänger', 'weitergabe'] },
    'cookies-tracking': { cue: ['\\btelemetrie', '\\breichweitenmessung', '\\bwebanalyse', '\\banalysedienst', '\\banalyse-?tools?\\b'], reason: 'nennt Cookies, Telemetrie oder Tracking' },
    'automated-decisions': { cue: ['\\bautomatisierte(?:r|n)? entscheidung'], reason: 'nennt automatisierte Entscheidungen oder Profiling' },
    contact: { cue: ['\\baufsichtsbehörde', '\\bdatenschutzbeauftragte', '\\bbeschwerde', '\\bverantwortliche stelle'], reason: 'nennt Kontakt, Datenschutzbeauftragten oder Aufsichtsbehörde' },
    'policy-changes': { cue: ['(?<=ä)nderungen (?:an|dieser|der)', '\\bdiese datenschutzerklärung\\b[^.]{0,40}\\b(?:anzupassen|zu ändern|zu aktualisieren|anpassen|ändern)', '\\bbehalten uns (?:das recht )?vor\\b[^.]{0,60}\\b(?:anzupassen|zu ändern|zu aktualisieren)', '(?<=ä)nderungen\\b[^.]{0,60}\\b(?:angekündigt|bekanntgegeben|mitgeteilt)\\b'], reason: 'sagt, wie das Dokument geändert wird', heading: ['(?<=ä)nderungen'] },
    confidentiality: { cue: ['\\bverschwiegenheit', '\\bvertraulich'], reason: 'regelt Vertraulichkeit' },
  },
};
