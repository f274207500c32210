import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isArrearsError } from '../../src/errors/index.js';
import { fastReminderTextInput } from '../../src/messages/fast-reminder-input.js';
import { reminderText, ReminderTextInputSchema } from '../../src/messages/index.js';
import { expectSchemaAgrees } from '../support/fast-path.js';

// reminderText parses inputs in the planner's shape without zod (fast-reminder-input.ts). These
// properties pin that path to the schema: it accepts only what the schema accepts and parses
// it to the same value (defaults, keys and their order), and reminderText answers (or fails)
// the same on both paths. `callback: undefined` always takes the schema path.

type Raw = Record<string, unknown>;
const obj = (i: Raw, key: string): Raw => (typeof i[key] === 'object' && i[key] !== null ? (i[key] as Raw) : {});

const contactArb = fc.oneof(
  fc.record({ phone: fc.constantFrom('1-800-555-0100', '+1 (212) 555-0100') }),
  fc.record({ url: fc.constantFrom('https://pay.example.com', 'http://example.com/plan?id=7') }),
  fc.record({ phone: fc.constant('1-800-555-0100'), url: fc.constant('https://pay.example.com') }),
);
const baseArb = fc
  .record(
    {
      kind: fc.constantFrom('upcoming', 'dueToday', 'pastDue'),
      installment: fc.record({
        number: fc.integer({ min: 1, max: 12 }),
        installmentCount: fc.constant(12),
        dueDate: fc.constantFrom('2026-12-15', '2024-02-29', '2027-01-31'),
        dueAmount: fc.constantFrom('100.00', '0.50', '1250', '99.9', '0', '12.500'),
        currency: fc.constantFrom('USD', 'EUR'),
      }),
      daysLate: fc.integer({ min: 1, max: 400 }),
      language: fc.constantFrom('en', 'es'),
      channel: fc.constantFrom('sms', 'email', 'letter'),
      sender: fc.record({ kind: fc.constantFrom('debtCollector', 'creditor'), businessName: fc.constantFrom('ABC Recovery', 'ABC, Inc.'), businessNameIndicatesDebtCollection: fc.boolean() }, { requiredKeys: ['kind', 'businessName'] }),
      initialCommunication: fc.constant(false),
      waysForward: fc.record({ payNow: contactArb, newPlan: contactArb, talkToSomeone: contactArb }, { requiredKeys: [] }),
      unsubscribeUrl: fc.constant('https://example.com/unsubscribe'),
    },
    { requiredKeys: ['kind', 'installment', 'channel', 'sender'] },
  )
  .map((input) => {
    const raw: Raw = { ...input };
    if (input.kind === 'pastDue') raw.daysLate ??= 3;
    else delete raw.daysLate;
    if (input.channel !== 'email') delete raw.unsubscribeUrl;
    return raw;
  });

