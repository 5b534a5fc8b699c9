/** The date a document says it was last updated or took effect ("Last updated: October 5, 2020"). */

const MONTHS: Record<string, number> = {};
[
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'januari februari mars april maj juni juli augusti september oktober november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
].forEach((list) => list.split(' ').forEach((m, i) => (MONTHS[m] = i + 1)));
MONTHS.sept = 9;
MONTHS.jänner = 1;
MONTHS.maerz = 3;

const CUE =
  /\b(?:last\s+(?:updated|modified|revised|changed)|updated(?:\s+on)?|effective(?:\s+date|\s+as\s+of|\s+from)?|date\s+of\s+last\s+revision|revised|version\s+date|(?:zuletzt\s+)?(?:aktualisiert|geändert)(?:\s+am)?|stand|gültig\s+ab|senast\s+(?:uppdaterad|ändrad)|uppdaterad|gäller\s+från(?:\s+och\s+med)?)\b[\s:–—-]*(?:on\s+|am\s+|den\s+)?/giu;

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DATE = new RegExp(
  String.raw`^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})|(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4}))`,
  'iu',
);

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Where to look: documents state it at the top or the very end. */
const HEAD = 4000;
const TAIL = 3000;

/** The stated "last updated" / "effective" date as YYYY-MM-DD, or null when the text states none. */
export function statedDate(text: string): string | null {
  const parts = text.length > HEAD + TAIL ? [text.slice(0, HEAD), text.slice(-TAIL)] : [text];
  for (const part of parts) {
    CUE.lastIndex = 0;
    for (let m = CUE.exec(part); m; m = CUE.exec(part)) {
      const d = DATE.exec(part.slice(CUE.lastIndex, CUE.lastIndex + 40));
      if (!d) continue;
      const month = (s: string) => MONTHS[s.toLowerCase()];
      const v =
        d[1] ? iso(+d[1], +d[2], +d[3])
        : d[4] ? iso(+d[6], +d[5], +d[4])
        : d[7] ? iso(+d[9], month(d[8]), +d[7])
        : d[10] ? iso(+d[12], month(d[10]), +d[11])
        : d[13] ? iso(+d[15], +d[13], +d[14])
        : null;
      if (v) return v;
    }
  }
  return null;
}
