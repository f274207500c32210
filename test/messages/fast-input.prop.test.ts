import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isArrearsError } from '../../src/errors/index.js';
import { fastCheckMessageInput } from '../../src/messages/fast-input.js';
import { checkMessage, CheckMessageInputSchema } from '../../src/messages/index.js';
import { checkMessageInputArb } from '../arbitraries/messages.js';
import { expectSchemaAgrees } from '../support/fast-path.js';

// checkMessage parses inputs in the common shape without zod (fast-input.ts). These properties
// pin that path to the schema: it accepts only what the schema accepts and parses it to the
// same value (same keys in the same order, arrays frozen alike), and checkMessage answers (or
// fails) the same on both paths. `policy: undefined` always takes the schema path, which makes
// the comparison possible.

/** The outcome of a call: its result, or the error's name, code, path and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { result: fn() };
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return { name: error.name, code: error.code, path: error.path, message: error.message, issues: (error as { issues?: unknown }).issues };
  }
}

type Raw = Record<string, unknown>;
/** The context to spoil, or a throwaway object when an earlier flaw replaced it. */
const ctx = (i: Raw): Raw => (typeof i.context === 'object' && i.context !== null ? (i.context as Raw) : {});

/** One thing wrong (or unusual) with an input: each makes one path decide something else. */
const FLAWS: ReadonlyArray<(input: Raw) => void> = [
  (i) => (i.channel = 'fax'),
  (i) => (i.channel = 'email'),
  (i) => (i.channel = 'letter'),
  (i) => (i.text = 5),
  (i) => (i.text = 'x'.repeat(1_000_001)),
  (i) => (i.subject = 'Your plan'),
  (i) => (i.subject = 'x'.repeat(1001)),
  (i) => (i.subject = undefined),
  (i) => (i.stray = true),
  (i) => (i.policy = { rules: { 'REGF-PROFANITY': { minSeverity: 'info' } } }),
  (i) => (i.context = null),
  (i) => (i.context = []),
  (i) => (ctx(i).sender = 'lawyer'),
  (i) => delete ctx(i).sender,
  (i) => (ctx(i).language = 'fr'),
  (i) => (ctx(i).recipient = 'neighbour'),
  (i) => (ctx(i).recipient = undefined),
  (i) => (ctx(i).initialCommunication = 'yes'),
  (i) => (ctx(i).attorneyInvolved = 1),
  (i) => (ctx(i).finalNotice = null),
  (i) => (ctx(i).postcard = true),
  (i) => (ctx(i).businessName = ''),
  (i) => (ctx(i).businessName = 'x'.repeat(201)),
  (i) => (ctx(i).businessName = 'x'.repeat(200)),
  (i) => (ctx(i).licenseNumber = 'x'.repeat(65)),
  (i) => (ctx(i).licenseNumber = ''),
  (i) => (ctx(i).intendedActions = ['lawsuit', 'jail']),
  (i) => (ctx(i).intendedActions = []),
  (i) => (ctx(i).lawfulActions = 'lawsuit'),
  // eslint-disable-next-line no-sparse-arrays
  (i) => (ctx(i).lawfulActions = ['lawsuit', , 'garnishment']),
  (i) => (ctx(i).jurisdictions = []),
  (i) => (ctx(i).jurisdictions = ['us-ca']),
  (i) => (ctx(i).jurisdictions = ['US-NY-NYC', 'US-ZZZZ']),
  (i) => (ctx(i).jurisdictions = Array.from({ length: 17 }, () => 'US')),
  (i) => (ctx(i).jurisdictions = Array.from({ length: 16 }, () => 'US-MA')),
  (i) => (ctx(i).debt = { amount: '10' }),
  (i) => (ctx(i).debt = { currency: 'USD' }),
  (i) => (ctx(i).debt = { amount: '10.001', currency: 'USD' }),
  (i) => (ctx(i).debt = { amount: '1,000', currency: 'USD' }),
  (i) => (ctx(i).debt = { amount: '-5', currency: 'USD' }),
  (i) => (ctx(i).debt = { amount: '10', currency: 'XYZ' }),
  (i) => (ctx(i).debt = { amount: '10', currency: 'JPY' }),
  (i) => (ctx(i).debt = { amount: 10, currency: 'USD' }),
  (i) => (ctx(i).debt = { timeBarred: 'no' }),
  (i) => (ctx(i).debt = { timeBarred: true, extra: 1 }),
  (i) => (ctx(i).debt = {}),
  (i) => (ctx(i).offer = { expiresAt: '2026-03-01T00:00:00Z' }),
  (i) => (ctx(i).asOf = '2026-03-01'),
  (i) => (ctx(i).asOf = '2026-02-30'),
  (i) => (ctx(i).asOf = '2024-02-29'),
  (i) => (ctx(i).asOf = '2025-02-29'),
  (i) => (ctx(i).asOf = '0000-01-01'),
  (i) => (ctx(i).asOf = '9999-12-31'),
  (i) => (ctx(i).asOf = '2026-3-01'),
  (i) => (ctx(i).asOf = '2026-03-01T00:00:00Z'),
  (i) => (ctx(i).asOf = ' 2026-03-01'),
  (i) => (ctx(i).asOf = ''),
  (i) => (ctx(i).asOf = 20260301),
  (i) => (ctx(i).asOf = undefined),
  (i) => (ctx(i).extra = 'x'),
];

