import { describe, expect, it } from 'vitest';
import { isArrearsError } from '../../src/errors/index.js';
import { buildSchedule, createPlanState, applyPayment } from '../../src/plan/index.js';
import { REMINDER_RULES, planEachReminders, planReminders, planRemindersBatch, safeToHistoryEntry, safeToReminderPlan, toHistoryEntry, toReminderPlan } from '../../src/reminders/index.js';
import type { PlanRemindersInput, ReminderBatchAccountInput } from '../../src/reminders/index.js';
import { baseInput, em1 } from './fixture.js';

function account(id: string, input: PlanRemindersInput): ReminderBatchAccountInput {
  const { asOf: _a, at: _t, policy: _p, jurisdictions: _j, ...rest } = input;
  return { id, ...rest };
}

describe('planRemindersBatch and planEachReminders', () => {
  it('gives each account exactly what planReminders gives it alone, in order', () => {
    const a = baseInput();
    const b: PlanRemindersInput = { ...a, channels: [em1], consumer: { timeZones: ['America/Chicago'], jurisdiction: 'US-MA' } };
    const c: PlanRemindersInput = { ...a, plan: { ...a.plan, status: 'closed' } };
    const results = planRemindersBatch({ asOf: a.asOf, at: a.at, policy: a.policy, accounts: [account('a', a), account('b', b), account('c', c)] });
    expect(results.map((r) => [r.index, r.accountId])).toEqual([[0, 'a'], [1, 'b'], [2, 'c']]);
    for (const [i, input] of [a, b, c].entries()) {
      const { index: _i, accountId: _id, ...rest } = results[i] as (typeof results)[number];
      expect(rest).toEqual(planReminders(input));
    }
  });

  it('streams the same results and returns the count', () => {
    const a = baseInput();
    const seen: string[] = [];
    const n = planEachReminders({ asOf: a.asOf, at: a.at, policy: a.policy, accounts: [account('x', a), account('y', a)] }, (r) => seen.push(`${r.accountId}:${String(r.reminders.length)}`));
    expect(n).toBe(2);
    expect(seen).toEqual(['x:3', 'y:3']);
  });

  it('names the bad account by its path, and refuses an id used twice', () => {
    const a = baseInput();
    const bad = { ...account('b', a), consumer: { timeZones: ['Mars/Base'] } };
    const fail = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        if (isArrearsError(error)) return `${error.code} ${error.path.join('.')}`;
        throw error;
      }
      return 'none';
    };
    expect(fail(() => planRemindersBatch({ asOf: a.asOf, at: a.at, policy: a.policy, accounts: [account('a', a), bad] }))).toBe('CALENDAR_UNKNOWN_TIME_ZONE accounts.1.consumer.timeZones.0');
    expect(fail(() => planRemindersBatch({ asOf: a.asOf, at: a.at, policy: a.policy, accounts: [account('a', a), account('a', a)] }))).toBe('REMINDERS_DUPLICATE_ID accounts.1.id');
    expect(fail(() => planRemindersBatch({ asOf: a.asOf, at: a.at, policy: a.policy, accounts: [{ ...account('a', a), account: { currency: 'EUR' } }] }))).toBe('REMINDERS_CURRENCY_MISMATCH accounts.0.plan.currency');
    expect(fail(() => planRemindersBatch({ asOf: a.asOf, at: '2026-12-09T00:00:00Z', policy: a.policy, accounts: [] }))).toBe('REMINDERS_RUN_MISMATCH at');
  });
});

