import { describe, expect, it } from 'vitest';
import { describePlan, formatMessageAmount, formatMessageDate, messageLocale } from '../../src/messages/index.js';
import { buildSchedule, safeBuildSchedule } from '../../src/plan/index.js';
import { planEachReminders, safePlanEachReminders, safeToHistoryEntry, toHistoryEntry } from '../../src/reminders/index.js';
import { codeOrNone } from '../support/errors.js';

// What the junk test (junk-all-exports.test.ts) found, as plain examples, each with its close
// negative: the valid call still answers.

describe('messages: a language other than en or es', () => {
  it('is INPUT_INVALID_VALUE, not a TypeError, a prototype property or the host locale', () => {
    for (const language of ['constructor', 'toString', 'fr', '', null, undefined, Object.create(null) as unknown, 1]) {
      expect(codeOrNone(() => messageLocale(language as 'en')), typeof language).toBe('INPUT_INVALID_VALUE');
      expect(codeOrNone(() => formatMessageDate('2027-01-05', language as 'en'))).toBe('INPUT_INVALID_VALUE');
      expect(codeOrNone(() => formatMessageAmount('1250', 'USD', language as 'en'))).toBe('INPUT_INVALID_VALUE');
    }
    expect(messageLocale('es')).toBe('es-US');
    expect(formatMessageDate('2027-01-05', 'es')).toBe('5 de enero de 2027');
    expect(formatMessageAmount('1250', 'USD', 'en')).toBe('$1,250.00');
  });
});

describe('plan: a frequency that names an Object.prototype property', () => {
  const terms = { principal: '1200.00', currency: 'USD', annualRate: '0.12', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 } as const;
  it('is a ValidationError (was a SyntaxError from BigInt on the fast path)', () => {
    for (const frequency of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(codeOrNone(() => buildSchedule({ ...terms, frequency } as never)), frequency).not.toBe('none');
      expect(safeBuildSchedule({ ...terms, frequency }).success).toBe(false);
    }
    expect(buildSchedule({ ...terms, frequency: 'monthly' }).installments).toHaveLength(12);
  });
});

describe('reminders', () => {
  const reminder = { medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' } as const;

  it('toHistoryEntry refuses debt ids, media and address kinds it would copy wrong', () => {
    const sparse = new Array<string>(2);
    sparse[1] = 'd1';
    // Parsed by ToHistoryEntryInputSchema (issue 20): each refusal names the field and why.
    const cases: [Record<string, unknown>, string][] = [
      [{ debtIds: [Number.NaN] }, 'INPUT_INVALID_TYPE debtIds.0'],
      [{ debtIds: sparse }, 'INPUT_MISSING debtIds.0'],
      [{ debtIds: [''] }, 'INPUT_OUT_OF_RANGE debtIds.0'],
      [{ addressKind: Number.NaN }, 'INPUT_INVALID_VALUE addressKind'],
      [{ addressKind: 'constructor' }, 'INPUT_INVALID_VALUE addressKind'],
      [{ medium: 'pigeon' }, 'INPUT_INVALID_VALUE medium'],
      [{ sendAt: '2026-12-11' }, 'CALENDAR_INVALID_INSTANT sendAt'],
    ];
    for (const [bad, expected] of cases) {
      const r = safeToHistoryEntry({ ...reminder, ...bad });
      expect(r.success ? 'accepted' : `${r.error.code} ${r.error.path.join('.')}`, JSON.stringify(bad)).toBe(expected);
    }
    expect(toHistoryEntry(reminder).toKind).toBe('mobile');
  });

  it('planEachReminders without a callback is INPUT_INVALID_TYPE at onResult (was a TypeError)', () => {
    const input = { asOf: '2026-12-01', at: '2026-12-01T12:00:00Z', accounts: [] } as never;
    expect(codeOrNone(() => planEachReminders(input, undefined as never))).toBe('INPUT_INVALID_TYPE');
    const r = safePlanEachReminders(input, 'callback');
    expect(r.success ? null : r.error.path).toEqual(['onResult']);
  });
});

describe('messages: describePlan with a schedule currency that is not a text', () => {
  const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
  const terms = { lateFee: { kind: 'none' }, onMissed: { action: 'planEnds', afterDays: 15, balanceDue: 'remaining' }, creditReporting: 'none', legalAction: 'none' } as const;
  it('is a typed error (a null-prototype object made String() throw a TypeError)', () => {
    for (const currency of [Object.create(null) as unknown, {}, 5, 'EUR']) {
      expect(codeOrNone(() => describePlan({ schedule: { ...schedule, currency }, terms } as never)), typeof currency).not.toBe('none');
    }
    expect(describePlan({ schedule, terms }).lines.length).toBeGreaterThan(3);
  });
});

describe('fees: toPlanCharges bounds its list before parsing it', () => {
  it('refuses more than 10,000 fees (an assessment lists at most that many) with INPUT_OUT_OF_RANGE', async () => {
    const { toPlanCharges } = await import('../../src/fees/index.js');
    const fee = { id: 'late-fee:1:1', installment: 1, amount: '15.00', date: '2026-02-26' };
    expect(codeOrNone(() => toPlanCharges({ currency: 'USD', fees: new Array(10_001).fill(fee) }))).toBe('INPUT_OUT_OF_RANGE');
    expect(toPlanCharges({ currency: 'USD', fees: new Array(10_000).fill(fee) })).toHaveLength(10_000);
  });
});

describe('escalation: an account with tens of thousands of bad list elements', () => {
  it('is a typed error, not a RangeError from zod gathering the issues with a spread call', async () => {
    const { createEscalation } = await import('../../src/escalation/index.js');
    const machine = createEscalation();
    const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }] });
    const account = JSON.parse(JSON.stringify(machine.advance(opened, '2026-02-20').account)) as { audit: Array<{ actions: unknown[] }> };
    (account.audit[0] as { actions: unknown[] }).actions = new Array(60_000).fill({});
    const event = { type: 'paymentReceived', date: '2026-02-21', amount: '50.00', paymentId: 'p1' } as const;
    expect(codeOrNone(() => machine.transition(account as never, event))).toBe('INPUT_OUT_OF_RANGE');
    const r = machine.safeTransition(account, event);
    expect(r.success ? 'none' : r.error.code).toBe('INPUT_OUT_OF_RANGE');
    // Close negative: one bad element is an ordinary validation error with its path.
    (account.audit[0] as { actions: unknown[] }).actions = [{}];
    expect(codeOrNone(() => machine.transition(account as never, event))).not.toMatch(/none|INPUT_OUT_OF_RANGE/);
  });
});
