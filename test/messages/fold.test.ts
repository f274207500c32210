import { describe, expect, test } from 'vitest';
import type { MessageContextInput } from '../../src/messages/index.js';
import { checkMessage } from '../../src/messages/index.js';
import { compilePattern } from '../../src/messages/lexicon/pattern.js';
import { tokenize } from '../../src/messages/text/fold.js';

const CONTEXT: MessageContextInput = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] };
const FOOTER = ' This communication is from a debt collector. Reply STOP to opt out.';

function arrestSpan(text: string): { span: unknown; match: string | null } {
  const f = checkMessage({ channel: 'sms', text: text + FOOTER, context: CONTEXT }).findings.find((x) => x.code === 'REGF-ARREST-SEIZURE');
  return { span: f?.span, match: f?.details?.match ?? null };
}

describe('tokenize', () => {
  test('folds case, width and accents, and keeps spans in the original', () => {
    expect(tokenize('ＡＲＲＥＳＴ Acción  can\u2019t').map((t) => [t.word, t.start, t.end])).toEqual([
      ['arrest', 0, 6],
      ['accion', 7, 13],
      ['cant', 15, 20],
    ]);
  });

  test('keeps combining marks inside their word', () => {
    expect(tokenize('arre\u0301sted now').map((t) => [t.word, t.start, t.end])).toEqual([
      ['arrested', 0, 9],
      ['now', 10, 13],
    ]);
  });

  test('splits on emoji and marks sentence starts, but not inside numbers', () => {
    expect(tokenize('Hi😀there. $1,250.00 Ok').map((t) => [t.word, t.start, t.sentenceStart, t.capitalized])).toEqual([
      ['hi', 0, true, true],
      ['there', 4, false, false],
      ['1', 12, true, false],
      ['250', 14, false, false],
      ['00', 18, false, false],
      ['ok', 21, false, true],
    ]);
  });
});

describe('checkMessage: spans in the original text', () => {
  test('counts emoji as two UTF-16 units', () => {
    expect(arrestSpan('😀😀 We will have you arrested.')).toEqual({ span: { start: 13, end: 30 }, match: 'have you arrested' });
  });

  test('matches through a combining mark and includes it in the span', () => {
    expect(arrestSpan('We will have you arre\u0301sted.')).toEqual({ span: { start: 8, end: 26 }, match: 'have you arre\u0301sted' });
  });

  test('matches full-width letters and extra spaces', () => {
    expect(arrestSpan('We will HAVE   you\n\tａｒｒｅｓｔｅｄ.').match).toBe('HAVE   you\n\tａｒｒｅｓｔｅｄ');
  });

  test('keeps right-to-left text before the match out of the span', () => {
    const text = 'שלום עליכם. We will have you arrested.';
    const { span } = arrestSpan(text) as { span: { start: number; end: number } };
    expect(text.slice(span.start, span.end)).toBe('have you arrested');
  });

  test('is word-bounded: "Food Court" is not a suit, "assessed" is not profanity', () => {
    const result = checkMessage({ channel: 'letter', text: `Pay at the Food Court kiosk; we assessed the fee.${FOOTER}`, context: { ...CONTEXT, debt: { timeBarred: true } } });
    expect(result.findings).toEqual([]);
  });
});

describe('compilePattern', () => {
  test('compiles words, alternatives, optional words, prefixes and numbers', () => {
    const compiled = compilePattern('within|in # hours? garnish*');
    expect(typeof compiled).toBe('object');
    const elements = (compiled as Exclude<typeof compiled, string>).elements;
    expect(elements.map((e) => [[...e.words], e.prefixes, e.number, e.optional])).toEqual([
      [['within', 'in'], [], false, false],
      [[], [], true, false],
      [['hours'], [], false, true],
      [[], ['garnish'], false, false],
    ]);
  });

  test('explains what is wrong with a bad pattern', () => {
    expect(compilePattern('a||b')).toMatch(/empty alternative/);
    expect(compilePattern('ga*')).toMatch(/three letters/);
    expect(compilePattern('(a)')).toMatch(/no meaning/);
    expect(compilePattern('e-mail')).toMatch(/single word/);
    expect(compilePattern('a? b?')).toMatch(/not optional/);
    expect(compilePattern('?')).toMatch(/no word before/);
    expect(compilePattern('   ')).toMatch(/at least one word/);
  });
});
