import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationAdvanced, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation } from '../../src/escalation/index.js';

// The default process, from the first missed payment to charge-off, with a promise broken, a
// dispute and its verification, a bankruptcy and its dismissal.

const machine = createEscalation();
const dues = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'].map((dueDate) => ({
  dueDate,
  amount: '100.00',
}));

function moves(r: EscalationResult | EscalationAdvanced): Array<[string, string, string]> {
  return r.audit.filter((e) => e.from !== e.to).map((e) => [e.date, e.from, e.to]);
}

describe('createEscalation: the default consumer process', () => {
  const opened = machine.initialState({ accountId: 'A-1', currency: 'USD', openedOn: '2026-01-01', balance: '1200.00', dues, limitations: { jurisdiction: 'US-CA' } });
  let a: EscalationAccount = opened;

  it('opens current, with a four-year California limitation period', () => {
    expect(a.stage).toBe('current');
    expect(a.limitations).toMatchObject({ jurisdiction: 'US-CA', years: 4, timeBarred: false });
    expect(a.audit.map((e) => [e.rule, e.to])).toEqual([['account.opened', 'current']]);
  });

  it('enters grace the day after the first missed due date, then early at 16 days', () => {
    const r = machine.advance(a, '2026-02-20');
    expect(moves(r)).toEqual([
      ['2026-02-02', 'current', 'grace'],
      ['2026-02-17', 'grace', 'early'],
    ]);
    expect(r.actions.map((x) => [x.date, x.type, x.notice ?? null])).toEqual([
      ['2026-02-02', 'sendReminder', 'courtesyReminder'],
      ['2026-02-17', 'assessLateFee', null],
      ['2026-02-17', 'sendNotice', 'pastDueNotice'],
    ]);
    expect(machine.countDaysPastDue(r.account, '2026-02-20').daysPastDue).toBe(19);
    a = r.account;
  });

  it('records a letter: credit reporting is allowed 14 days later (12 CFR 1006.30(a))', () => {
    const r = machine.transition(a, { type: 'communicationMade', date: '2026-02-20', channel: 'letter' });
    expect(r.ok).toBe(true);
    expect(r.account.communication.reportingAllowedOn).toBe('2026-03-06');
    a = r.account;
  });

  it('holds escalation while a promise is open, counts it broken after the grace days, then escalates', () => {
    const promise = machine.transition(a, { type: 'promiseMade', date: '2026-02-22', amount: '200.00', dueDate: '2026-02-27' });
    expect(promise.ok && promise.account.arrangement).toMatchObject({ kind: 'promiseToPay', breaksOn: '2026-03-03' });
    expect(promise.actions.map((x) => [x.type, x.scheduledOn])).toEqual([['scheduleReminder', '2026-02-27']]);
    const r = machine.advance(promise.account, '2026-03-10');
    expect(r.audit.map((e) => [e.date, e.rule])).toEqual([
      ['2026-03-03', 'promise.broken'],
      ['2026-03-04', 'stage.threshold'],
      ['2026-03-06', 'reporting.priorCommunicationMet'],
    ]);
    expect(moves(r)).toEqual([['2026-03-04', 'early', 'mid']]);
    expect(r.account.counters.brokenPromises).toBe(1);
    // The mid-stage report waits for the 14 days after the letter (12 CFR 1006.30(a)(1)(ii)).
    const mid = r.audit[1];
    expect(mid?.suppressed.map((s) => [s.action.type, s.by])).toEqual([['reportToBureau', ['priorCommunication']]]);
    expect(r.account.communication).toEqual({ reportingAllowedOn: '2026-03-06', reportPending: false, reportedOn: '2026-03-06', history: [{ date: '2026-02-20', channel: 'letter', outcome: 'sent' }] });
    const later = machine.advance(r.account, '2026-03-10');
    expect(later.audit).toEqual([]);
    a = r.account;
  });

  it('sends the deferred credit report on the first day allowed', () => {
    // The report was deferred on 03-04 and allowed from 03-06: it went out during the advance.
    const report = a.audit.find((e) => e.rule === 'reporting.priorCommunicationMet');
    expect(report?.date).toBe('2026-03-06');
    expect(report?.actions.map((x) => x.type)).toEqual(['reportToBureau']);
  });

  it('stops the clock and refuses legal referral while a dispute is unverified (12 CFR 1006.38(d)(2))', () => {
    const disputed = machine.transition(a, { type: 'disputeReceived', date: '2026-03-10' });
    expect(disputed.actions.map((x) => x.type)).toEqual(['obtainVerification', 'stopCollection']);
    const r = machine.advance(disputed.account, '2026-04-10');
    expect(moves(r)).toEqual([]);
    expect(r.account.daysPastDue).toBe(37);
    const referral = machine.transition(r.account, { type: 'legalReferral', date: '2026-04-10' });
    expect(referral.ok).toBe(false);
    if (!referral.ok) expect(referral.findings.map((x) => x.code)).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE', 'ESCALATION_DISPUTE_UNVERIFIED']);
    const offer = machine.transition(r.account, { type: 'promiseMade', date: '2026-04-10', amount: '10.00', dueDate: '2026-04-20' });
    expect(offer.ok).toBe(false);
    if (!offer.ok) expect(offer.findings[0]?.citation).toBe('12 CFR 1006.38(d)(2)');
    const verified = machine.transition(r.account, { type: 'verificationSent', date: '2026-04-10' });
    expect(verified.ok).toBe(true);
    expect(verified.actions.map((x) => x.type)).toEqual(['resumeCollection', 'resumeContact']);
    expect(verified.account.pausedDays).toBe(31);
    a = verified.account;
  });

  it('resumes the clock after verification: late at 61 effective days', () => {
    const r = machine.advance(a, '2026-05-15');
    expect(moves(r)).toEqual([['2026-05-04', 'mid', 'late']]);
    a = r.account;
  });

  it('during a bankruptcy stay posts payments and refuses everything else that collects', () => {
    const filed = machine.transition(a, { type: 'bankruptcyFiled', date: '2026-05-15', chapter: 13 });
    expect(filed.actions.map((x) => x.type)).toEqual(['stopCollection', 'stopContact']);
    const promise = machine.transition(filed.account, { type: 'promiseMade', date: '2026-05-20', amount: '100.00', dueDate: '2026-05-30' });
    expect(promise.ok).toBe(false);
    if (!promise.ok) expect(promise.findings).toEqual([{ code: 'ESCALATION_BANKRUPTCY_STAY', severity: 'violation', message: expect.stringContaining('nothing but payment posting'), citation: '11 U.S.C. 362(a)', details: expect.objectContaining({ guard: 'bankruptcyStay', event: 'promiseMade' }) }]);
    const paid = machine.transition(filed.account, { type: 'paymentReceived', date: '2026-06-01', amount: '50.00', paymentId: 'chk-1' });
    expect(paid.ok).toBe(true);
    expect(paid.account.balance).toBe('1150.00');
    expect(paid.account.dues[0]).toEqual({ dueDate: '2026-02-01', amount: '50.00' });
    const dismissed = machine.transition(paid.account, { type: 'bankruptcyDismissed', date: '2026-07-01' });
    expect(dismissed.ok).toBe(true);
    expect(dismissed.account.daysPastDue).toBe(72);
    a = dismissed.account;
  });

  it('charges off at 180 effective days, through pre-charge-off', () => {
    const r = machine.advance(a, '2026-12-31');
    expect(moves(r)).toEqual([
      ['2026-08-19', 'late', 'preChargeOff'],
      ['2026-10-17', 'preChargeOff', 'chargedOff'],
    ]);
    expect(r.actions.filter((x) => x.date === '2026-10-17').map((x) => x.type)).toEqual(['chargeOff', 'reportToBureau']);
    a = r.account;
  });

  it('explains where the account is and why', () => {
    const e = machine.explain(a, '2026-12-31');
    expect(e).toMatchObject({ stage: 'chargedOff', stageEnteredOn: '2026-10-17', daysPastDue: 255, pausedDays: 78, oldestUnpaidDueDate: '2026-02-01', terminal: false });
    expect(e.steps.map((s) => s.to)).toEqual(['current', 'grace', 'early', 'mid', 'late', 'preChargeOff', 'chargedOff']);
    expect(e.summary[0]).toContain('chargedOff since 2026-10-17');
  });

  it('replays its log to the same account, and survives a JSON round trip', () => {
    expect(machine.replay(a)).toEqual(a);
    const copy = JSON.parse(JSON.stringify(a)) as EscalationAccount;
    expect(copy).toEqual(a);
    expect(machine.countDaysPastDue(copy, '2027-01-10').daysPastDue).toBe(265);
  });
});
