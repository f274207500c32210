/**
 * Runs many phrase patterns over a token list in one pass. Patterns are indexed by their first
 * element (whole word, three-letter prefix, or number), so each word of the text looks up only
 * the patterns that can start there; each candidate is then walked with a bit set of states
 * (at most 17), keeping the longest match. Time: O(words x candidates x pattern length).
 *
 * @internal
 */
import type { Token } from '../text/fold.js';
import type { CompiledPattern, PatternElement } from './pattern.js';

/** A pattern with the bucket its hits go to. */
export interface IndexedPattern {
  readonly pattern: CompiledPattern;
  /** Where the hits go (a family, language and kind, as one small integer). */
  readonly bucket: number;
  /** Index of the first element to match (optional leading elements are expanded). */
  readonly from: number;
  /** No element from `from` on is optional: the match is a plain walk. */
  readonly plain: boolean;
}

/** A compiled set of patterns. */
export interface PatternIndex {
  readonly byWord: ReadonlyMap<string, readonly IndexedPattern[]>;
  /** Prefix patterns by the first UTF-16 unit of their prefix. */
  readonly byPrefix: ReadonlyMap<number, readonly IndexedPattern[]>;
  readonly byNumber: readonly IndexedPattern[];
}

/** One raw hit: token indexes `[first, last]` (inclusive). */
export interface RawHit {
  readonly bucket: number;
  readonly first: number;
  readonly last: number;
  readonly pattern: string;
}

function push<K>(map: Map<K, IndexedPattern[]>, key: K, value: IndexedPattern): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Builds the index for `entries`. */
export function buildIndex(entries: readonly { pattern: CompiledPattern; bucket: number }[]): PatternIndex {
  const byWord = new Map<string, IndexedPattern[]>();
  const byPrefix = new Map<number, IndexedPattern[]>();
  const byNumber: IndexedPattern[] = [];
  for (const { pattern, bucket } of entries) {
    // A pattern may start at its first element, or (if that is optional) at the next, and so on.
    for (let from = 0; from < pattern.elements.length; from += 1) {
      const element = pattern.elements[from] as PatternElement;
      const plain = pattern.elements.slice(from).every((e) => !e.optional);
      const indexed: IndexedPattern = { pattern, bucket, from, plain };
      for (const word of element.words) push(byWord, word, indexed);
      for (const first of new Set(element.prefixes.map((prefix) => prefix.charCodeAt(0)))) push(byPrefix, first, indexed);
      if (element.number) byNumber.push(indexed);
      if (!element.optional) break;
    }
  }
  return { byWord, byPrefix, byNumber };
}

function accepts(element: PatternElement, token: Token): boolean {
  if (element.words.has(token.word)) return true;
  if (element.number && token.numeric) return true;
  for (const prefix of element.prefixes) if (token.word.startsWith(prefix)) return true;
  return false;
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k += 1) if (word.startsWith(prefixes[k] as string)) return true;
  return false;
}

/** Adds the states reachable by skipping optional elements. */
function closure(states: number, elements: readonly PatternElement[]): number {
  let out = states;
  for (let k = 0; k < elements.length; k += 1) {
    if ((out & (1 << k)) !== 0 && (elements[k] as PatternElement).optional) out |= 1 << (k + 1);
  }
  return out;
}

/** The last token index of the longest match of `p` starting at token `i` (which `p`'s first element accepts), or -1. */
function matchAt(p: IndexedPattern, tokens: readonly Token[], i: number): number {
  const elements = p.pattern.elements;
  if (p.plain) {
    const n = elements.length - p.from;
    if (i + n > tokens.length) return -1;
    // The index only offers `p` at a token its first element accepts: start at the second.
    for (let k = 1; k < n; k += 1) if (!accepts(elements[p.from + k] as PatternElement, tokens[i + k] as Token)) return -1;
    return i + n - 1;
  }
  const done = 1 << elements.length;
  let states = closure(1 << p.from, elements);
  let last = -1;
  for (let j = i; j < tokens.length && states !== 0; j += 1) {
    const token = tokens[j] as Token;
    let next = 0;
    for (let k = 0; k < elements.length; k += 1) {
      if ((states & (1 << k)) !== 0 && accepts(elements[k] as PatternElement, token)) next |= 1 << (k + 1);
    }
    states = closure(next, elements);
    if ((states & done) !== 0) last = j;
  }
  return last;
}

/** Scans `tokens` with `index`, appending every match to `out`. */
export function scanTokens(index: PatternIndex, tokens: readonly Token[], out: RawHit[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const exact = index.byWord.get(token.word);
    if (exact !== undefined) for (const p of exact) tryAt(p, tokens, i, out);
    if (index.byPrefix.size > 0) {
      const prefixed = index.byPrefix.get(token.word.charCodeAt(0));
      if (prefixed !== undefined) for (const p of prefixed) if (startsWithAny(token.word, (p.pattern.elements[p.from] as PatternElement).prefixes)) tryAt(p, tokens, i, out);
    }
    if (token.numeric) for (const p of index.byNumber) tryAt(p, tokens, i, out);
  }
}

function tryAt(p: IndexedPattern, tokens: readonly Token[], i: number, out: RawHit[]): void {
  const last = matchAt(p, tokens, i);
  if (last >= 0) out.push({ bucket: p.bucket, first: i, last, pattern: p.pattern.source });
}
