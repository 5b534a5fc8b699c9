/**
 * The glyphs a list item starts with, in every reader's text: typed bullets and dashes, and the private-use code
 * points word processors' Symbol and Wingdings fonts put in PDFs ("\uf0b7" for Word's round bullet), which
 * extraction hands over as they are.
 */
const GLYPHS = [
  '•', '●', '▪', '◦', '‣', '∙', '·', '■', '□', '▫', '○', '◆', '◇', '❖', '➢', '➤', '►', '▶', '✓', '✔',
  // Word's Symbol bullet, Wingdings' square, diamond, arrowheads, tick, box and black square.
  '\uf0b7', '\uf0a7', '\uf076', '\uf0d8', '\uf0e8', '\uf0fc', '\uf0a8', '\uf06e', '\uf071',
];

/** Bullet glyphs and the dashes and asterisk plain text uses as bullets. */
export const BULLET_CHARS = `${GLYPHS.join('')}*–—-`;

/** A regex character class of the bullets (dash last, so it is literal). */
export const BULLET_CLASS = `[${GLYPHS.join('')}*–—-]`;

/** A line that starts with a bullet and a space: "• Records of contracts". */
export const BULLET_START = new RegExp(`^${BULLET_CLASS}\\s`);

/**
 * Glyphs that mark an item even inside a line or paragraph ("… in writing • the Controller …"), where extraction ran
 * a list together: the bullets proper, not dots, circles and ticks that also separate menu entries or mark choices.
 */
export const INLINE_GLYPH_CLASS = '[•●▪‣■◆❖➢➤►\uf0b7\uf0a7\uf076\uf0d8\uf0e8\uf0fc\uf0a8\uf06e\uf071]';
