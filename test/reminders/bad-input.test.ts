import { describe, expect, it } from 'vitest';
import { isArrearsError } from '../../src/errors/index.js';
import { planReminders } from '../../src/reminders/index.js';
import type { PlanRemindersInput } from '../../src/reminders/index.js';
import { baseInput, em1, sms1 } from './fixture.js';

/** `Name CODE path` of the error planReminders throws. */
function failure(input: unknown): string {
  try {
    planReminders(input as PlanRemindersInput);
  } catch (error) {
    if (isArrearsError(error)) return `${error.name} ${error.code} ${error.path.join('.')}`;
    throw error;
  }
  return 'none';
}

describe('planReminders: bad input gives typed errors with paths', () => {
  const input = baseInput();

  it('an unknown zone', () => {
    expect(failure({ ...input, consumer: { timeZones: ['America/Springfield'] } })).toBe('ValidationError CALENDAR_UNKNOWN_TIME_ZONE consumer.timeZones.0');
  });

  it('a channel without an address, or with one that does not fit its medium', () => {
    const { address: _a, ...noAddress } = em1;
    expect(failure({ ...input, channels: [noAddress] })).toBe('ValidationError INPUT_MISSING channels.0.address');
    expect(failure({ ...input, channels: [{ ...sms1, address: '212-555-0100' }] })).toBe('ValidationError REMINDERS_INVALID_ADDRESS channels.0.address');
    expect(failure({ ...input, channels: [{ ...em1, address: 'pat at example' }] })).toBe('ValidationError REMINDERS_INVALID_ADDRESS channels.0.address');
    expect(failure({ ...input, channels: [sms1, { ...em1, id: 'sms1' }] })).toBe('ValidationError REMINDERS_DUPLICATE_ID channels.1.id');
  });

  it('a consent, a revocation or a consumer text dated after the run', () => {
    expect(failure({ ...input, channels: [{ ...sms1, consent: { ...sms1.consent, givenAt: '2026-12-02T12:00:00Z' } }] })).toBe('DomainRuleError REMINDERS_FACT_AFTER_AS_OF channels.0.consent.givenAt');
    expect(failure({ ...input, channels: [{ ...sms1, consent: { ...sms1.consent, revokedAt: '2026-12-01T15:00:01Z' } }] })).toBe('DomainRuleError REMINDERS_FACT_AFTER_AS_OF channels.0.consent.revokedAt');
    expect(failure({ ...input, channels: [{ ...sms1, consent: { ...sms1.consent, revokedAt: '2026-11-01T15:00:00Z' } }] })).toBe('ValidationError REMINDERS_FACT_AFTER_AS_OF channels.0.consent.revokedAt');
    expect(failure({ ...input, channels: [{ ...sms1, safeHarbor: { basis: 'consumerTexted', lastConsumerTextOn: '2026-12-02' } }] })).toBe('DomainRuleError REMINDERS_FACT_AFTER_AS_OF channels.0.safeHarbor.lastConsumerTextOn');
  });

  it('offsets out of range or out of order', () => {
    expect(failure({ ...input, policy: { ...input.policy, offsetsDays: [-61, 0] } })).toBe('ValidationError REMINDERS_INVALID_OFFSETS policy.offsetsDays.0');
    expect(failure({ ...input, policy: { ...input.policy, offsetsDays: [0, 1.5] } })).toBe('ValidationError REMINDERS_INVALID_OFFSETS policy.offsetsDays.1');
    expect(failure({ ...input, policy: { ...input.policy, offsetsDays: [0, 0] } })).toBe('ValidationError REMINDERS_INVALID_OFFSETS policy.offsetsDays.1');
    expect(failure({ ...input, policy: { ...input.policy, channels: ['sms', 'sms'] } })).toBe('ValidationError REMINDERS_DUPLICATE_ID policy.channels');
  });

  it('a window that closes before it opens, that is malformed, or that the law would not allow', () => {
    expect(failure({ ...input, policy: { ...input.policy, sendWindow: { start: '18:00', end: '09:00' } } })).toBe('ValidationError REMINDERS_INVALID_WINDOW policy.sendWindow.end');
    expect(failure({ ...input, policy: { ...input.policy, sendWindow: { start: '9:00', end: '18:00' } } })).toBe('ValidationError REMINDERS_INVALID_WINDOW policy.sendWindow.start');
    expect(failure({ ...input, policy: { ...input.policy, sendWindow: { start: '07:30', end: '18:00' } } })).toBe('ValidationError REMINDERS_INVALID_WINDOW policy.sendWindow.start');
    expect(failure({ ...input, policy: { ...input.policy, sendWindow: { start: '09:00', end: '21:30' } } })).toBe('ValidationError REMINDERS_INVALID_WINDOW policy.sendWindow.end');
  });

  it('a plan in another currency than the account', () => {
    expect(failure({ ...input, account: { currency: 'EUR' } })).toBe('DomainRuleError REMINDERS_CURRENCY_MISMATCH plan.currency');
  });

  it('options without effect, unknown debts, misnumbered installments, a run whose date and instant disagree', () => {
    expect(failure({ ...input, channels: [{ ...em1, consent: null }] })).toBe('ValidationError REMINDERS_OPTION_WITHOUT_EFFECT channels.0.consent');
    expect(failure({ ...input, channels: [{ id: 'l1', medium: 'letter', address: '1 Main St', addressKind: 'home', safeHarbor: { basis: 'none' } }] })).toBe('ValidationError REMINDERS_OPTION_WITHOUT_EFFECT channels.0.safeHarbor');
    expect(failure({ ...input, plan: { ...input.plan, debtIds: ['D9'] } })).toBe('ValidationError REMINDERS_UNKNOWN_DEBT plan.debtIds.0');
    expect(failure({ ...input, plan: { ...input.plan, installments: [{ number: 2, dueDate: '2026-12-15', amount: '100.00' }] } })).toBe('ValidationError REMINDERS_DUPLICATE_ID plan.installments.0.number');
    expect(failure({ ...input, at: '2026-12-05T15:00:00Z' })).toBe('DomainRuleError REMINDERS_RUN_MISMATCH at');
    expect(failure({ ...input, surprise: true })).toBe('ValidationError INPUT_UNRECOGNIZED_KEYS ');
  });

  it('history after the run is compliance\'s error, with our path', () => {
    const history = [{ channel: 'sms', at: '2026-12-01T16:00:00Z', outcome: 'messageSent', debtIds: ['D1'] }] as const;
    expect(failure({ ...input, history })).toBe('DomainRuleError COMPLIANCE_HISTORY_AFTER_CHECKED_AT history.0.at');
  });

  it('never throws anything but an arrears error on junk', () => {
    for (const junk of [null, 1, 'x', [], {}, { ...input, plan: null }, { ...input, policy: { ...input.policy, offsetsDays: 'soon' } }]) {
      expect(failure(junk)).toMatch(/^ValidationError /);
    }
  });
});

