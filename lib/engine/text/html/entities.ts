/** HTML character references: the named ones policy pages use, numeric ones, and Windows-1252's typographic range. */

/** Named entities seen in policy pages and exported documents (the full HTML table is 2,000+). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002',
  emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d',
  bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a',
  prime: '\u2032', Prime: '\u2033', ndash: '\u2013', mdash: '\u2014', minus: '\u2212',
  hellip: '\u2026', bull: '\u2022', middot: '\u00b7', sect: '\u00a7', para: '\u00b6',
  dagger: '\u2020', Dagger: '\u2021', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', frac12: '\u00bd',
  frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  micro: '\u00b5', permil: '\u2030', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5',
  cent: '\u00a2', curren: '\u00a4', iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa',
  ordm: '\u00ba', not: '\u00ac', macr: '\u00af', acute: '\u00b4', cedil: '\u00b8',
  uml: '\u00a8', brvbar: '\u00a6', larr: '\u2190', rarr: '\u2192', uarr: '\u2191',
  darr: '\u2193', harr: '\u2194', rArr: '\u21d2', lArr: '\u21d0', hArr: '\u21d4',
  le: '\u2264', ge: '\u2265', ne: '\u2260', asymp: '\u2248', infin: '\u221e',
  check: '\u2713', starf: '\u2605', loz: '\u25ca', szlig: '\u00df',
  auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6',
  Uuml: '\u00dc', aacute: '\u00e1', eacute: '\u00e9', iacute: '\u00ed', oacute: '\u00f3',
  uacute: '\u00fa', Aacute: '\u00c1', Eacute: '\u00c9', Iacute: '\u00cd', Oacute: '\u00d3',
  Uacute: '\u00da', agrave: '\u00e0', egrave: '\u00e8', igrave: '\u00ec', ograve: '\u00f2',
  ugrave: '\u00f9', Agrave: '\u00c0', Egrave: '\u00c8', acirc: '\u00e2', ecirc: '\u00ea',
  icirc: '\u00ee', ocirc: '\u00f4', ucirc: '\u00fb', atilde: '\u00e3', otilde: '\u00f5',
  ntilde: '\u00f1', Ntilde: '\u00d1', ccedil: '\u00e7', Ccedil: '\u00c7', aring: '\u00e5',
  Aring: '\u00c5', aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8',
  euml: '\u00eb', iuml: '\u00ef', yuml: '\u00ff', oelig: '\u0153', OElig: '\u0152',
  scaron: '\u0161', Scaron: '\u0160', zcaron: '\u017e', Zcaron: '\u017d',
};

/** Windows-1252 code points that HTML numeric references map to typographic characters. */
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x84: 0x201e, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019,
  0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
};

/** Decodes named (from the table) and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let last = 0;
  let semi = -1;
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
    // The next ';' is searched again only once passed, which keeps a text full of '&' linear.
    if (semi !== Infinity && semi <= i) {
      semi = s.indexOf(';', i + 1);
      if (semi < 0) semi = Infinity;
    }
    if (semi === Infinity) break;
    if (semi - i > 33) continue;
    const body = s.slice(i + 1, semi);
    let ch: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const digits = hex ? body.slice(2) : body.slice(1);
      if (digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        let cp = parseInt(digits, hex ? 16 : 10);
        cp = CP1252[cp] ?? cp;
        ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
      }
    } else if (/^[A-Za-z][A-Za-z0-9]*$/.test(body)) {
      ch = NAMED_ENTITIES[body];
    }
    if (ch === undefined) continue;
    out += s.slice(last, i) + ch;
    last = semi + 1;
    i = semi;
  }
  return out + s.slice(last);
}
