import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput } from '../../src/escalation/index.js';
import { createEscalation, EscalationErrorCodes, isArrearsError } from '../../src/escalation/index.js';

const machine = createEscalation();
const account = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });

function thrown(fn: () => unknown): { name: string; code: string; path: readonly (string | number)[]; message: string } {
  try {
    fn();
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return { name: error.name, code: error.code, path: error.path, message: error.message };
  }
  throw new Error('expected an arrears error');
}

describe('createEscalation: malformed policies', () => {
  it('rejects thresholds out of order', () => {
    const e = thrown(() => createEscalation({ stages: [{ id: 'a', minDaysPastDue: 10 }, { id: 'b', minDaysPastDue: 10 }] }));
    expect(e).toMatchObject({ name: 'ValidationError', code: EscalationErrorCodes.ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER, path: ['policy', 'stages', 1, 'minDaysPastDue'] });
    expect(e.message).toContain('strictly increasing');
  });

  it('rejects a stage that charge-off makes unreachable', () => {
    const e = thrown(() => createEscalation({ stages: [{ id: 'a', minDaysPastDue: 10 }, { id: 'b', minDaysPastDue: 200 }] }));
    expect(e).toMatchObject({ code: 'ESCALATION_POLICY_UNREACHABLE_STATE', path: ['policy', 'stages', 1, 'minDaysPastDue'] });
  });

  it('rejects a custom state no transition reaches', () => {
    expect(thrown(() => createEscalation({ states: [{ id: 'limbo' }] })).code).toBe('ESCALATION_POLICY_UNREACHABLE_STATE');
    expect(thrown(() => createEscalation({ states: [{ id: 'x' }, { id: 'y' }], transitions: [{ event: 'go', from: ['y'], to: 'x' }] })).code).toBe('ESCALATION_POLICY_UNREACHABLE_STATE');
  });

  it('rejects unknown, duplicated, built-in and terminal-source state names', () => {
    expect(thrown(() => createEscalation({ transitions: [{ event: 'go', from: ['nowhere'], to: 'late' }] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
    expect(thrown(() => createEscalation({ transitions: [{ event: 'go', from: ['late'], to: 'nowhere' }] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
    expect(thrown(() => createEscalation({ transitions: [{ event: 'go', from: ['paidInFull'], to: 'late' }] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
    expect(thrown(() => createEscalation({ stages: [{ id: 'current', minDaysPastDue: 1 }] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
    expect(thrown(() => createEscalation({ states: [{ id: 'late' }] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
    expect(thrown(() => createEscalation({ legalReferralFrom: ['nowhere'] })).code).toBe('ESCALATION_POLICY_UNKNOWN_STATE');
  });

  it('rejects wrong types and unknown keys', () => {
    expect(thrown(() => createEscalation({ timers: { promiseGraceDays: -1 } })).code).toBe('INPUT_OUT_OF_RANGE');
    expect(thrown(() => createEscalation({ colour: 'red' } as never)).code).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(thrown(() => createEscalation(null as never)).name).toBe('ValidationError');
    expect(thrown(() => createEscalation({ stages: [{ id: 'a', minDaysPastDue: 1.5 }] })).name).toBe('ValidationError');
  });
});

describe('initialState: malformed input', () => {
  it('rejects bad amounts, dates, currencies and inconsistent dues', () => {
    expect(thrown(() => machine.initialState({ currency: 'USD', openedOn: '2026-02-30', balance: '1.00' })).code).toBe('CALENDAR_INVALID_DATE');
    expect(thrown(() => machine.initialState({ currency: 'XXX1', openedOn: '2026-01-01', balance: '1.00' })).name).toBe('ValidationError');
    expect(thrown(() => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1e3' })).name).toBe('ValidationError');
    expect(thrown(() => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1.001' })).code).toBe('MONEY_TOO_MANY_DECIMALS');
    expect(thrown(() => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '10.00', dues: [{ dueDate: '2026-01-05', amount: '10.01' }] })).code).toBe('ESCALATION_DUES_EXCEED_BALANCE');
    expect(thrown(() => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '10.00', limitations: { jurisdiction: 'US-PR' } }))).toMatchObject({ name: 'UnsupportedOptionError', code: 'ESCALATION_UNKNOWN_JURISDICTION' });
  });
});

describe('transition: malformed events', () => {
  it('rejects an unknown event type', () => {
    const e = thrown(() => machine.transition(account, { type: 'teleport', date: '2026-01-05' } as unknown as EscalationEventInput));
    expect(e).toMatchObject({ name: 'ValidationError', code: 'ESCALATION_UNKNOWN_EVENT', path: ['event', 'type'] });
  });

  it('rejects an event recorded before the last recorded event', () => {
    const a = machine.transition(account, { type: 'ceaseRequested', date: '2026-01-05' }).account;
    const e = thrown(() => machine.transition(a, { type: 'ceaseWithdrawn', date: '2026-01-04' }));
    expect(e).toMatchObject({ name: 'DomainRuleError', code: 'ESCALATION_EVENT_OUT_OF_ORDER', path: ['event', 'date'] });
    expect(thrown(() => machine.transition(a, { type: 'ceaseWithdrawn', date: '2026-01-03', recordedOn: '2026-01-04' })).path).toEqual(['event', 'recordedOn']);
  });

  it('rejects an event dated before the account was opened, or after it was recorded', () => {
    expect(thrown(() => machine.transition(account, { type: 'ceaseRequested', date: '2025-12-31' })).code).toBe('ESCALATION_EVENT_OUT_OF_ORDER');
    expect(thrown(() => machine.transition(account, { type: 'ceaseRequested', date: '2026-01-05', recordedOn: '2026-01-04' })).code).toBe('ESCALATION_EVENT_AFTER_RECORDING');
  });

  it('rejects malformed fields with their paths', () => {
    expect(thrown(() => machine.transition(account, { type: 'paymentReceived', date: '2026-01-05', amount: '0.00' })).path).toEqual(['event', 'amount']);
    expect(thrown(() => machine.transition(account, { type: 'paymentReceived', date: '2026-01-05', amount: '1.005' })).code).toBe('MONEY_TOO_MANY_DECIMALS');
    expect(thrown(() => machine.transition(account, { type: 'paymentReceived', date: '2026-01-05', amount: 5 } as never)).code).toBe('INPUT_INVALID_TYPE');
    expect(thrown(() => machine.transition(account, { type: 'paymentReceived', date: '2026-01-05', amount: '1.00', extra: true } as never)).code).toBe('INPUT_UNRECOGNIZED_KEYS');
    expect(thrown(() => machine.transition(account, null as never)).name).toBe('ValidationError');
  });
});

describe('accounts from storage', () => {
  it('validates an account it did not write, once', () => {
    const copy = JSON.parse(JSON.stringify(account)) as EscalationAccount;
    expect(machine.advance(copy, '2026-01-20').account.stage).toBe('grace');
    expect(thrown(() => machine.advance({ ...copy, daysPastDue: -1 }, '2026-01-20')).name).toBe('ValidationError');
    expect(thrown(() => machine.advance({ ...copy, stage: 'nowhere' }, '2026-01-20')).code).toBe('ESCALATION_INVALID_ACCOUNT');
    expect(thrown(() => machine.advance({} as EscalationAccount, '2026-01-20')).name).toBe('ValidationError');
    expect(thrown(() => machine.explain('x' as never)).name).toBe('ValidationError');
  });

  it('rejects a malformed asOf', () => {
    expect(thrown(() => machine.advance(account, '2026-1-20')).path).toEqual(['asOf']);
    expect(thrown(() => machine.advance(account, 20260120 as never)).code).toBe('INPUT_INVALID_TYPE');
  });
});