/** One thing wrong (or unusual) with an input: each makes one path decide something else. */
const FLAWS: ReadonlyArray<(input: Raw) => void> = [
  (i) => (i.kind = 'overdue'),
  (i) => (i.kind = 'pastDue'),
  (i) => (i.kind = 'upcoming'),
  (i) => (i.daysLate = 0),
  (i) => (i.daysLate = 36_501),
  (i) => (i.daysLate = 2.5),
  (i) => (i.daysLate = '3'),
  (i) => delete i.daysLate,
  (i) => (i.language = 'fr'),
  (i) => (i.language = null),
  (i) => (i.language = undefined),
  (i) => (i.channel = 'voicemail'),
  (i) => (i.channel = 'call'),
  (i) => (i.channel = 'email'),
  (i) => (i.channel = 'letter'),
  (i) => (i.initialCommunication = true),
  (i) => (i.initialCommunication = null),
  (i) => (i.initialCommunication = 'no'),
  (i) => (i.unsubscribeUrl = 'https://example.com/u'),
  (i) => (i.unsubscribeUrl = 'ftp://example.com/u'),
  (i) => (i.unsubscribeUrl = 'https://example.com/a b'),
  (i) => (i.callback = { names: ['Robin Smith'], phone: '1-800-555-0100' }),
  (i) => (i.stray = 1),
  (i) => (i.installment = null),
  (i) => (obj(i, 'installment').number = 13),
  (i) => (obj(i, 'installment').number = 0),
  (i) => (obj(i, 'installment').installmentCount = 100_001),
  (i) => (obj(i, 'installment').dueAmount = '-5.00'),
  (i) => (obj(i, 'installment').dueAmount = '-0'),
  (i) => (obj(i, 'installment').dueAmount = '10.001'),
  (i) => (obj(i, 'installment').dueAmount = '1,000'),
  (i) => (obj(i, 'installment').dueAmount = 100),
  (i) => (obj(i, 'installment').dueAmount = '1500'),
  (i) => (obj(i, 'installment').currency = 'JPY'),
  (i) => (obj(i, 'installment').currency = 'XYZ'),
  (i) => (obj(i, 'installment').currency = 'usd'),
  (i) => (obj(i, 'installment').dueDate = '2025-02-29'),
  (i) => (obj(i, 'installment').dueDate = '2026-12-15T00:00:00Z'),
  (i) => (obj(i, 'installment').extra = true),
  (i) => (obj(i, 'sender').kind = 'lender'),
  (i) => (obj(i, 'sender').kind = 'creditor'),
  (i) => (obj(i, 'sender').businessName = ' ABC'),
  (i) => (obj(i, 'sender').businessName = ''),
  (i) => (obj(i, 'sender').businessName = 'x'.repeat(201)),
  (i) => (obj(i, 'sender').businessName = 'A\u202eB'),
  (i) => (obj(i, 'sender').businessNameIndicatesDebtCollection = 'yes'),
  (i) => (i.waysForward = {}),
  (i) => (i.waysForward = { settle: { phone: '1-800-555-0100' } }),
  (i) => (i.waysForward = { payNow: {} }),
  (i) => (i.waysForward = { payNow: { phone: '12' } }),
  (i) => (i.waysForward = { payNow: { url: 'https://x.example', email: 'a@b.c' } }),
  (i) => (i.waysForward = { newPlan: { phone: undefined, url: 'https://x.example' } }),
  (i) => (i.waysForward = Object.assign(Object.create({ inherited: 1 }) as Raw, { payNow: { phone: '1-800-555-0100' } })),
];

const flawedInputArb = fc.tuple(baseArb, fc.subarray(FLAWS.map((_, k) => k), { maxLength: 3 })).map(([input, flaws]) => {
  const raw = structuredClone(input);
  for (const k of flaws) (FLAWS[k] as (i: Raw) => void)(raw);
  return raw;
});

/** The outcome of a call: its result, or the error's name, code, path and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { result: fn() };
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return { name: error.name, code: error.code, path: error.path, message: error.message, issues: (error as { issues?: unknown }).issues };
  }
}

describe('reminderText fast path', () => {
  test('accepts only what the schema accepts, and parses it to the same value', () => {
    fc.assert(
      fc.property(flawedInputArb, (raw) => {
        const fast = fastReminderTextInput(raw);
        const parsed = expectSchemaAgrees(fast, ReminderTextInputSchema, raw);
        if (fast !== undefined) {
          expect(fast).toStrictEqual(parsed.data);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('takes the planner’s shape (every valid input of the base arbitrary)', () => {
    fc.assert(
      fc.property(baseArb, (raw) => {
        expect(fastReminderTextInput(raw)).toBeDefined();
      }),
    );
  });

  test('reminderText gives the same text or the same error on both paths', () => {
    fc.assert(
      fc.property(flawedInputArb, (raw) => {
        fc.pre(!('callback' in raw));
        expect(outcome(() => reminderText(raw as never))).toStrictEqual(outcome(() => reminderText({ ...raw, callback: undefined } as never)));
      }),
      { numRuns: 300 },
    );
  });
});
