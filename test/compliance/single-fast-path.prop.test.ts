import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSchemaAgrees } from '../support/fast-path.js';
import { CheckContactInputSchema, ContactAttemptSchema, checkContact, earliestAllowedAt } from '../../src/compliance/index.js';
import type { CheckContactInput } from '../../src/compliance/index.js';
import { isArrearsError } from '../../src/errors/index.js';
import { commonSingleInput, fastAttempt, singleInputOf } from '../../src/compliance/fast-attempt.js';
import { DAY_MS, callScenario, iso } from '../arbitraries/compliance.js';

// checkContact validates inputs in the common shape without zod (fast-attempt.ts). These
// properties pin that path to the schema: it accepts only what the schema accepts, parses it
// to the same value, and checkContact answers (or fails) the same on both paths. An input with
// `jurisdictions: []` always takes the schema path, which makes the comparison possible.

/** The outcome of a call: its result, or the error's name, code, path and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return { result: fn() };
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return { name: error.name, code: error.code, path: error.path, message: error.message };
  }
}

/** One thing wrong (or unusual) with an input, or nothing: each makes one path decide something else. */
const FLAWS: ReadonlyArray<(input: Record<string, unknown>) => void> = [
  (i) => ((i.consumer as Record<string, unknown>).ceaseCommunication = { receivedAt: '2026-03-02T00:00:00' }),
  (i) => ((i.consumer as Record<string, unknown>).callConsents = [{ givenAt: 'yesterday' }]),
  (i) => ((i.consumer as Record<string, unknown>).optOuts = [{ at: '2024-03-02T00:00:00Z', channel: 'pager' }]),
  (i) => ((i.consumer as Record<string, unknown>).employerProhibitsContact = 'yes'),
  (i) => ((i.consumer as Record<string, unknown>).jurisdictions = ['US-ZZ']),
  (i) => ((i.consumer as Record<string, unknown>).timeZones = ['Mars/Base']),
  (i) => ((i.debts as Array<Record<string, unknown>>)[0] = { id: 'd1', studentLoanAccount: '' }),
  (i) => ((i.debts as Array<Record<string, unknown>>)[0] = { id: 'd1', validationNoticeSentOn: '2024-02-30' }),
  (i) => ((i.attempt as Record<string, unknown>).recipient = 'neighbour'),
  (i) => ((i.attempt as Record<string, unknown>).optOutNotice = 'y'),
  (i) => ((i.attempt as Record<string, unknown>).to = { kind: 'pager' }),
  (i) => ((i.attempt as Record<string, unknown>).extra = 1),
  (i) => ((i.attempt as Record<string, unknown>).debtIds = ['d9']),
  (i) => ((i.attempt as Record<string, unknown>).paymentDeadlineDate = '2024-01-10'),
  (i) => ((i.attempt as Record<string, unknown>).at = iso(Date.parse(i.checkedAt as string) - DAY_MS)),
  (i) => (i.policy = { limits: 3 }),
  (i) => (i.policy = { callingWindow: { start: '07:00', end: '20:00' } }),
  (i) => (i.history = [{ channel: 'call', at: iso(Date.parse(i.checkedAt as string) + 1000), outcome: 'noAnswer', debtIds: ['d1'] }]),
  (i) => (i.history = [{ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] }]),
  (i) => (i.checkedAt = '2026-03-10T12:00:00'),
  (i) => (i.stray = true),
  // Issue 18: replies, a required state, calls without voicemail, a printed end date.
  (i) => ((i.attempt as Record<string, unknown>).inReplyTo = 'h1'),
  (i) => {
    (i.attempt as Record<string, unknown>).inReplyTo = 'h1';
    i.history = [{ id: 'h1', channel: 'call', at: iso(Date.parse(i.checkedAt as string) - DAY_MS), outcome: 'noAnswer', debtIds: ['d1'], initiatedBy: 'consumer', noVoicemail: true }];
  },
  (i) => (i.history = [{ id: 'h1', channel: 'call', at: iso(Date.parse(i.checkedAt as string) - DAY_MS), outcome: 'voicemail', debtIds: ['d1'], noVoicemail: true }]),
  (i) => {
    i.policy = { requireJurisdiction: true };
    delete (i.consumer as Record<string, unknown>).jurisdiction;
  },
  (i) => ((i.debts as Array<Record<string, unknown>>)[0] = { id: 'd1', validationNoticeSentOn: '2024-01-02', validationPeriodEndsOn: '2024-01-05' }),
];

