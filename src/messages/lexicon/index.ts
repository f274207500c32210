/**
 * The built-in lexicon (English and Spanish), compiled once, plus the scan that finds every
 * family's phrases in a message.
 *
 * @internal
 */
import { unreachable } from '../../internal/unreachable.js';
import type { Token } from '../text/fold.js';
import type { FamilyPhrases, LexiconData, PhraseFamily } from './families.js';
import { PHRASE_FAMILIES } from './families.js';
import type { PatternIndex, RawHit } from './matcher.js';
import { buildIndex, scanTokens } from './matcher.js';
import type { CompiledPattern } from './pattern.js';
import { compilePattern } from './pattern.js';
import { LEXICON_EN } from './en.js';
import { LEXICON_ES } from './es.js';

/**
 * The version of the built-in phrase lists. It changes whenever a phrase is added, removed or
 * changed, so a stored check can say which lists it ran with.
 */
export const LEXICON_VERSION = '1.0.0';

/** The built-in lexicons, by language. */
export const LEXICONS: readonly LexiconData[] = [LEXICON_EN, LEXICON_ES];

/** The lexicon languages. */
export type LexiconLanguage = 'en' | 'es';

/** Each family's number, as a plain object (a property read is cheaper than a `Map` lookup on the hot path). */
const FAMILY_NUMBER: Readonly<Record<string, number>> = Object.fromEntries(PHRASE_FAMILIES.map((f, i) => [f, i]));

/** The number of buckets the families use; custom rules take the buckets after these. */
export const FAMILY_BUCKETS = PHRASE_FAMILIES.length * 4;

/** The bucket of a family's phrases (or exceptions) in one language. */
export function familyBucket(family: PhraseFamily, language: LexiconLanguage, except: boolean): number {
  return (FAMILY_NUMBER[family] as number) * 4 + (language === 'es' ? 2 : 0) + (except ? 1 : 0);
}

/** A pattern with where its hits go, before indexing. */
export interface BucketedPattern {
  readonly pattern: CompiledPattern;
  readonly bucket: number;
}

/** Compiles a pattern the lexicon itself holds; a bad one is a bug in the data. */
function mustCompile(source: string): CompiledPattern {
  const compiled = compilePattern(source);
  if (typeof compiled === 'string') unreachable(`arrears/messages lexicon: ${JSON.stringify(source)}: ${compiled}`);
  return compiled;
}

/** The families only a voicemail's classification reads (12 CFR 1006.2(j)): scanned for voicemails only. */
const LCM_FAMILIES: ReadonlySet<PhraseFamily> = new Set(['lcmIntroduction', 'lcmReplyRequest', 'lcmSalutation', 'lcmOptional', 'lcmFiller']);

function builtInEntries(lcm: boolean): BucketedPattern[] {
  const entries: BucketedPattern[] = [];
  for (const lexicon of LEXICONS) {
    for (const family of PHRASE_FAMILIES) {
      if (LCM_FAMILIES.has(family) !== lcm) continue;
      const phrases: FamilyPhrases | undefined = lexicon.families[family];
      if (phrases === undefined) continue;
      for (const source of phrases.phrases) entries.push({ pattern: mustCompile(source), bucket: familyBucket(family, lexicon.language, false) });
      for (const source of phrases.except ?? []) entries.push({ pattern: mustCompile(source), bucket: familyBucket(family, lexicon.language, true) });
    }
  }
  return entries;
}

let builtIn: PatternIndex | undefined;
let builtInLcm: PatternIndex | undefined;

/** The index of the built-in lexicon (compiled on first use), without the voicemail-only families. */
export function builtInIndex(): PatternIndex {
  builtIn ??= buildIndex(builtInEntries(false));
  return builtIn;
}

/** The index of the voicemail-only families of the built-in lexicon (compiled on first use). */
export function limitedContentIndex(): PatternIndex {
  builtInLcm ??= buildIndex(builtInEntries(true));
  return builtInLcm;
}

/** One phrase found in a message. */
export interface PhraseHit {
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  /** UTF-16 span in the original. */
  readonly start: number;
  readonly end: number;
  /** The pattern that matched. */
  readonly pattern: string;
}

/**
 * Every phrase of every family found in one text, resolved lazily: per bucket, the
 * leftmost-longest hits that do not overlap, minus those inside an exception's hit.
 */
export class PhraseScan {
  /** The folded words of the text. */
  readonly tokens: readonly Token[];
  /** Raw hits by bucket (a sparse array: most buckets have none). */
  private readonly raw: (RawHit[] | undefined)[] = [];
  /** Resolved hits by bucket. */
  private readonly resolved: (readonly PhraseHit[] | undefined)[] = [];
  /** Resolved hits of a family in every language, by family number. */
  private readonly anyLanguage: (readonly PhraseHit[] | undefined)[] = [];

  constructor(tokens: readonly Token[], indexes: readonly PatternIndex[]) {
    this.tokens = tokens;
    const all: RawHit[] = [];
    for (const index of indexes) scanTokens(index, tokens, all);
    const raw = this.raw;
    for (const hit of all) {
      const list = raw[hit.bucket];
      if (list === undefined) raw[hit.bucket] = [hit];
      else list.push(hit);
    }
  }

  /** Resolved hits of one bucket. */
  bucket(bucket: number, exceptBucket: number | null): readonly PhraseHit[] {
    const cached = this.resolved[bucket];
    if (cached !== undefined) return cached;
    const raw = this.raw[bucket];
    if (raw === undefined) {
      this.resolved[bucket] = NO_HITS;
      return NO_HITS;
    }
    const hits = leftmostLongest(raw);
    const exceptRaw = exceptBucket === null ? undefined : this.raw[exceptBucket];
    const excepts = exceptRaw === undefined ? [] : leftmostLongest(exceptRaw, true);
    const kept: PhraseHit[] = [];
    for (const hit of hits) {
      if (excepts.some((e) => e.first <= hit.first && e.last >= hit.last)) continue;
      const first = this.tokens[hit.first] as Token;
      const last = this.tokens[hit.last] as Token;
      kept.push({ first: hit.first, last: hit.last, start: first.start, end: last.end, pattern: hit.pattern });
    }
    this.resolved[bucket] = kept;
    return kept;
  }

  /** Hits of a family in one language, or in every language (`'any'`), by position. */
  hits(family: PhraseFamily, language: LexiconLanguage | 'any'): readonly PhraseHit[] {
    const base = (FAMILY_NUMBER[family] as number) * 4;
    if (language !== 'any') {
      const es = language === 'es' ? 2 : 0;
      return this.bucket(base + es, base + es + 1);
    }
    const cached = this.anyLanguage[base];
    if (cached !== undefined) return cached;
    const en = this.raw[base] === undefined ? NO_HITS : this.bucket(base, base + 1);
    const es = this.raw[base + 2] === undefined ? NO_HITS : this.bucket(base + 2, base + 3);
    const merged = es.length === 0 ? en : en.length === 0 ? es : leftmostLongest([...en, ...es]);
    this.anyLanguage[base] = merged;
    return merged;
  }
}

const NO_HITS: readonly PhraseHit[] = Object.freeze([]);

/** Sorts hits by start, longest first, and drops any that overlaps a kept one. */
function leftmostLongest<H extends { first: number; last: number }>(hits: readonly H[], keepOverlaps = false): H[] {
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  if (keepOverlaps) return sorted;
  const out: H[] = [];
  let end = -1;
  for (const hit of sorted) {
    if (hit.first > end) {
      out.push(hit);
      end = hit.last;
    }
  }
  return out;
}