const flawedInputArb = fc.tuple(checkMessageInputArb, fc.subarray(FLAWS.map((_, k) => k), { maxLength: 3 })).map(([input, flaws]) => {
  const raw = structuredClone(input) as Raw;
  for (const k of flaws) (FLAWS[k] as (i: Raw) => void)(raw);
  return raw;
});

/** Strings near a calendar date: real dates, impossible days, wrong shapes, years out of range. */
const dateLikeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}\s?$/),
);

describe('checkMessage fast path', () => {
  test('takes asOf exactly as the schema does (any date-like string)', () => {
    fc.assert(
      fc.property(checkMessageInputArb, dateLikeArb, (input, asOf) => {
        const raw = structuredClone(input) as Raw;
        ctx(raw).asOf = asOf;
        const fast = fastCheckMessageInput(raw);
        const parsed = expectSchemaAgrees(fast, CheckMessageInputSchema, raw);
        // A valid date never sends an otherwise common-shape input to the schema.
        if (parsed.success && (input.subject === undefined || input.channel === 'email')) expect(fast).toBeDefined();
        if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 300 },
    );
  });


  test('accepts only what the schema accepts, and parses it to the same value', () => {
    fc.assert(
      fc.property(flawedInputArb, (raw) => {
        const fast = fastCheckMessageInput(raw);
        expectSchemaAgrees(fast, CheckMessageInputSchema, raw);
        if (fast !== undefined) {
          const slow = CheckMessageInputSchema.parse(raw);
          expect(fast).toStrictEqual(slow);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          const context = fast.context as Record<string, unknown>;
          for (const key of ['intendedActions', 'lawfulActions', 'jurisdictions']) if (context[key] !== undefined) expect(Object.isFrozen(context[key])).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('takes the common shape (valid inputs of the arbitrary)', () => {
    fc.assert(
      fc.property(checkMessageInputArb, (input) => {
        fc.pre(input.subject === undefined || input.channel === 'email');
        expect(fastCheckMessageInput(input)).toBeDefined();
      }),
    );
  });

  test('checkMessage gives the same result or the same error on both paths', () => {
    fc.assert(
      fc.property(flawedInputArb, (raw) => {
        expect(outcome(() => checkMessage(raw as never))).toStrictEqual(outcome(() => checkMessage({ policy: undefined, ...raw } as never)));
      }),
      { numRuns: 300 },
    );
  });
});
