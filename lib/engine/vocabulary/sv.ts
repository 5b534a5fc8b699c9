/**
 * Swedish legal vocabulary: personuppgiftsbiträdesavtal (PUB-avtal, SKR's template and its kin)
 * and integritetspolicyer, as collected in test/fixtures/sources/sv-de-phrases.md. A partial
 * table: each slot joins the English one of the same name (see index.ts).
 *
 * Patterns run over Doc.norm (lower case) with JavaScript's ASCII `\b`, which sees no word edge
 * before "å", "ä", "ö": a word that starts or ends with one is bounded by phrases.ts's WORD_START /
 * WORD_END (`${B}år${E}`), or written with a look-behind, "(?<=ö)verför" for "överför".
 */
import type { PartialVocabulary } from './index';
import { WORD_END as E, WORD_START as B } from './phrases';

/** Stems of the verbs that keep data: "spara" (sparar, sparas, sparade, sparat), "behåll" (behålla, behåller, behålls) and its past. */
const KEEP_STEMS = ['spara', 'lagra', 'bevara', 'behåll', 'behöll', 'förvara'];
/** Every form of the verbs that keep or end data, for the retention cue: the keeping stems and the ending verbs'. */
const KEEP_OR_ERASE = `(?:${[...KEEP_STEMS, 'gallra', 'radera', 'avidentifiera', 'anonymisera'].join('|')})\\w*`;

/** The adjectives of an approval, indefinite and definite: "föregående", "särskilt/särskilda", "skriftligt/skriftliga", "uttryckligt/uttryckliga". */
const APPROVAL_ADJ = '(?:föregående|särskil(?:t|da)|skriftlig(?:t|a)?|uttrycklig(?:t|a)?)';

