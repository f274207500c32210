/**
 * Phrase patterns: the small, linear-time language the lexicon and policies write phrases in.
 *
 * A pattern is a list of elements separated by spaces; the text must contain the elements as
 * consecutive words (after folding, see `fold.ts`). An element is one or more alternatives
 * separated by `|`; an alternative is a word (`arrested`), a word prefix (`garnish*`, at least
 * three letters before the `*`), or `#` (any number). A trailing `?` makes the element optional
 * (`lose this|the offer forever?`). At most 16 elements, at least one of them required.
 *
 * There is no nesting and no repetition, so matching is a walk over the words with a set of at
 * most 13 states: linear in the text's length, whatever the text.
 *
 * @internal
 */
import { foldWords } from '../text/fold.js';

/** One element of a compiled pattern. */
export interface PatternElement {
  /** Whole words it accepts. */
  readonly words: ReadonlySet<string>;
  /** Word prefixes it accepts (`garnish` for `garnish*`). */
  readonly prefixes: readonly string[];
  /** It accepts any number. */
  readonly number: boolean;
  /** It may be skipped. */
  readonly optional: boolean;
}

/** A compiled pattern. */
export interface CompiledPattern {
  /** The source, as written. */
  readonly source: string;
  /** Its elements, in order. */
  readonly elements: readonly PatternElement[];
}

/** The longest pattern, in elements. */
export const MAX_PATTERN_ELEMENTS = 16;

/** Compiles a pattern, or returns a sentence saying why it is not one. */
export function compilePattern(source: string): CompiledPattern | string {
  if (typeof source !== 'string') return 'a pattern must be a string.';
  const parts = source.trim().split(/\s+/);
  if (source.trim() === '') return 'a pattern must contain at least one word.';
  if (parts.length > MAX_PATTERN_ELEMENTS) return `a pattern has at most ${MAX_PATTERN_ELEMENTS} words (got ${parts.length}).`;
  const elements: PatternElement[] = [];
  for (const part of parts) {
    let body = part;
    let optional = false;
    if (body.endsWith('?')) {
      optional = true;
      body = body.slice(0, -1);
    }
    if (body === '') return `"${part}" has no word before "?".`;
    const words = new Set<string>();
    const prefixes: string[] = [];
    let number = false;
    for (const alternative of body.split('|')) {
      if (alternative === '') return `"${part}" has an empty alternative (two "|" in a row, or one at an end).`;
      if (alternative === '#') {
        number = true;
        continue;
      }
      const isPrefix = alternative.endsWith('*');
      const raw = isPrefix ? alternative.slice(0, -1) : alternative;
      if (/[*?|#()[\]{}\\+^$]/.test(raw)) return `"${alternative}" contains a character with no meaning in a phrase pattern (only words, "|", a trailing "*" or "?", and "#" are allowed).`;
      const folded = foldWords(raw);
      if (folded.length !== 1 || (folded[0] as string).length !== raw.replace(/['\u2019\u02bc]/g, '').normalize('NFKD').replace(/\p{M}/gu, '').length) {
        return `"${alternative}" is not a single word of letters and digits (write one word per element; separate words with spaces).`;
      }
      const word = folded[0] as string;
      if (isPrefix) {
        if (word.length < 3) return `"${alternative}": a prefix needs at least three letters before "*".`;
        prefixes.push(word);
      } else {
        words.add(word);
      }
    }
    elements.push({ words, prefixes, number, optional });
  }
  if (elements.every((e) => e.optional)) return 'a pattern needs at least one word that is not optional.';
  return { source, elements };
}
