/** Countries a governing-law setting may name, EU/EEA groupings, and the canonical name of a country as written. */

export const EU_COUNTRIES: readonly string[] = [
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland',
  'France', 'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg',
  'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Spain', 'Sweden',
];
/** The 27 EU member states plus the EEA's Iceland, Liechtenstein and Norway. */
export const EU_EEA_COUNTRIES: readonly string[] = [...EU_COUNTRIES, 'Iceland', 'Liechtenstein', 'Norway'];
export const DEFAULT_ALLOWED_COUNTRIES: readonly string[] = [...EU_EEA_COUNTRIES, 'United Kingdom', 'Switzerland'];

/**
 * Every name a governing-law setting may use: UN member states and observers, plus
 * territories that contracts commonly choose as their law (Jersey, Hong Kong, ...).
 */
export const COUNTRIES: readonly string[] = [
  ...DEFAULT_ALLOWED_COUNTRIES,
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Burkina Faso', 'Burundi',
  'Cabo Verde', 'Cambodia', 'Cameroon', 'Canada', 'Central African Republic', 'Chad', 'Chile', 'China',
  'Colombia', 'Comoros', 'Congo', 'Costa Rica', "Côte d'Ivoire", 'Cuba', 'Democratic Republic of the Congo',
  'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea',
  'Eritrea', 'Eswatini', 'Ethiopia', 'Fiji', 'Gabon', 'Gambia', 'Georgia', 'Ghana', 'Grenada', 'Guatemala',
  'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'India', 'Indonesia', 'Iran', 'Iraq', 'Israel',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia',
  'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'New Zealand', 'Nicaragua',
  'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Qatar', 'Russia', 'Rwanda', 'Saint Kitts and Nevis',
  'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino', 'São Tomé and Príncipe',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Solomon Islands',
  'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Sri Lanka', 'Sudan', 'Suriname', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago',
  'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United States',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  'Bermuda', 'British Virgin Islands', 'Cayman Islands', 'Faroe Islands', 'Gibraltar', 'Greenland',
  'Guernsey', 'Hong Kong', 'Isle of Man', 'Jersey', 'Macao',
];

/** Other spellings that name a listed country; legal systems of the UK name the UK. */
const COUNTRY_ALIASES: Record<string, string> = {
  'czech republic': 'Czechia',
  holland: 'Netherlands',
  uk: 'United Kingdom',
  'great britain': 'United Kingdom',
  britain: 'United Kingdom',
  england: 'United Kingdom',
  'england and wales': 'United Kingdom',
  wales: 'United Kingdom',
  scotland: 'United Kingdom',
  'northern ireland': 'United Kingdom',
  us: 'United States',
  usa: 'United States',
  'united states of america': 'United States',
  'republic of ireland': 'Ireland',
  eire: 'Ireland',
  turkiye: 'Turkey',
  korea: 'South Korea',
  'republic of korea': 'South Korea',
  'russian federation': 'Russia',
  'ivory coast': "Côte d'Ivoire",
  'cape verde': 'Cabo Verde',
  swaziland: 'Eswatini',
  burma: 'Myanmar',
  'east timor': 'Timor-Leste',
  'holy see': 'Vatican City',
  vatican: 'Vatican City',
  macedonia: 'North Macedonia',
  uae: 'United Arab Emirates',
  'viet nam': 'Vietnam',
  'brunei darussalam': 'Brunei',
  macau: 'Macao',
};

/** Folds case, accents, dots and a leading "the" so "the U.K." and "uk" compare equal. */
export function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const COUNTRY_BY_KEY = new Map<string, string>([
  ...COUNTRIES.map((c): [string, string] => [countryKey(c), c]),
  ...Object.entries(COUNTRY_ALIASES),
]);

/** The listed English short name for a country name or alias, or null when unknown. */
export function canonicalCountry(name: string): string | null {
  return COUNTRY_BY_KEY.get(countryKey(name)) ?? null;
}

