/**
 * The folded, whitespace-collapsed copy of a message that the lexicon is matched against, as a
 * list of word tokens, each with its span in the original string (UTF-16 indices).
 *
 * Folding, per code point of the original: compatibility decomposition (NFKD, so full-width
 * `ＡＢＣ`, ligatures and other look-alikes become their plain letters), combining marks removed
 * (`acción` and `accion` match alike), lower case. A word is a run of letters and digits;
 * combining marks stay inside the word they follow; an apostrophe between two letters joins
 * them (`can't` is the one word `cant`); anything else separates words, so several spaces,
 * tabs and line breaks count as one gap. One pass, linear in the length of the text.
 *
 * @internal
 */

/** One word of the folded copy. */
export interface Token {
  /** The folded word: lower-case letters and digits only. */
  readonly word: string;
  /** First UTF-16 index in the original text. */
  readonly start: number;
  /** UTF-16 index after the last code unit (trailing combining marks included). */
  readonly end: number;
  /** The word's first letter is upper case in the original (`Robin`). */
  readonly capitalized: boolean;
  /** The word is made of digits only. */
  readonly numeric: boolean;
  /** A sentence ends (`.`, `!`, `?`) between the previous word and this one, or it is the first. */
  readonly sentenceStart: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /^\p{M}$/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const foldCache = new Map<number, string>();

/** The folded form of one non-ASCII code point: NFKD, marks removed, lower case. */
function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (foldCache.size < 4096) foldCache.set(cp, folded);
  }
  return folded;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

/** A letter or digit right after a `.` means it is inside a number or an abbreviation (`1,250.00`, `e.g`), not a sentence end. */
function isWordStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Splits `text` into folded word tokens with spans into the original. Linear time: every code
 * unit is looked at once (a non-ASCII code point's fold is cached).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let word = '';
  let start = -1;
  let end = -1;
  let capitalized = false;
  let numeric = true;
  let sentenceStart = true;
  let pendingSentence = true;
  // While a word is plain ASCII letters and digits, it is cut from the text at the end
  // (one slice) instead of being built a character at a time.
  let plain = true;
  // Whether the plain word so far holds an ASCII upper-case letter (else it needs no lower-casing).
  let upper = false;

  const flush = (): void => {
    if (start >= 0) {
      if (plain) word = upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
      if (word !== '') {
        tokens.push({ word, start, end, capitalized, numeric, sentenceStart });
        pendingSentence = false;
      }
    }
    word = '';
    start = -1;
    numeric = true;
    plain = true;
    upper = false;
  };
  const unplain = (upTo: number): void => {
    if (plain) {
      word = start >= 0 ? text.slice(start, upTo).toLowerCase() : '';
      plain = false;
    }
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
        if (start < 0) {
          start = i;
          capitalized = false;
          sentenceStart = pendingSentence;
        }
        if (c > 0x39) numeric = false;
        if (!plain) word += text[i];
        end = i + 1;
      } else if (c >= 0x41 && c <= 0x5a) {
        if (start < 0) {
          start = i;
          capitalized = true;
          sentenceStart = pendingSentence;
        }
        numeric = false;
        upper = true;
        if (!plain) word += String.fromCharCode(c + 32);
        end = i + 1;
      } else if (isApostrophe(c) && start >= 0 && !numeric && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) {
        // can't -> cant: the apostrophe joins two letters and adds nothing
        unplain(i);
      } else {
        flush();
        if ((c === 0x2e || c === 0x21 || c === 0x3f) && !isWordStart(text.charCodeAt(i + 1))) pendingSentence = true;
      }
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isApostrophe(c) && start >= 0 && !numeric && i + 1 < n && WORD_CHAR.test(text[i + 1] as string)) {
      unplain(i);
      i += width;
      continue;
    }
    unplain(i);
    const folded = foldCodePoint(cp);
    if (folded === '') {
      // a combining mark (or a default-ignorable character) stays inside the current word
      if (start >= 0 && MARK.test(String.fromCodePoint(cp))) end = i + width;
      else flush();
      i += width;
      continue;
    }
    for (const ch of folded) {
      if (WORD_CHAR.test(ch)) {
        if (start < 0) {
          start = i;
          capitalized = UPPER.test(String.fromCodePoint(cp));
          sentenceStart = pendingSentence;
        }
        if (!(ch >= '0' && ch <= '9')) numeric = false;
        word += ch;
        end = i + width;
      } else {
        flush();
        if (cp === 0x3002 || cp === 0xff0e || cp === 0xff01 || cp === 0xff1f || cp === 0xa1 || cp === 0xbf) pendingSentence = true;
      }
    }
    i += width;
  }
  flush();
  return tokens;
}

/**
 * Folds a lexicon word the way {@link tokenize} folds text: returns the folded words of
 * `source` (usually one).
 */
export function foldWords(source: string): string[] {
  return tokenize(source).map((t) => t.word);
}

const foldedWordsCache = new Map<string, readonly string[]>();

/**
 * {@link foldWords}, remembered: for the short strings a context declares once and every
 * message reuses (a business name, a license number). The answer is frozen; the memo stops
 * growing at 256 strings.
 */
export function foldedWords(source: string): readonly string[] {
  let words = foldedWordsCache.get(source);
  if (words === undefined) {
    words = Object.freeze(foldWords(source));
    if (foldedWordsCache.size < 256) foldedWordsCache.set(source, words);
  }
  return words;
}