/** A scenario with extra consumer facts, debt facts, policy and attempt fields, and now and then one flaw. */
const richScenario = fc
  .tuple(
    callScenario,
    fc.record(
      {
        ceaseCommunication: fc.constantFrom({ receivedAt: '2026-03-02T00:00:00Z' }, { receivedAt: '2025-03-02T00:00:00Z', debtIds: ['d2'] }),
        callConsents: fc.constant([{ givenAt: '2025-03-01T14:00:00Z' }]),
        optOuts: fc.constantFrom([{ at: '2024-03-02T00:00:00Z', channel: 'call' }], [{ at: '2024-03-02T00:00:00Z', channel: 'sms', address: '+1 617 555 0100' }]),
        employerProhibitsContact: fc.boolean(),
        jurisdictions: fc.constant(['US-MA']),
        deceasedAt: fc.constant('2020-01-01T00:00:00Z'),
      },
      { requiredKeys: [] },
    ),
    fc.record({ studentLoanAccount: fc.constant('S1'), validationNoticeSentOn: fc.constant('2024-01-02'), timeBarred: fc.boolean() }, { requiredKeys: [] }),
    fc.record(
      {
        recipient: fc.constantFrom('consumer', 'consumerAttorney'),
        purpose: fc.constantFrom('collection', 'ceaseConfirmation'),
        optOutNotice: fc.boolean(),
        limitedContent: fc.boolean(),
        threatensSuit: fc.boolean(),
        to: fc.constantFrom({ kind: 'work' }, { kind: 'mobile', value: '+1 617 555 0100' }, { kind: 'home', consumerUsedOrConsented: true }),
      },
      { requiredKeys: [] },
    ),
    fc.option(fc.constantFrom({ callingWindow: { start: '09:00', end: '20:00' } }, { quietWeekdays: [7] }, { avoidFederalHolidays: true }), { nil: undefined }),
    fc.option(fc.nat(FLAWS.length - 1), { nil: undefined }),
  )
  .map(([s, consumer, debt, attempt, policy, flaw]) => {
    const input: Record<string, unknown> = {
      ...s,
      consumer: { ...s.consumer, ...consumer },
      debts: s.debts.map((d, i) => (i === 0 ? { ...d, ...debt } : d)),
      attempt: { ...s.attempt, ...attempt },
    };
    if (policy !== undefined) input.policy = policy;
    if (flaw !== undefined) (FLAWS[flaw] as (i: Record<string, unknown>) => void)(input);
    return input;
  });

describe('checkContact without zod (the common-shape fast path)', () => {
  it('parses every scenario input exactly as the schema does', () => {
    fc.assert(
      fc.property(callScenario, (s) => {
        const fast = commonSingleInput(s);
        expect(fast).toBeDefined();
        expect(singleInputOf(fast as NonNullable<typeof fast>)).toEqual(CheckContactInputSchema.parse(s));
      }),
    );
  });

  it('accepts an input only when the schema does, with the same parsed value', () => {
    fc.assert(
      fc.property(richScenario, (raw) => {
        const fast = commonSingleInput(raw);
        expectSchemaAgrees(fast === undefined ? undefined : singleInputOf(fast), CheckContactInputSchema, raw);
      }),
    );
  });

  it('gives the same answer, or the same error, as the schema path', () => {
    let fastTaken = 0;
    let failed = 0;
    fc.assert(
      fc.property(richScenario, (raw) => {
        if (commonSingleInput(raw) !== undefined) fastTaken++;
        if (CheckContactInputSchema.safeParse(raw).success === false) failed++;
        const input = raw as unknown as CheckContactInput;
        const viaSchema = { ...input, jurisdictions: [] };
        expect(commonSingleInput(viaSchema)).toBeUndefined();
        expect(outcome(() => checkContact(input))).toEqual(outcome(() => checkContact(viaSchema)));
        expect(outcome(() => earliestAllowedAt(input))).toEqual(outcome(() => earliestAllowedAt(viaSchema)));
      }),
    );
    // The comparison means something only if both kinds of input came up.
    expect(fastTaken).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });

  it('accepts an attempt only when ContactAttemptSchema does, with the same output', () => {
    const ATTEMPT_FLAWS: ReadonlyArray<readonly [string, unknown]> = [
      ['channel', 'pager'],
      ['at', '2026-03-10T12:30:00'],
      ['at', '2026-02-30T12:00:00Z'],
      ['debtIds', []],
      ['debtIds', ['']],
      ['debtIds', 'd1'],
      ['to', { kind: 'fax' }],
      ['to', null],
      ['to', { kind: 'mobile', value: '' }],
      ['recipient', 'stranger'],
      ['purpose', 'lunch'],
      ['optOutNotice', 'true'],
      ['private', 1],
      ['accountId', 'a1'],
    ];
    const attemptLike = fc
      .tuple(
        fc.record(
          {
            channel: fc.constantFrom('call', 'sms', 'email'),
            at: fc.constantFrom('2026-03-10T12:30:00Z', '2026-03-10T07:30:00.5-05:00', '2026-03-10T12:30:00.123456Z'),
            debtIds: fc.constantFrom(['d1'], ['d1', 'd2']),
            to: fc.constantFrom({ kind: 'mobile' }, { kind: 'work', value: 'x@y.z', consumerUsedOrConsented: false }),
            recipient: fc.constantFrom('consumer', 'consumerAttorney'),
            purpose: fc.constantFrom('collection', 'ceaseConfirmation'),
            optOutNotice: fc.boolean(),
            private: fc.boolean(),
          },
          { requiredKeys: ['channel', 'at', 'debtIds'] },
        ),
        fc.option(fc.nat(ATTEMPT_FLAWS.length - 1), { nil: undefined }),
      )
      .map(([attempt, flaw]) => {
        if (flaw === undefined) return attempt as Record<string, unknown>;
        const [key, value] = ATTEMPT_FLAWS[flaw] as readonly [string, unknown];
        return { ...attempt, [key]: value };
      });
    fc.assert(
      fc.property(attemptLike, (raw) => {
        const fast = fastAttempt(raw);
        const schema = expectSchemaAgrees(fast, ContactAttemptSchema, raw);
        // Every field here is one the fast path knows: it declines only invalid attempts.
        if (fast === undefined) expect(schema.success).toBe(false);
      }),
    );
    expect(fastAttempt({ channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'], accountId: 'a1' })).toBeUndefined();
    expect(fastAttempt({ channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] })).toEqual({ channel: 'call', at: Date.parse('2026-03-10T12:30:00Z'), debtIds: ['d1'] });
  });
});