describe('planReminders: compliance parts keep our paths', () => {
  const input = baseInput();
  it('reports consumer, debt, history and contact-policy errors at their fields', () => {
    expect(failure({ ...input, consumer: { timeZones: ['America/New_York'], jurisdiction: 'XX' } })).toBe('ValidationError COMPLIANCE_UNKNOWN_STATE consumer.jurisdiction');
    expect(failure({ ...input, debts: [] })).toBe('ValidationError INPUT_OUT_OF_RANGE debts');
    expect(failure({ ...input, history: [{ channel: 'sms', outcome: 'messageSent', debtIds: ['D1'] }] })).toBe('ValidationError INPUT_MISSING history.0.at');
    expect(failure({ ...input, contactPolicy: { callingWindow: { start: '07:00', end: '21:00' } } })).toBe('DomainRuleError COMPLIANCE_POLICY_LOOSER_THAN_LAW contactPolicy.callingWindow');
    expect(failure({ ...input, consumer: { timeZones: ['America/New_York'], jurisdictions: ['US-ZZ'] } })).toBe('UnsupportedOptionError COMPLIANCE_UNKNOWN_JURISDICTION consumer.jurisdictions.0');
  });
});

describe('planReminders: amounts', () => {
  it('refuses negative amounts and more decimals than the currency has', () => {
    const input = baseInput();
    expect(failure({ ...input, plan: { ...input.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.001' }] } })).toBe('ValidationError REMINDERS_INVALID_AMOUNT plan.installments.0.amount');
    expect(failure({ ...input, plan: { ...input.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '-1' }] } })).toBe('ValidationError REMINDERS_INVALID_AMOUNT plan.installments.0.paid');
    expect(failure({ ...input, plan: { ...input.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '1e3' }] } })).toBe('ValidationError MONEY_INVALID_AMOUNT plan.installments.0.amount');
  });
});
