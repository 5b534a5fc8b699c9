/** Countries and US states as the law-choice clauses name them; keys are lower case. */

/** English short names, keyed by how documents write them. */
export const COUNTRY_NAMES: Record<string, string> = {};
/** "Swedish law" -> Sweden. */
export const COUNTRY_ADJECTIVES: Record<string, string> = {};

// [short name, other names..., adjectives prefixed with "~"]
const COUNTRIES: string[][] = [
  ['Austria', '~austrian'], ['Belgium', '~belgian'], ['Bulgaria', '~bulgarian'], ['Croatia', '~croatian'],
  ['Cyprus', '~cypriot'], ['Czechia', 'czech republic', '~czech'], ['Denmark', '~danish'], ['Estonia', '~estonian'],
  ['Finland', '~finnish'], ['France', '~french'], ['Germany', 'federal republic of germany', 'deutschland', '~german'],
  ['Greece', '~greek'], ['Hungary', '~hungarian'], ['Ireland', 'republic of ireland', '~irish'], ['Italy', '~italian'],
  ['Latvia', '~latvian'], ['Lithuania', '~lithuanian'], ['Luxembourg', '~luxembourgish'], ['Malta', '~maltese'],
  ['Netherlands', 'the netherlands', 'holland', '~dutch'], ['Poland', '~polish'], ['Portugal', '~portuguese'],
  ['Romania', '~romanian'], ['Slovakia', '~slovak'], ['Slovenia', '~slovenian'], ['Spain', '~spanish'],
  ['Sweden', '~swedish'], ['Iceland', '~icelandic'], ['Liechtenstein'], ['Norway', '~norwegian'],
  ['United Kingdom', 'uk', 'u.k', 'great britain', 'england and wales', 'england', 'scotland', '~english', '~british', '~scottish'],
  ['Switzerland', '~swiss'],
  ['United States', 'united states of america', 'usa', 'u.s', 'u.s.a', 'us', '~american'],
  ['Canada', '~canadian'], ['Australia', '~australian'], ['New Zealand'], ['Japan', '~japanese'], ['Singapore', '~singaporean'],
  ['India', '~indian'], ['Israel', '~israeli'], ['Brazil', '~brazilian'], ['China', "people's republic of china", '~chinese'],
  ['South Korea', 'republic of korea', 'korea', '~korean'], ['Argentina', '~argentine'], ['Uruguay'], ['Mexico', '~mexican'],
  ['South Africa'], ['Turkey', 'türkiye', '~turkish'], ['Ukraine', '~ukrainian'], ['Serbia', '~serbian'],
  ['Hong Kong'], ['Taiwan', '~taiwanese'], ['United Arab Emirates', 'uae'], ['Andorra'], ['Monaco'], ['Faroe Islands'],
  ['Guernsey'], ['Jersey'], ['Isle of Man'],
];
for (const [name, ...rest] of COUNTRIES) {
  COUNTRY_NAMES[name.toLowerCase()] = name;
  for (const alias of rest) {
    if (alias.startsWith('~')) COUNTRY_ADJECTIVES[alias.slice(1)] = name;
    else COUNTRY_NAMES[alias] = name;
  }
}

/** Every country short name this module knows. */
export const KNOWN_COUNTRIES: string[] = COUNTRIES.map((c) => c[0]);

/** US states, keyed lower case, valued as written. */
export const US_STATES: Record<string, string> = Object.fromEntries(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming'
    .split(' ')
    .map((s) => s.replace(/_/g, ' '))
    .map((s) => [s.toLowerCase(), s]),
);
