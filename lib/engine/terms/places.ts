/** What law-choice clauses say beyond a country's name: "Swedish law", "the State of California". */

/** "swedish" -> Sweden: names are the English short names of lib/engine/baseline/baseline.ts (canonicalCountry). */
export const COUNTRY_ADJECTIVES: Record<string, string> = {
  austrian: 'Austria', belgian: 'Belgium', bulgarian: 'Bulgaria', croatian: 'Croatia', cypriot: 'Cyprus',
  czech: 'Czechia', danish: 'Denmark', estonian: 'Estonia', finnish: 'Finland', french: 'France',
  german: 'Germany', greek: 'Greece', hungarian: 'Hungary', irish: 'Ireland', italian: 'Italy',
  latvian: 'Latvia', lithuanian: 'Lithuania', luxembourgish: 'Luxembourg', maltese: 'Malta',
  dutch: 'Netherlands', polish: 'Poland', portuguese: 'Portugal', romanian: 'Romania', slovak: 'Slovakia',
  slovenian: 'Slovenia', spanish: 'Spain', swedish: 'Sweden', icelandic: 'Iceland', norwegian: 'Norway',
  english: 'United Kingdom', british: 'United Kingdom', scottish: 'United Kingdom', swiss: 'Switzerland',
  american: 'United States', canadian: 'Canada', australian: 'Australia', japanese: 'Japan',
  singaporean: 'Singapore', indian: 'India', israeli: 'Israel', brazilian: 'Brazil', chinese: 'China',
  korean: 'South Korea', argentine: 'Argentina', mexican: 'Mexico', turkish: 'Turkey', ukrainian: 'Ukraine',
  serbian: 'Serbia', taiwanese: 'Taiwan',
};

/** US states, keyed lower case, valued as written. */
export const US_STATES: Record<string, string> = Object.fromEntries(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming'
    .split(' ')
    .map((s) => s.replace(/_/g, ' '))
    .map((s) => [s.toLowerCase(), s]),
);