export const sv: PartialVocabulary = {
  verbs: {
    notify: ['underrätt', 'meddela', 'anmäl', 'rapporter'],
    engage: ['anlita', 'anlitar', 'anlitas', 'anlitande', 'använda', 'byta ut', 'ersätta'],
    erase: ['radera', 'raderas', 'raderat', 'radering', 'gallr', 'förstör', 'utplån', 'avidentifier'],
    // Stems, so every form of the verb counts: "spara" (sparar, sparas, sparade, sparat), "behåll" (behålla, behåller,
    // behålls, behållit) and its past "behöll"; the infinitive is how a promise reads ("Vi kommer att behålla ...").
    keep: KEEP_STEMS,
    object: ['invänd'],
  },
  roles: {
    // The controller as the subject before a notifying verb (compromise reads English only): "Den personuppgiftsansvarige ska anmäla ...".
    controllerSubject: ['(?:den )?personuppgiftsansvarige?', '(?:den )?ansvarige'],
    // "Meddela den behöriga tillsynsmyndigheten inom 72 timmar": the controller's notice to the authority.
    authority: ['tillsynsmyndighet\\w*', 'integritetsskyddsmyndighet\\w*', 'datainspektion\\w*'],
  },
  objects: {
    breach: ['personuppgiftsincident', 'säkerhetsincident', 'dataintrång'],
    subprocessor: ['underbiträde', 'underbiträden', 'underbiträdet', 'underbiträdena', 'underleverantör'],
    audit: ['granskning', 'revision(?!sberättelse)', 'inspektion'],
    // "ska ersätta den personuppgiftsansvarige för skada": compensation for damage.
    liability: ['skadestånd', 'ansvarsbegränsning', 'skadeslös', 'skadeståndsansvar', 'ersätta\\b[^.]{0,60}\\bför (?:\\w+ )?skad'],
    security: ['tekniska och organisatoriska (?:säkerhets)?åtgärder', 'säkerhetsåtgärder'],
    // "fullgöra skyldigheterna enligt artiklarna 32–36": a range of articles that takes in the breach articles.
    breachNotice: ['artikl(?:arna|ar) 3[23] ?(?:till|-|–) ?3[4-6]\\b', 'artiklarna 33 och 34\\b'],
  },
  transfers: {
    thirdCountry: ['tredje ?land', 'tredje ?länder', 'tredjeland', 'land utanför eu', 'länder utanför e'],
    chapter: ['kapitel (?:5|v) (?:i )?(?:dataskyddsförordningen|gdpr)\\b', 'artiklarna 44 ?(?:[-–]|till) ?49\\b'],
    eea: ['eu/ees', 'ees\\b', 'europeiska ekonomiska samarbetsområdet'],
    home: ['eu/ees', 'ees\\b', 'eu\\b'],
    outside: ['utanför (?:det |den )?'],
    // "får inte överföras till ett land utanför EU/EES utan den personuppgiftsansvariges skriftliga godkännande".
    onlyWithConsent: ['(?<=ö)verför[^.]{0,120}\\b(?:utan|endast (?:efter|med)|bara (?:efter|med)) (?:\\S+ ){0,2}(?:skriftliga? |föregående |uttryckliga? )*(?:förhands)?(?:godkännande|samtycke|medgivande)'],
    staysIn: [
      '(?:endast|enbart|uteslutande) (?:inom|i) (?:eu/ees|eu|ees|sverige|europa)\\b',
      // "All behandling sker inom EU/EES", "ingen överföring av personuppgifter till tredjeland".
      '\\ball (?:behandling|lagring)\\b[^.]{0,40}\\b(?:sker|utförs) (?:inom|i) (?:eu/ees|eu|ees|sverige|europa)\\b',
      '\\bingen överföring (?:av personuppgifter )?till (?:tredje ?land|länder utanför)',
      // "Behandlingen av personuppgifter ska ske inom EU/EES", "får endast lagras inom EU/EES".
      '\\b(?:behandling(?:en)?|lagring(?:en)?)\\b[^.]{0,40}\\b(?:ska|får) (?:endast |enbart |uteslutande )?(?:ske|utföras) (?:inom|i) (?:eu/ees|eu|ees|sverige|europa)\\b',
      '\\b(?:ska|får) (?:endast |enbart |uteslutande )?(?:behandlas|lagras) (?:inom|i) (?:eu/ees|eu|ees|sverige)\\b',
      // The verb then "inte" (Swedish word order): "överförs inte till tredje land", "Vi överför inte dina personuppgifter utanför EU/EES".
      '(?<=ö)verför(?:s|as)? inte\\b[^.]{0,60}(?:\\btill (?:ett )?(?:tredje ?land|länder utanför)|\\butanför (?:eu|ees|europa|sverige))',
      '\\binga (?:person)?uppgifter (?:\\S+ ){0,2}(?:överförs|lämnas) (?:till tredje ?land|utanför)',
    ],
    // With no destination, under a heading that names it ("Överföring av uppgifter utanför EU eller EES": "Uppgifter överförs inte.").
    denied: ['(?<=ö)verför(?:s|as)? inte\\b', '\\binte (?:att )?överföras\\b', '\\bingen överföring\\b'],
    happen: [
      '(?:kan|får|kommer att) (?:\\w+ ){0,4}överföras till',
      '(?<=ö)verför(?:s|as)? till länder utanför',
      // "När vi delar uppgifter med forskare exporteras de till länder som exempelvis USA".
      'exporter\\w* (?:\\S+ ){0,3}till (?:länder|land|tredje ?land|usa)\\b',
      // Processed or kept in the USA: "Vissa av våra leverantörer behandlar uppgifter i USA".
      '(?:behandla|lagra|spara|förvara|(?<=ö)verför|hostas|driftas)\\w*\\b[^.]{0,60}\\bi usa\\b',
      // "(inklusive internationell överföring)" says one is made; "detaljer om internationell överföring ... omfattas av
      // deras integritetspolicyer" names a topic another document covers, and states no transfer.
      '(?<!(?:detaljer|information|uppgifter|mer|läs) om )internationell överföring',
    ],
    mechanisms: {
      scc: ['standardavtalsklausul', 'standardiserade dataskyddsbestämmelser'],
      adequacy: ['adekvat skyddsnivå', '(?<!(?<!\\b(?:om|när|där|vissa)\\b[^.]{0,100})\\butan )beslut om adekvat'],
      dpf: [],
      bcr: ['bindande företagsbestämmelser'],
      tia: [],
    },
  },
  breach: {
    // "inom 24 timmar", "senast efter 72 timmar": a deadline.
    deadline: ['inom', 'senast', 'högst', 'maximalt'],
    qualifiers: {
      immediately: ['omedelbart', 'genast'],
      'without-undue-delay': ['utan onödigt dröjsmål', 'utan oskäligt dröjsmål'],
      promptly: ['skyndsamt', 'snarast'],
    },
    // "utan onödigt dröjsmål och om möjligt inom 24 timmar": a hope, not a hard deadline (as "where feasible").
    soft: ['om möjligt', 'när det är möjligt', 'där det är möjligt', 'såvitt möjligt', 'i möjligaste mån', 'helst'],
  },
  subprocessors: {
    // Indefinite and definite: "ett allmänt skriftligt godkännande", "den Personuppgiftsansvariges allmänna skriftliga godkännande".
    general: ['allmänt (?:skriftligt )?(?:förhands)?(?:godkännande|tillstånd)', 'allmänna (?:skriftliga )?(?:förhands)?godkännandet?', 'generellt (?:skriftligt )?godkännande', 'generella (?:skriftliga )?godkännandet?'],
    // "får inte anlita underbiträden utan föregående skriftligt godkännande": each one approved first.
    // The approval's adjectives in both forms: indefinite "ett särskilt skriftligt godkännande", definite after a genitive
    // "den personuppgiftsansvariges föregående särskilda skriftliga godkännande".
    specific: [`särskil(?:t|da) (?:${APPROVAL_ADJ} )*(?:förhands)?godkännande`, `utan (?:\\S+ ){0,3}(?:${APPROVAL_ADJ} )*(?:förhands)?godkännande`, `endast (?:efter|med) (?:\\S+ ){0,3}(?:${APPROVAL_ADJ} )*(?:förhands)?godkännande`,
      // "får endast anlita underbiträden efter skriftligt godkännande av den personuppgiftsansvarige".
      `(?:får|ska|kan) endast anlita\\b[^.]{0,40}\\b(?:efter|med) (?:\\S+ ){0,3}(?:${APPROVAL_ADJ} )*(?:förhands)?(?:godkännande|samtycke)`],
    notice: ['informera', 'meddela', 'underrätt'],
    // "senast 30 dagar i förväg", "med 30 dagars varsel".
    advance: ['i förväg', 'innan', 'före'],
    advanceLead: ['med (?:ett )?varsel (?:om|på)\\W*$'],
    // "har rätt att invända", or the right as a list item under "har rätt att:": "Invända mot anlitande av nya underbiträden".
    objectionRight: ['(?:har rätt att|får|kan) invända', 'rätt till invändning', '\\binvända mot (?:anlitande(?:t)? av |byte av |användning av )?(?:ett )?(?:nya? |nytt )?underbiträde'],
    // After an objection: "försöka hitta en lösning", "samråda", "säga upp avtalet".
    resolution: ['lösning', 'lösa', 'samråd', 'säga upp', 'uppsäg', 'häva'],
  },
  retention: {
    // "sparas i 5 år", "lagras under högst 12 månader", "i upp till 2 år", "längst 3 månader"; not a bare
    // "under", which English shares ("children under 13 years").
    lead: ['i', 'i upp till', 'upp till', 'högst', 'längst', 'maximalt', 'i högst', 'under högst', 'under en period av', 'under en tid av',
      // Kept until the period has run: "sparas tills det har gått 18 månader sedan din senaste inloggning".
      'tills det (?:har )?gått', 'till dess att det (?:har )?gått'],
    // "raderas efter 2 veckor", "gallras efter högst en timme", "tas bort efter 30 dagar": kept until then.
    // "Konton som inte använts på 12 månader kommer att raderas": unused that long, then deleted (as German "seit mehr als").
    // "raderas automatiskt när det har gått 18 månader från den senaste inloggningen".
    eraseAfter: ['efter', 'efter högst', 'efter max', 'senast efter', '(?:när|då) det (?:har )?gått', 'efter att det (?:har )?gått', 'inte (?:har )?använts (?:på|under|i)', 'varit inaktiva? (?:i|under)', 'inaktiva? (?:i|under)'],
    // "raderas inom 30 dagar": on a policy, how long the data is kept at most.
    eraseWithin: ['inom'],
    // "sparas i minst fem år": a lower bound that states retention.
    minLead: ['i', 'under'],
    // "Lagringstiden är 12 månader", "en bevarandetid på fem år".
    periodNoun: ['lagringstid', 'lagringsperiod', 'bevarandetid', 'gallringsfrist'],
    periodIs: ['är', 'uppgår till', 'på'],
    // "3.2 Lagringstider" over a table "Uppgiftstyp | Lagringstid | Motivering".
    headings: ['lagringstid', 'lagringsperiod', 'gallringsfrist', 'bevarandetid'],
    later: ['senare'],
    inactive: ['inaktiv', 'utan aktivitet'],
    alternatives: ['eller'],
    cookieHeadings: ['kakor', 'kakan', 'cookies?'],
  },
  // "t.ex. Google", "bl.a. Microsoft", "kap. 3", "enl. artikel 28": a period that does not end the sentence.
  sentences: { abbreviations: ['t.ex', 'bl.a', 's.k', 'm.m', 'dvs', 'd.v.s', 'jfr', 'kap', 'enl', 'o.s.v', 'fr.o.m', 't.o.m', 'ang', 'inkl'] },
  lists: {
    // "... lagras informationen under följande perioder." introduces the items below it like a colon.
    lead: ['följande'],
    // "Anmälan ska innehålla: - arten av incidenten": the items are the notice's contents.
    contents: ['ska (?:minst |åtminstone )?(?:innehålla|beskriva|omfatta|ange)', 'innehåller', 'följande (?:uppgifter|information)'],
    // "Biträdet ska utan onödigt dröjsmål underrätta den personuppgiftsansvarige om: - en personuppgiftsincident".
    completes: ['om', 'när', 'vid', 'avseende', 'gällande', 'beträffande', 'i fråga om', 'i händelse av'],
  },
  deletion: { followOn: ['(?:sådan|denna) (?:radering|återlämning|förstöring)\\b', '(?:raderingen|återlämnandet|förstöringen)\\b'], endEvents: ['upphör', 'avslut', 'uppsägning', 'begäran'], contractEnd: ['upphör', 'avslut', 'uppsägning'] },
  audit: {
    right: [
      'bidra till granskning',
      'granskning(?:ar|en)? (?:ska|får|kan)',
      'rätt att (?:granska|genomföra|utföra)',
      'möjliggöra[^.]{0,40}granskning',
      // The right as a list item under "har rätt att:" ("Genomföra granskning av Personuppgiftsbiträdets behandling").
      '\\b(?:genomföra|utföra) (?:en )?(?:granskning|revision|inspektion)(?:ar)? av (?:personuppgiftsbiträdet|biträdet|leverantören)',
    ],
    notice: ['avisera', 'i förväg', 'underrätt', 'varsel', 'förvarning'],
    // "med 30 dagars varsel", "aviseras minst 14 dagar i förväg".
    noticeNear: ['varsel', 'förvarning', 'i förväg', 'avisera'],
  },
  liability: {
    capped: ['ansvarsbegränsning', 'skadeståndstak', '(?:ansvar|skadestånd)\\w*\\b[^.]{0,60}\\bbegränsa',
      // A cap stated as a ceiling: "sammanlagda skadeståndsansvar ... ska inte överstiga", "... uppgå till högst".
      // Liability left to the main agreement: "För skadeståndsansvar gäller vad som anges i Huvudavtalet".
      'skadestånd\\w*\\b[^.]{0,60}\\b(?:gäller vad som (?:anges|stadgas|framgår)|regleras|följer av)\\b[^.]{0,40}\\w*avtal',
      '(?:ansvar|skadestånd)\\w*\\b[^.]{0,80}\\b(?:inte|ej) (?:överstiga|överskrida)', '(?:ansvar|skadestånd)\\w*\\b[^.]{0,60}\\buppgå(?:r)? till (?:högst|maximalt)'],
  },
  law: {
    governs: ['i enlighet med svensk', 'svensk (?:lag|rätt) (?:ska )?tillämpas', 'tillämplig lag'],
    forum: ['allmän domstol', 'tingsrätt', 'skiljedom', 'skiljeförfarande'],
    countryWords: { 'svensk rätt': 'Sweden', 'svensk lag': 'Sweden', 'svenska lag': 'Sweden', 'dansk ret': 'Denmark', 'norsk rett': 'Norway', 'finsk rätt': 'Finland' },
  },
  dsr: { respond: ['svara', 'besvara', 'hantera', 'informera om', 'återkomm'] },
  docType: {
    titles: {
      dpa: ['personuppgiftsbiträdesavtal', 'pub-avtal', 'biträdesavtal', 'avtal om behandling av personuppgifter'],
      'privacy-policy': ['integritetspolicy', 'integritetsmeddelande', 'sekretesspolicy', 'sekretess och (?:kakor|cookies)', 'integritet och (?:kakor|cookies)', 'dataskyddspolicy', 'personuppgiftspolicy', 'skydd av personuppgifter', 'integritetsrättigheter', 'hantering av personuppgifter', 'behandling av personuppgifter'],
      other: ['allmänna villkor', 'användarvillkor', 'köpvillkor', 'vägledning', 'så här', 'guide\\b'],
    },
    headings: {
      dpa: ['underbiträde', 'personuppgiftsbiträdets (?:skyldigheter|åtaganden)', 'instruktion', 'personuppgiftsincident', 'granskning', 'bilaga', 'tekniska och organisatoriska'],
      'privacy-policy': ['dina rättigheter', 'vilka (?:person)?uppgifter', 'hur (?:vi|länge)', 'rättslig grund', 'kakor', 'lagringstid', 'personuppgiftsansvarig', 'insamlade personuppgifter', 'syfte'],
      other: ['betalning', 'avgifter', 'garanti', 'immateriella rättigheter', 'licens'],
    },
    cues: {
      'self-dpa': ['detta (avtal|biträdesavtal|personuppgiftsbiträdesavtal)', 'detta pub avtal'],
      processor: ['personuppgiftsbiträde', 'personuppgiftsbiträdet', 'biträdet'],
      'sub-processor': ['underbiträde', 'underbiträden', 'underbiträdet', 'underbiträdena'],
      'controller-party': ['personuppgiftsansvarig', 'den personuppgiftsansvarige'],
      'on-behalf-of-customer': ['för (den personuppgiftsansvariges|kundens) räkning', 'på uppdrag av (den personuppgiftsansvarige|kunden)'],
      'customer-instructions': ['dokumenterade instruktioner', 'instruktioner från den personuppgiftsansvarige', 'personuppgiftsansvariges (dokumenterade|skriftliga|) instruktioner'],
      'shall-obligations': ['personuppgiftsbiträdet (ska|får|har|åtar)', 'biträdet (ska|får)', 'underbiträdet ska', 'parterna (är|har|ska)'],
      scc: ['standardavtalsklausuler', 'standardavtalsklausul'],
      'article-28': ['artikel 28'],
      'dpa-duties': ['personuppgiftsincident', 'tekniska och organisatoriska åtgärder', 'de registrerades rättigheter', 'radera eller återlämna'],
      'self-notice': ['denna (integritetspolicy|policy|dataskyddspolicy|personuppgiftspolicy)', 'detta (meddelande|integritetsmeddelande)'],
      'we-collect': ['vi (samlar|behandlar|sparar|lagrar|hämtar|registrerar)', '(samlar|behandlar|sparar|lagrar) vi', 'som vi (samlar|behandlar|sparar|lagrar)'],
      // As the English cue: "we use" counts when what is used is data ("vi använder dina uppgifter", "vi delar
      // personuppgifter", "vi använder kakor"), not any tool ("vi använder kuvertkryptering" in a security statement).
      'we-use-share': [
        'vi (använder|delar|lämnar|säljer|överför|behandlar) (dina|din|ditt|era|personuppgifter|personuppgifterna|uppgifter|uppgifterna|informationen|information|data|kakor|cookies|webbanalys)',
        'vi (lämnar|delar) (inte|aldrig) (ut|dina|personuppgifter|uppgifter)',
        'vi (säljer|delar) inte',
        // The future is how Swedish notices promise: "Vi kommer att skicka din information", "Vi kommer inte att ge ut eller sälja din e-postadress".
        'vi kommer (inte|aldrig|) att (använda|dela|lämna ut|ge ut|sälja|skicka|visa|överföra|behandla|spara|lagra|radera)',
        '(använder|delar|behandlar) vi (dina|din|ditt|era|personuppgifter|uppgifter|uppgifterna|informationen|kakor|cookies)',
      ],
      // Swedish speaks of processing in the passive or as the site itself: "personuppgifter behandlas och lagras", "Din
      // e-postadress och namn lagras i vår databas", "FixaMinGata.se behandlar all data, inklusive personuppgifter".
      'third-person-notice': [
        '(personuppgifter|personuppgifterna|uppgifterna|dina uppgifter) (behandlas|lagras|sparas|samlas in|raderas|gallras)',
        '(behandlas|lagras|sparas) (och lagras |och sparas |)(personuppgifter|personuppgifterna)',
        '(din|ditt|dina) (e-postadress|namn|personuppgifter|information) (och (namn|e-postadress) |)(lagras|sparas|behandlas|publiceras|raderas)',
        '(behandlar|lagrar|sparar) all data',
      ],
      'your-data': ['dina personuppgifter', 'dina uppgifter', 'personuppgifter om dig', 'uppgifter om dig'],
      'your-rights': ['dina rättigheter', 'du har rätt', 'du kan (begära|invända|återkalla|kontakta)', 'rätt till (tillgång|rättelse|radering|dataportabilitet)'],
      cookies: ['kakor'],
      'visit-use-services': ['när du (använder|besöker|skapar|kontaktar|registrerar)'],
      'terms-self': ['dessa (villkor|användarvillkor)', 'dessa allmänna villkor'],
      'terms-you-agree': ['du godkänner', 'du (får|måste) inte', 'du ansvarar', 'genom att använda tjänsten'],
      'terms-account-money': ['ditt konto', 'avgift', 'avgifter', 'betalning', 'prenumeration', 'faktura'],
      'terms-warranty-license': ['garanti', 'licens', 'immateriella rättigheter', 'upphovsrätt'],
      'explainer-advice': ['du bör', 'du behöver', 'se till att', 'det är viktigt', 'vi rekommenderar'],
      'explainer-third-person': ['(ett|en) (personuppgiftsbiträdesavtal|biträdesavtal)', 'vad är (ett|en)'],
      // A guide's steps through an interface, second person ("tryck på knappen **Registrera**").
      'explainer-steps': [
        'tryck på',
        'trycka på',
        'klicka på',
        'knappen',
        'fyll i',
        'fylla (i|in)',
        'du kommer (att|) (behöva|få) (fylla|en e-post|ett mejl)',
      ],
      'explainer-audience': ['denna (guide|vägledning|artikel)', 'forskare', 'forskning'],
    },
  },
  tags: {
    'breach-notification': {
      cue: ['personuppgiftsincident\\w*\\b[^.]{0,160}\\b(?:underrätt|meddela|anmäl|informera)', '(?:underrätt|meddela|anmäl|informera)\\w*\\b[^.]{0,160}\\bpersonuppgiftsincident',
        // Art. 33(3)(d): "åtgärder för att mildra dess potentiella negativa effekter" (of the incident).
        '\\bmildra (?:de |dess |eventuella )*(?:potentiella )?(?:negativa )?(?:effekter|konsekvenser|följder)'],
      reason: 'nämner en personuppgiftsincident och att den ska anmälas',
      heading: ['personuppgiftsincident', 'incident'],
      weak: ['\\bunderrätt', '\\bmeddela', '\\btimmar\\b', 'utan onödigt dröjsmål'],
    },
    'international-transfer': {
      cue: [
        '\\binternationell överföring',
        // "tredje part" is a third party (a recipient), "tredje land" a third country: "rätt att överföra dessa uppgifter
        // till en tredje part" is data portability.
        '(?<=ö)verför\\w*\\b[^.]{0,80}\\b(?:utanför|tredje(?! part)|land|länder)',
        // "exporteras de till länder som exempelvis USA"; "lagras i USA".
        '\\bexporter\\w*\\b[^.]{0,60}\\b(?:till|utanför)\\b', '\\b(?:i|till) usa\\b',
        '(?:endast|enbart) (?:inom|i) eu/ees',
        '\\b(?:all )?behandling(?:en)?(?: av personuppgifter)? sker[^.]{0,30}\\b(?:inom|i) (?:eu|ees)',
        // "Behandlingen av personuppgifter ska ske inom EU/EES", "ska endast behandlas inom EU/EES".
        '\\bbehandl\\w*\\b[^.]{0,40}\\b(?:ska|får) (?:endast |enbart )?(?:ske|behandlas) (?:inom|i) (?:eu|ees)', '\\b(?:ska|får) (?:endast |enbart )?(?:ske|behandlas|lagras) (?:inom|i) eu/ees',
      ],
      reason: 'säger var personuppgifterna behandlas eller att de förs över till tredje land',
      // "Överföring till tredje parter" is disclosure to other companies (sharing), not a transfer to a third country.
      heading: ['(?<=ö)verföring(?:ar)?(?! till tredje part)', 'tredje ?land', 'internationell'],
      weak: ['\\btredje', '\\beu/ees', '\\bskyddsåtgärd', '(?<=ö)verför'],
    },
    'retention-deletion': {
      cue: [
        // "sparas i 5 år", "raderas efter två års inaktivitet", "lagras ... under följande perioder".
        `\\b${KEEP_OR_ERASE}[^.]{0,80}${B}(?:år(?:s|en)?|månader(?:na)?|dagar|veckor|timmar|timme|perioder|period|så länge|tills)${E}`,
        // Storage limitation: "säkerställer att de inte sparas längre än nödvändigt".
        `\\b${KEEP_OR_ERASE}[^.]{0,40}\\blängre än (?:vad som )?(?:är )?(?:nödvändigt|behövs|krävs)`,
        // The company deleting at an event, the verb before its subject after the clause that names the event (Swedish
        // word order): "När du drar tillbaka ditt medgivande raderar vi ...", "Därefter raderar vi kontaktuppgifterna".
        '\\b(?:raderar|gallrar|anonymiserar|avidentifierar|tar) vi (?:bort )?(?:\\S+ ){0,3}(?:personuppgift|uppgift|data|information|konto|kontakt)',
        '\\bvi (?:kommer att )?(?:radera|raderar|gallra|gallrar|ta bort|tar bort|anonymisera|anonymiserar)\\b[^.]{0,80}\\b(?:när|så snart|senast|efter|automatiskt)\\b',
        // The period first: "Konton som inte använts på 12 månader kommer att raderas".
        `${B}(?:år(?:s|en)?|månader(?:na)?|dagar|veckor)${E}[^.]{0,40}\\b(?:kommer att |ska |)(?:raderas|gallras|avidentifieras|anonymiseras|tas bort)\\b`,
        // The period has run: "raderas när det har gått tolv månader", "sparas tills det har gått 18 månader".
        `\\b${KEEP_OR_ERASE}[^.]{0,60}\\b(?:när|då|tills|till dess att) det (?:har )?gått\\b`,
        '\\bgallring',
        '\\blagringstid',
        '\\blagringsperiod',
        '\\bförstör\\w*\\b[^.]{0,60}\\b(?:informationen|uppgifterna|personuppgifterna)\\b',
        `${B}återlämna`,
      ],
      reason: 'säger hur länge uppgifterna sparas eller när de raderas',
      heading: ['radering', 'gallring', 'lagringstid', 'hur länge', 'avtalets upphörande'],
      weak: [`${B}år${E}`, '\\bmånader\\b', '\\bdagar\\b', '\\bupphör'],
    },
    // Art. 28(2) in Swedish: "får inte anlita ett annat personuppgiftsbiträde utan ... förhandstillstånd".
    subprocessors: { cue: ['\\banlita (?:ett )?(?:annat|nytt|ytterligare) personuppgiftsbiträde', '\\bannat personuppgiftsbiträde'], reason: 'reglerar underbiträden', heading: ['underbiträd'], weak: ['\\binvänd', '\\bgodkänn', '\\banlit'] },
    audit: {
      // Art. 28(3)(h): "all information som krävs för att visa att skyldigheterna ... har fullgjorts".
      cue: ['\\bgranskning', '\\brevision(?!sberättelse)', '\\binspektion', '\\binformation\\b[^.]{0,40}\\bför att visa att\\b'],
      reason: 'ger rätt till granskning eller inspektion',
      heading: ['granskning', 'revision'],
      weak: ['\\bavisera', '\\bi förväg'],
    },
    'security-measures': {
      // "en säkerhetsnivå som är lämplig i förhållande till risken".
      cue: ['\\bendast (?:\\S+ ){0,3}(?:personal|administratör(?:er(?:na)?)?|anställda|medarbetare|behöriga?)\\b[^.]{0,40}\\b(?:har |ges |får )?(?:åtkomst|tillgång)', 'tekniska och organisatoriska', '\\bsäkerhetsnivå', '\\bpseudonymiser', '\\bkryptera', '\\bkrypterad', '\\bbehörighetskontroll', `${B}åtkomstkontroll`, 'säkerhetsåtgärder', '\\bbrandvägg'],
      reason: 'nämner tekniska och organisatoriska säkerhetsåtgärder',
      heading: ['säkerhet'],
    },
    liability: {
      // "Leverantörens ansvar enligt detta avtal är begränsat till ...": a liability with its cap.
      cue: ['\\bskadestånd', '\\bansvarsbegränsning', '\\bskadeslös', '\\bansvar\\b[^.]{0,60}\\b(?:är |ska vara )?begränsa(?:t|d|s)\\b',
        // Art. 82: "Vardera parten ansvarar för skada som parten orsakat".
        '\\bansvarar (?:gentemot [^.]{0,40})?för (?:den |all |eventuell )?skada'],
      reason: 'handlar om skadestånd eller ansvarsbegränsning',
      heading: ['skadestånd', 'ansvar'],
      weak: ['\\bskada', '\\bbegräns'],
    },
    'governing-law': {
      cue: ['\\bsvensk (?:lag|rätt)\\b', '\\btillämplig lag\\b', '\\btingsrätt', '\\ballmän domstol', '\\bskiljedom'],
      reason: 'anger tillämplig lag eller domstol',
      heading: ['tillämplig lag', 'tvist'],
    },
    'data-subject-rights': {
      cue: ['\\bdin begäran', 'registrerades rättigheter', '\\bbegäran(?:den)? från (?:de )?registrerade', '\\bregistrerades begäran', '\\brätt(?:en)? (?:till|att) (?:tillgång|rättelse|radera|radering|begränsning|begränsa|dataportabilitet|invända)', '\\butöva (?:\\S+ ){0,3}rätt(?:ighet(?:er(?:na)?)?)?\\b', '\\bdu har (?:även |också |alltid )?(?:rätt|rättighet)', '\\bregisterutdrag', '\\brättigheter(?:na)?\\b[^.]{0,40}\\butöva', '\\bregistrerad kontaktar', '\\bdina rättigheter',
        // "Du har rätt att begära att få ta del av de uppgifter ..., begära rättning av uppgifter": the rights as requests.
        '\\bbegära (?:att få )?ta del av\\b', '\\bbegära (?:information|upplysningar|besked) om (?:\\S+ ){0,3}(?:behandling|personuppgifter|uppgifter)', '\\brätt att kontrollera\\b', '\\bbegära rätt(?:else|ning)\\b', '\\bbegära att vi (?:raderar|rättar|korrigerar|lämnar ut|begränsar|tar bort|slutar)\\b',
        // "Om en registrerad begär information eller rättelse från Leverantören".
        '\\b(?:en |den )?registrerade?\\b[^.]{0,20}\\b(?:begär|begäran)\\b[^.]{0,40}\\b(?:information|tillgång|rättelse|radering|begränsning|utdrag)',
        // "Om en registrerad vänder sig direkt till Leverantören"; "lämna ut information till registrerade".
        '\\bregistrerade?\\b[^.]{0,20}\\bvänder sig\\b', '\\blämna ut (?:information|uppgifter|personuppgifter) till (?:de |den )?registrerade'],
      reason: 'handlar om de registrerades rättigheter och deras begäran',
      heading: ['rättigheter'],
      weak: ['\\bbegäran', '\\bsvara'],
    },
    'government-access': {
      cue: ['\\bbegärs av (?:\\w+ )?myndighet', '\\butredande myndighet', '\\bbegäran från (?:en )?(?:behörig )?myndighet', '\\bmyndighet\\w* begär', '\\butlämnande till myndighet'],
      reason: 'handlar om begäran från myndigheter',
    },
    confidentiality: { cue: ['\\bkonfidentiali', '\\bsekretess', '\\btystnadsplikt'], reason: 'handlar om sekretess och konfidentialitet', heading: ['sekretess', 'konfidentialitet'] },
    'data-collection': {
      cue: ['\\b(?:kan|får|kommer att) samla in\\b', '\\bsamla(?:r)? in\\b[^.]{0,40}\\bpersonuppgifter', '\\bvi (?:samlar in|samlar|hämtar|registrerar) ', '\\binsamlade personuppgifter', '\\bvilka personuppgifter', '\\bhämtas automatiskt', '\\bpersonuppgifter som (?:vi|du) ',
        // What is recorded when the user acts: "Vid inloggning sparas ditt användar-ID, namn och e-postadress".
        '\\b(?:vid|när du (?:loggar in|registrerar dig))\\b[^.]{0,40}\\b(?:sparas|lagras|registreras|samlas in)\\b[^.]{0,30}\\b(?:ditt|din|dina|följande|användar|namn|e-post)'],
      reason: 'säger vilka personuppgifter som samlas in',
      heading: ['insamlade', 'vilka personuppgifter'],
    },
    'purposes-legal-basis': {
      // Indefinite and definite forms: "rättslig grund", "Vår rättsliga grund", "berättigat intresse", "vårt berättigade
      // intresse"; the bases of Art. 6 in their Swedish names; consent as "ditt samtycke".
      cue: ['(?<=ä)ndamål', '\\bsyfte', '\\brättsliga? grund', '\\bberättigade? intresse', '\\blegitima? intresse', '\\bditt samtycke', '\\blämnar du ditt samtycke',
        '\\brättslig förpliktelse', '\\bintresseavvägning', '\\bfullgöra (?:ett |vårt |avtalet|ditt )'],
      reason: 'säger varför uppgifterna behandlas och med vilken rättslig grund',
      heading: ['syfte', 'rättslig grund'],
    },
    sharing: {
      // "Personuppgifterna förmedlas till bibliotekssystemet"; "Vi anlitar personuppgiftsbiträden som behandlar uppgifter
      // för vår räkning" (on a policy, the processors are recipients).
      // "Vi delar dessa data med Lunds universitet", "delas med våra leverantörer": shared with someone, not with the
      // reader or with the company ("du delar med oss").
      cue: ['\\bförmedla(?:s|r|t|de)? (?:vidare )?till (?!dig\\b|er\\b)', '\\b(?:anlitar|använder|anlitas) (?:\\S+ ){0,2}personuppgiftsbiträden?\\b', '\\bdela(?:r|s|t|de)?\\b(?: [^ .]+){0,5} med (?!dig\\b|er\\b|oss\\b)', '\\b(?:externa|tredje) parter\\b', '\\btillhandahåller\\b[^.]{0,40}\\bpersonuppgifter till\\b', '\\blämnar (?:inte )?ut', '\\bdelar (?:inte )?(?:dina )?(?:person)?uppgifter', '\\btredje part', '\\bmottagare',
        // Passed on to a named recipient, in the passive or by the service: "kommer att skickas till berörd kommun",
        // "vi kommer att skicka din information ... till den kommun"; not to the reader ("skickas till dig").
        '\\b(?:skickas|överlämnas|vidarebefordras|lämnas ut|delas|överförs) (?:vidare )?till (?!dig\\b|er\\b|din\\b|dina\\b|oss\\b|servern\\b|servrar(?:na)?\\b|vår(?:a)? serv)', '\\b(?:skickar|skicka|lämnar|lämna|överlämnar|vidarebefordrar) (?:din|dina|ditt|era) (?:[a-zåäö-]+ ){0,6}till (?!dig\\b|er\\b)'],
      reason: 'säger till vem uppgifterna lämnas ut',
      heading: ['mottagare', 'utlämnande'],
    },
    'cookies-tracking': { cue: ['\\bkakor', 'kak(?:a|an|orna)\\b', '\\banalys(?:verktyg|system|tjänst)', '\\bbesöksstatistik', '\\bwebbanalys', '\\btrafikanalys', '\\btrafikstatistik', '\\bspårning'], reason: 'nämner kakor, analys eller spårning' },
    'automated-decisions': { cue: ['\\bautomatiserat beslutsfattande', '\\bprofilering'], reason: 'nämner automatiserat beslutsfattande eller profilering' },
    children: { cue: ['\\bbarn\\b', '\\bbarns\\b', '\\bunder 1[3-8] år'], reason: 'handlar om barns personuppgifter' },
    contact: {
      cue: ['\\bdataskyddsombud', '\\bintegritetsskyddsombud', '\\bintegritetsskyddsmyndigheten', '\\btillsynsmyndighet', '\\bkontakta oss', '\\bklaga hos', '\\bdatatillsynsman'],
      reason: 'anger kontaktuppgifter, dataskyddsombud eller tillsynsmyndighet',
      heading: ['kontakt'],
    },
    'policy-changes': {
      cue: ['(?<=ä)ndringarnas ikraftträdande', '(?<=ä)ndringar (?:i|av) (?:denna|detta)', '\\buppdatera (?:denna|vår) (?:policy|integritetspolicy)', '\\bom (?:detta|denna) (?:meddelande|policy) ändras'],
      reason: 'säger hur dokumentet ändras',
      heading: ['(?<=ä)ndringar'],
    },
  },
};