describe('toHistoryEntry', () => {
  it('records a sent reminder so that the next run counts it', () => {
    const input = baseInput();
    const first = planReminders(input);
    const sent = first.reminders[0];
    if (sent === undefined) throw new Error('expected a reminder');
    expect(toHistoryEntry(sent)).toEqual({ channel: 'sms', at: '2026-12-11T17:00:00.000Z', outcome: 'messageSent', debtIds: ['D1'], initiatedBy: 'collector', recipient: 'consumer', toKind: 'mobile' });
    const next = planReminders({ ...input, asOf: '2026-12-12', at: '2026-12-12T15:00:00Z', history: [toHistoryEntry(sent)], consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA' }, policy: { ...input.policy, offsetsDays: [-3, 0, 1], maxDelayDays: 0 } });
    // Massachusetts: the sent text and the one on the due date are two in seven days; the third waits, and email carries it.
    expect(next.reminders.map((r) => `${r.offsetDays} ${r.medium}`)).toEqual(['0 sms', '1 email']);
  });

  it('refuses what is not a reminder', () => {
    expect(safeToHistoryEntry({ sendAt: 3 }).success).toBe(false);
    expect(safeToHistoryEntry({ medium: 'email', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'other' }).success).toBe(true);
  });
});

describe('toReminderPlan', () => {
  const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-11-01', firstDueDate: '2026-12-15', installments: 3 });

  it('reads a schedule as nothing paid, and a plan state with its payments', () => {
    expect(toReminderPlan({ schedule, id: 'P1', debtIds: ['D1'] })).toEqual({
      id: 'P1',
      debtIds: ['D1'],
      currency: 'USD',
      installments: [
        { number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '0.00' },
        { number: 2, dueDate: '2027-01-15', amount: '100.00', paid: '0.00' },
        { number: 3, dueDate: '2027-02-15', amount: '100.00', paid: '0.00' },
      ],
    });
    const state = applyPayment({ state: createPlanState(schedule), payment: { amount: '150.00', date: '2026-12-14' } }).state;
    expect(toReminderPlan({ planState: state, status: 'active' }).installments.map((i) => i.paid)).toEqual(['100.00', '50.00', '0.00']);
  });

  it('plans from a paid-in-part plan state: the paid installment gets nothing, the next one its remainder', () => {
    const state = applyPayment({ state: createPlanState(schedule), payment: { amount: '150.00', date: '2026-12-10' } }).state;
    const input = baseInput();
    const result = planReminders({ ...input, asOf: '2027-01-05', at: '2027-01-05T15:00:00Z', plan: toReminderPlan({ planState: state, debtIds: ['D1'] }), channels: [em1] });
    expect(result.reminders.map((r) => [r.installment.number, r.installment.dueAmount, r.offsetDays])).toEqual([
      [2, '50.00', -3],
      [2, '50.00', 0],
      [2, '50.00', 3],
    ]);
  });

  it('refuses anything else', () => {
    expect(safeToReminderPlan({}).success).toBe(false);
    expect(safeToReminderPlan({ schedule }).success).toBe(true);
  });

  it('takes one input object: exactly one of schedule and planState, and no unknown key', () => {
    const state = createPlanState(schedule);
    const both = safeToReminderPlan({ schedule, planState: state });
    expect(both.success ? null : [both.error.code, both.error.path]).toEqual(['REMINDERS_OPTION_WITHOUT_EFFECT', ['planState']]);
    const neither = safeToReminderPlan({ id: 'P1' });
    expect(neither.success ? null : [neither.error.code, neither.error.path]).toEqual(['INPUT_MISSING', ['schedule']]);
    const typo = safeToReminderPlan({ schedule, debtIdz: ['D1'] });
    expect(typo.success ? null : [typo.error.code, typo.error.message]).toEqual(['INPUT_UNRECOGNIZED_KEYS', 'The input has unknown field(s): debtIdz.']);
  });
});

describe('REMINDER_RULES', () => {
  it('lists every code the planner itself gives, each once, with citations for the rules of law', () => {
    const ids = REMINDER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const law = REMINDER_RULES.filter((r) => /^(TCPA|REGF|BANKRUPTCY)-/.test(r.id));
    expect(law.every((r) => typeof r.citation === 'string' && r.effective !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(r.effective.start))).toBe(true);
    expect(REMINDER_RULES.filter((r) => r.id.startsWith('REMINDERS_')).every((r) => r.effective === undefined)).toBe(true);
    expect(REMINDER_RULES.every((r) => r.jurisdiction === 'US' && r.binds.length > 0 && r.media.length > 0 && !('check' in r))).toBe(true);
    expect(ids).toEqual(expect.arrayContaining(['REMINDERS_CONSENT_UNKNOWN', 'TCPA-ATDS-CELL', 'TCPA-REVOKE-REASONABLE', 'REGF-SMS-SAFE-HARBOR', 'REGF-EMAIL-SAFE-HARBOR', 'REGF-WORK-EMAIL', 'REMINDERS_INSTALLMENT_PAID', 'REMINDERS_PLAN_CLOSED']));
  });
});
