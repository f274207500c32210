import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation, DEFAULT_ESCALATION_POLICY, EscalationReasonCodes } from '../../src/escalation/index.js';

const machine = createEscalation();

function open(extra: Partial<Parameters<typeof machine.initialState>[0]> = {}): EscalationAccount {
  return machine.initialState({
    currency: 'USD',
    openedOn: '2026-01-01',
    balance: '300.00',
    dues: [
      { dueDate: '2026-01-10', amount: '100.00' },
      { dueDate: '2026-02-10', amount: '100.00' },
      { dueDate: '2026-03-10', amount: '100.00' },
    ],
    ...extra,
  });
}

function ok(r: EscalationResult): EscalationAccount {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.findings)}`);
  return r.account;
}

function codes(r: EscalationResult): string[] {
  return r.findings.map((x) => x.code);
}

function on(a: EscalationAccount, event: EscalationEventInput): EscalationResult {
  return machine.transition(a, event);
}

describe('initialState', () => {
  it('sorts and merges the dues and derives the opening stage without crossing entries', () => {
    const a = machine.initialState({
      currency: 'USD',
      openedOn: '2026-03-01',
      balance: '500.00',
      dues: [
        { dueDate: '2026-02-01', amount: '50.00' },
        { dueDate: '2026-01-01', amount: '25.5' },
        { dueDate: '2026-02-01', amount: '50.00' },
      ],
    });
    expect(a.dues).toEqual([
      { dueDate: '2026-01-01', amount: '25.50' },
      { dueDate: '2026-02-01', amount: '100.00' },
    ]);
    expect([a.stage, a.daysPastDue]).toEqual(['mid', 59]);
    expect(a.audit).toHaveLength(1);
  });

  it('opens an imported account directly in the given state', () => {
    expect(open({ stage: 'placed' }).stage).toBe('placed');
  });

  it('opens charged off when the delinquency is past the charge-off threshold', () => {
    expect(open({ openedOn: '2026-12-31' }).stage).toBe('chargedOff');
  });

  it('flags a debt that is already time-barred when opened', () => {
    const a = open({ openedOn: '2030-01-01', limitations: { jurisdiction: 'US-MS' } });
    expect(a.limitations).toMatchObject({ years: 3, timeBarredOn: '2029-01-11', timeBarred: true });
    expect(a.audit.map((e) => e.rule)).toEqual(['account.opened', 'limitations.expired']);
  });

  it('takes an explicit period and accrual day', () => {
    const a = open({ limitations: { years: 2, accruedOn: '2025-06-01' } });
    expect(a.limitations.timeBarredOn).toBe('2027-06-01');
  });
});

describe('advance', () => {
  it('re-derives the stage downward when a payment clears the oldest installment', () => {
    const a = machine.advance(open(), '2026-02-20').account;
    expect(a.stage).toBe('mid');
    const r = on(a, { type: 'paymentReceived', date: '2026-02-20', amount: '100.00' });
    expect(r.audit.filter((e) => e.from !== e.to).map((e) => [e.from, e.to, e.rule])).toEqual([['mid', 'grace', 'stage.rederived']]);
    expect(r.account.daysPastDue).toBe(10);
    const all = on(r.account, { type: 'paymentReceived', date: '2026-02-21', amount: '100.00' });
    expect(ok(all).stage).toBe('current');
  });

  it('re-escalates one stage at a time when a payment is reversed', () => {
    let a = machine.advance(open(), '2026-02-20').account;
    a = ok(on(a, { type: 'paymentReceived', date: '2026-02-20', amount: '100.00', paymentId: 'ach-9' }));
    const r = on(a, { type: 'paymentReversed', date: '2026-02-22', paymentId: 'ach-9', reason: 'NSF' });
    expect(r.audit.filter((e) => e.from !== e.to).map((e) => [e.date, e.to])).toEqual([
      ['2026-02-22', 'early'],
      ['2026-02-22', 'mid'],
    ]);
    expect(ok(r).balance).toBe('300.00');
    expect(codes(on(ok(r), { type: 'paymentReversed', date: '2026-02-23', paymentId: 'ach-9' }))).toEqual(['ESCALATION_NOT_FOUND']);
  });

  it('is idempotent, returns the same account while nothing is due, and refuses to go before the clock', () => {
    const a = machine.advance(open(), '2026-02-01').account;
    expect([a.stage, a.clock, a.nextReviewOn]).toEqual(['early', '2026-01-26', '2026-02-10']);
    expect(machine.advance(a, '2026-02-01').account).toBe(a);
    expect(machine.advance(a, '2026-01-28').account).toBe(a);
    expect(machine.advance(a, '2026-02-09').account).toBe(a);
    expect(machine.advance(a, '2026-02-10').account).not.toBe(a);
    expect(() => machine.advance(a, '2026-01-25')).toThrow(expect.objectContaining({ code: 'ESCALATION_ADVANCE_BACKWARDS' }));
  });

  it('keeps a terminal account where it is', () => {
    const paid = ok(on(open(), { type: 'paymentReceived', date: '2026-01-05', amount: '400.00' }));
    expect(paid.stage).toBe('paidInFull');
    const later = machine.advance(paid, '2027-01-01').account;
    expect(later).toBe(paid);
    expect([later.stage, later.clock, later.nextReviewOn]).toEqual(['paidInFull', '2026-01-05', null]);
    expect(machine.countDaysPastDue(later, '2027-01-01')).toEqual({ asOf: '2027-01-01', daysPastDue: 0, pausedDays: 0 });
    expect(codes(on(later, { type: 'paymentReceived', date: '2027-01-02', amount: '1.00' }))).toEqual(['ESCALATION_ACCOUNT_CLOSED']);
  });
});

describe('transition: arrangements', () => {
  it('keeps a promise when the payments reach its amount', () => {
    let a = machine.advance(open(), '2026-01-20').account;
    a = ok(on(a, { type: 'promiseMade', date: '2026-01-20', amount: '150.00', dueDate: '2026-01-30' }));
    expect(codes(on(a, { type: 'promiseMade', date: '2026-01-20', amount: '1.00', dueDate: '2026-01-30' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    a = ok(on(a, { type: 'paymentReceived', date: '2026-01-25', amount: '100.00' }));
    const r = on(a, { type: 'paymentReceived', date: '2026-01-28', amount: '50.00' });
    expect(r.audit.map((e) => e.rule)).toContain('promise.kept');
    expect(ok(r).counters.keptPromises).toBe(1);
    expect(ok(r).arrangement).toBeNull();
  });

  it('breaks a plan after a missed installment and completes a kept one', () => {
    let a = machine.advance(open(), '2026-01-20').account;
    a = ok(on(a, { type: 'planAgreed', date: '2026-01-20', installments: [{ dueDate: '2026-01-25', amount: '50.00' }, { dueDate: '2026-02-25', amount: '50.00' }] }));
    const kept = ok(on(a, { type: 'paymentReceived', date: '2026-01-25', amount: '50.00' }));
    const broken = machine.advance(kept, '2026-03-15');
    expect(broken.audit.map((e) => [e.date, e.rule]).filter(([, r]) => r?.startsWith('plan'))).toEqual([
      ['2026-03-08', 'plan.installmentMissed'],
      ['2026-03-08', 'plan.broken'],
    ]);
    expect(broken.account.counters.brokenPlans).toBe(1);
    const done = on(kept, { type: 'paymentReceived', date: '2026-02-01', amount: '50.00' });
    expect(done.audit.map((e) => e.rule)).toContain('plan.completed');
  });

  it('accepts reported plan events', () => {
    let a = machine.advance(open(), '2026-01-20').account;
    a = ok(on(a, { type: 'planAgreed', date: '2026-01-20', installments: [{ dueDate: '2026-02-01', amount: '50.00' }] }));
    expect(codes(on(a, { type: 'planInstallmentMissed', date: '2026-01-21', dueDate: '2026-02-01' }))).toEqual(['ESCALATION_WITHIN_TOLERANCE']);
    expect(ok(on(a, { type: 'planBroken', date: '2026-01-21' })).arrangement).toBeNull();
    expect(ok(on(a, { type: 'planCompleted', date: '2026-01-21' })).arrangement).toBeNull();
    expect(codes(on(open(), { type: 'planBroken', date: '2026-01-02' }))).toEqual(['ESCALATION_NOT_FOUND']);
  });

  it('settles when the settlement is paid, and lapses it when not', () => {
    let a = machine.advance(open(), '2026-01-20').account;
    expect(codes(on(open(), { type: 'settlementAccepted', date: '2026-01-02', amount: '10.00', dueDate: '2026-01-05' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    a = ok(on(a, { type: 'settlementAccepted', date: '2026-01-20', amount: '180.00', dueDate: '2026-02-01' }));
    const settled = on(a, { type: 'paymentReceived', date: '2026-01-30', amount: '180.00' });
    expect(ok(settled).stage).toBe('settled');
    expect(settled.actions.map((x) => x.type)).toContain('closeAccount');
    expect(ok(on(a, { type: 'settlementPaid', date: '2026-01-21' })).stage).toBe('settled');
    const lapsed = machine.advance(a, '2026-02-05');
    expect(lapsed.audit.map((e) => [e.date, e.rule])[0]).toEqual(['2026-02-02', 'settlement.lapsed']);
    expect(codes(on(a, { type: 'settlementAccepted', date: '2026-01-21', amount: '400.00', dueDate: '2026-01-01' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE', 'ESCALATION_NOT_ALLOWED_IN_STATE', 'ESCALATION_NOT_ALLOWED_IN_STATE']);
  });

  it('pauses the clock under hardship until its end date', () => {
    let a = machine.advance(open(), '2026-01-20').account;
    a = ok(on(a, { type: 'hardshipGranted', date: '2026-01-20', endDate: '2026-02-28', reason: 'Job loss' }));
    const r = machine.advance(a, '2026-03-05');
    expect(r.audit[0]).toMatchObject({ date: '2026-03-01', rule: 'hold.expired' });
    expect(machine.countDaysPastDue(r.account, '2026-03-05')).toEqual({ asOf: '2026-03-05', daysPastDue: 14, pausedDays: 40 });
    expect(r.account.arrangement).toBeNull();
    const ended = ok(on(a, { type: 'hardshipEnded', date: '2026-02-01' }));
    expect(ended.holds).toEqual([]);
    expect(codes(on(open(), { type: 'hardshipEnded', date: '2026-01-02' }))).toEqual(['ESCALATION_NOT_FOUND']);
    expect(codes(on(a, { type: 'hardshipGranted', date: '2026-01-21', endDate: '2026-01-20' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE', 'ESCALATION_NOT_ALLOWED_IN_STATE']);
  });
});

describe('transition: holds', () => {
  it('stops contact on a cease request but still posts payments (12 CFR 1006.6(c))', () => {
    let a = ok(on(open(), { type: 'ceaseRequested', date: '2026-01-05' }));
    expect(a.holds.map((h) => [h.kind, h.citation])).toEqual([['ceaseCommunication', '12 CFR 1006.6(c)']]);
    const r = machine.advance(a, '2026-01-12');
    expect(r.audit[0]?.suppressed.map((s) => s.action.type)).toEqual(['sendReminder']);
    a = ok(on(r.account, { type: 'paymentReceived', date: '2026-01-12', amount: '100.00' }));
    expect(a.stage).toBe('current');
    expect(codes(on(a, { type: 'ceaseRequested', date: '2026-01-13' }))).toEqual(['ESCALATION_ALREADY_ACTIVE']);
    expect(ok(on(a, { type: 'ceaseWithdrawn', date: '2026-01-13' })).holds).toEqual([]);
  });

  it('routes contact to the attorney', () => {
    const r = on(open(), { type: 'attorneyNotice', date: '2026-01-05', attorney: 'J. Doe' });
    expect(r.actions[0]).toMatchObject({ type: 'stopContact', citation: '12 CFR 1006.6(b)(2)' });
    expect(ok(on(ok(r), { type: 'attorneyWithdrawn', date: '2026-01-06' })).holds).toEqual([]);
  });

  it('closes a deceased consumer with no estate and holds one with an estate', () => {
    expect(ok(on(open(), { type: 'deathNotified', date: '2026-01-05', estate: 'none' })).stage).toBe('closedDeceased');
    const a = ok(on(open(), { type: 'deathNotified', date: '2026-01-05' }));
    expect(a.holds[0]?.kind).toBe('deceased');
    expect(codes(on(a, { type: 'deathNotified', date: '2026-01-06' }))).toEqual(['ESCALATION_ALREADY_ACTIVE']);
  });

  it('caps interest at 6% for a servicemember, and refuses a notice more than 180 days after service (50 U.S.C. 3937)', () => {
    const r = on(open(), { type: 'servicememberNotice', date: '2026-01-05', serviceStart: '2025-12-01', serviceEnd: '2026-06-30', mortgage: true });
    expect(r.actions[0]).toMatchObject({ type: 'applyInterestRateCap', annualRate: '0.06', startDate: '2025-12-01', citation: '50 U.S.C. 3937' });
    expect(ok(r).holds[0]?.end).toBe('2027-06-30');
    expect(codes(on(ok(r), { type: 'servicememberNotice', date: '2026-01-06', serviceStart: '2025-12-01' }))).toEqual(['ESCALATION_ALREADY_ACTIVE']);
    const late = on(open({ openedOn: '2025-01-01' }), { type: 'servicememberNotice', date: '2026-01-05', serviceStart: '2025-01-01', serviceEnd: '2025-06-01' });
    expect(codes(late)).toEqual(['ESCALATION_SCRA_NOTICE_LATE']);
    expect(codes(on(open(), { type: 'servicememberNotice', date: '2026-01-05', serviceStart: '2026-01-02', serviceEnd: '2026-01-01' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
  });

  it('freezes everything during a fraud claim until it is resolved', () => {
    const a = ok(on(open(), { type: 'fraudClaimed', date: '2026-01-05' }));
    expect(machine.advance(a, '2026-06-01').account.stage).toBe('current');
    expect(on(a, { type: 'fraudResolved', date: '2026-01-06', confirmed: true }).actions.map((x) => x.notice)).toContain('fraudConfirmed');
    expect(ok(on(a, { type: 'fraudResolved', date: '2026-01-06', confirmed: false })).holds).toEqual([]);
  });

  it('stacks manual holds; lifting one never lifts another', () => {
    let a = ok(on(open(), { type: 'holdPlaced', date: '2026-01-05', kind: 'manual', holdId: 'review', reason: 'QA review' }));
    a = ok(on(a, { type: 'holdPlaced', date: '2026-01-05', kind: 'disaster', reason: 'Flood', endDate: '2026-01-31', freezes: { contact: true } }));
    a = ok(on(a, { type: 'bankruptcyFiled', date: '2026-01-06' }));
    expect(a.holds.map((h) => h.id)).toEqual(['review', 'disaster', 'bankruptcy']);
    expect(a.holds[1]?.freezes.contact).toBe(true);
    const lifted = ok(on(a, { type: 'holdLifted', date: '2026-01-07', holdId: 'review' }));
    expect(lifted.holds.map((h) => h.id)).toEqual(['disaster', 'bankruptcy']);
    expect(codes(on(a, { type: 'holdLifted', date: '2026-01-07', holdId: 'bankruptcy' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    expect(codes(on(a, { type: 'holdLifted', date: '2026-01-07', holdId: 'nope' }))).toEqual(['ESCALATION_NOT_FOUND']);
    expect(codes(on(a, { type: 'holdPlaced', date: '2026-01-07', kind: 'manual', holdId: 'review', reason: 'again' }))).toEqual(['ESCALATION_ALREADY_ACTIVE']);
    expect(codes(on(open(), { type: 'holdPlaced', date: '2026-01-07', kind: 'exempt', reason: 'x', endDate: '2026-01-06' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    expect(codes(on(open(), { type: 'holdLifted', date: '2026-01-07', holdId: 'x' }))).toEqual(['ESCALATION_NOT_FOUND']);
  });

  it('does not escalate an exempt account', () => {
    const a = ok(on(open(), { type: 'holdPlaced', date: '2026-01-02', kind: 'exempt', reason: 'VIP' }));
    const r = machine.advance(a, '2026-08-01');
    expect(r.account.stage).toBe('current');
    expect(machine.countDaysPastDue(r.account, '2026-08-01').daysPastDue).toBe(203);
  });
});

describe('transition: collection states and guards', () => {
  const late = machine.advance(open({ limitations: { jurisdiction: 'US-MS' } }), '2026-04-01').account;

  it('refers a late account to legal, and refuses a time-barred one (12 CFR 1006.26(b))', () => {
    expect(late.stage).toBe('late');
    const r = on(late, { type: 'legalReferral', date: '2026-04-01' });
    expect([ok(r).stage, r.actions[0]?.type]).toEqual(['referredToLegal', 'requestLegalReview']);
    const barred = machine.advance(late, '2029-01-11').account;
    expect(barred.limitations.timeBarred).toBe(true);
    const refused = on(barred, { type: 'legalReferral', date: '2029-01-11' });
    expect(codes(refused)).toEqual(['ESCALATION_TIME_BARRED']);
    if (!refused.ok) expect(refused.findings[0]?.citation).toBe('12 CFR 1006.26(b)');
  });

  it('places, recalls, charges off, sells and writes off', () => {
    const placed = on(late, { type: 'placedWithAgency', date: '2026-04-01', agency: 'ACME' });
    expect(placed.actions[0]).toMatchObject({ type: 'sendValidationNotice', citation: '12 CFR 1006.34' });
    expect(ok(on(ok(placed), { type: 'recalled', date: '2026-04-02' })).stage).toBe('recalled');
    expect(codes(on(late, { type: 'recalled', date: '2026-04-02' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    expect(ok(on(late, { type: 'chargeOff', date: '2026-04-02' })).stage).toBe('chargedOff');
    expect(codes(on(open(), { type: 'chargeOff', date: '2026-01-02' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    expect(ok(on(late, { type: 'sold', date: '2026-04-02', buyer: 'B' })).stage).toBe('sold');
    expect(ok(on(late, { type: 'writtenOff', date: '2026-04-02' })).stage).toBe('writtenOff');
    expect(codes(on(open(), { type: 'writtenOff', date: '2026-01-02' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    expect(ok(on(late, { type: 'bankruptcyDischarged', date: '2026-04-02' })).stage).toBe('discharged');
  });

  it('lists the allowed events and answers can() without applying', () => {
    const allowed = machine.allowedEvents(late);
    expect(allowed).toContain('legalReferral');
    expect(allowed).not.toContain('recalled');
    expect(machine.allowedEvents(open())).not.toContain('legalReferral');
    expect(machine.can(late, { type: 'legalReferral', date: '2026-04-01' })).toBe(true);
    expect(machine.can(late, { type: 'recalled', date: '2026-04-01' })).toBe(false);
    const stayed = ok(on(late, { type: 'bankruptcyFiled', date: '2026-04-01' }));
    expect(machine.allowedEvents(stayed)).not.toContain('promiseMade');
    expect(machine.allowedEvents(stayed)).toContain('paymentReceived');
  });

  it('tracks the 1006.30(a) gate: undeliverable mail within the wait blocks reporting', () => {
    let a = ok(on(open(), { type: 'communicationMade', date: '2026-01-02', channel: 'electronic' }));
    expect(a.communication.reportableFrom).toBe('2026-01-16');
    a = ok(on(a, { type: 'communicationUndeliverable', date: '2026-01-05' }));
    expect(a.communication.reportableFrom).toBeNull();
    // A call the event does not say reached the consumer (a voicemail, say) is not speaking to them.
    a = ok(on(a, { type: 'communicationMade', date: '2026-01-06', channel: 'telephone' }));
    expect(a.communication.reportableFrom).toBeNull();
    a = ok(on(a, { type: 'communicationMade', date: '2026-01-06', channel: 'telephone', spokeWithConsumer: true }));
    expect(a.communication.reportableFrom).toBe('2026-01-06');
    a = ok(on(a, { type: 'communicationUndeliverable', date: '2026-01-20' }));
    expect(a.communication.reportableFrom).toBe('2026-01-06');
    a = ok(on(a, { type: 'communicationMade', date: '2026-01-21', channel: 'letter' }));
    expect(a.communication.reportableFrom).toBe('2026-01-06');
  });

  it('adds installments and adjusts the balance within limits', () => {
    const a = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00' });
    expect(codes(on(a, { type: 'installmentDue', date: '2026-01-05', amount: '100.01' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    const b = ok(on(a, { type: 'installmentDue', date: '2026-01-05', dueDate: '2026-01-10', amount: '60.00' }));
    expect(b.dues).toEqual([{ dueDate: '2026-01-10', amount: '60.00' }]);
    expect(ok(on(b, { type: 'balanceAdjusted', date: '2026-01-06', amount: '15.00', reason: 'Late fee' })).balance).toBe('115.00');
    expect(codes(on(b, { type: 'balanceAdjusted', date: '2026-01-06', amount: '-50.00', reason: 'Waiver' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
  });

  it('notes an overpayment to refund', () => {
    const r = on(open(), { type: 'paymentReceived', date: '2026-01-02', amount: '350.00' });
    expect(r.actions.map((x) => [x.type, x.notice])).toEqual([
      ['notify', 'refundOverpayment'],
      ['closeAccount', undefined],
    ]);
  });
});

describe('transition: back-dated events', () => {
  it('replays from the event date and appends a correction; earlier entries stay', () => {
    const a = machine.advance(open(), '2026-02-20').account;
    const before = a.audit.length;
    const r = on(a, { type: 'bankruptcyFiled', date: '2026-01-12', recordedOn: '2026-02-20' });
    const account = ok(r);
    expect(account.audit.slice(0, before)).toEqual(a.audit);
    const marker = account.audit[before];
    expect(marker).toMatchObject({ rule: 'audit.correction', from: 'mid', to: 'grace', date: '2026-01-12', correction: { recordedOn: '2026-02-20' } });
    expect(marker?.correction?.supersedes.length).toBeGreaterThan(0);
    expect(account.stage).toBe('grace');
    expect(account.daysPastDue).toBe(2);
    expect(machine.replay(account)).toEqual(account);
    // Already-emitted actions are not repeated.
    expect(r.actions.map((x) => x.type)).toEqual(['stopCollection', 'stopContact']);
  });

  it('refuses a back-dated event the replay would refuse', () => {
    const a = ok(on(machine.advance(open(), '2026-02-20').account, { type: 'bankruptcyFiled', date: '2026-02-20' }));
    const r = on(a, { type: 'promiseMade', date: '2026-02-01', recordedOn: '2026-02-21', amount: '10.00', dueDate: '2026-02-10' });
    expect(r.ok).toBe(true);
    const refused = on(machine.advance(a, '2026-02-25').account, { type: 'recalled', date: '2026-02-21' });
    expect(codes(refused)).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
  });

  it('voids later events that a back-dated event makes impossible', () => {
    const a = machine.advance(open(), '2026-04-01').account;
    const referred = ok(on(a, { type: 'legalReferral', date: '2026-04-01', withinLimitationPeriod: true }));
    const r = on(referred, { type: 'disputeReceived', date: '2026-03-20', recordedOn: '2026-04-02' });
    const marker = ok(r).audit.find((e) => e.rule === 'audit.correction');
    expect(marker?.message).toContain('Events refused on replay: #1');
    expect(ok(r).stage).toBe('late');
  });
});

describe('policies', () => {
  it('adds states, transitions and guards without forking', () => {
    const m = createEscalation({
      states: [{ id: 'skipTrace', description: 'Looking for the consumer' }, { id: 'closedFraud', terminal: true }],
      transitions: [
        { event: 'startSkipTrace', from: ['late', 'chargedOff'], to: 'skipTrace', actions: [{ type: 'notify', notice: 'skipTraceVendor' }] },
        { event: 'found', from: ['skipTrace'], to: 'chargedOff' },
        { event: 'fraud', from: ['skipTrace'], to: 'closedFraud' },
      ],
      guards: [{ id: 'smallBalance', description: 'No legal referral under 500.00.', events: ['legalReferral', 'startSkipTrace'], when: { balanceBelow: '500.00', states: ['late'] }, citation: 'Policy 7' }],
    });
    const a = m.advance(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] }), '2026-04-01').account;
    const refused = m.transition(a, { type: 'legalReferral', date: '2026-04-01', withinLimitationPeriod: true });
    expect(refused.findings).toEqual([{ code: 'ESCALATION_POLICY_GUARD', severity: 'violation', message: 'No legal referral under 500.00.', citation: 'Policy 7', details: { guard: 'smallBalance', event: 'legalReferral', state: 'late' } }]);
    const charged = ok(m.transition(a, { type: 'chargeOff', date: '2026-04-01' }));
    const traced = m.transition(charged, { type: 'custom', name: 'startSkipTrace', date: '2026-04-02' });
    expect([ok(traced).stage, traced.actions[0]?.notice]).toEqual(['skipTrace', 'skipTraceVendor']);
    expect(codes(m.transition(charged, { type: 'custom', name: 'found', date: '2026-04-02' }))).toEqual(['ESCALATION_NOT_ALLOWED_IN_STATE']);
    const closed = ok(m.transition(ok(traced), { type: 'custom', name: 'fraud', date: '2026-04-03' }));
    expect(closed.stage).toBe('closedFraud');
    expect(codes(m.transition(closed, { type: 'paymentReceived', date: '2026-04-04', amount: '1.00' }))).toEqual(['ESCALATION_ACCOUNT_CLOSED']);
    expect(m.toMermaid()).toContain('skipTrace --> closedFraud: fraud');
    expect(m.allowedEvents(charged)).toContain('custom');
    expect(() => createEscalation().advance(closed, '2026-05-01')).toThrow(expect.objectContaining({ code: 'ESCALATION_INVALID_ACCOUNT' }));
  });

  it('supports amount and count thresholds beside the days', () => {
    const m = createEscalation({ stages: [{ id: 'late', minDaysPastDue: 5, minPastDue: '150.00', minUnpaidInstallments: 2 }], chargeOff: { daysPastDue: null } });
    let a = m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }, { dueDate: '2026-01-20', amount: '100.00' }] });
    a = m.advance(a, '2026-01-20').account;
    expect([a.stage, m.countDaysPastDue(a, '2026-01-20').daysPastDue]).toEqual(['current', 10]);
    const r = m.advance(a, '2026-01-25');
    expect(r.audit.map((e) => [e.date, e.to])).toEqual([['2026-01-21', 'late']]);
    expect(m.toMermaid()).toContain('current --> late: time [dpd >= 5 and pastDue >= 150.00 and unpaid >= 2]');
    expect(m.advance(r.account, '2027-01-01').account.stage).toBe('late');
  });

  it('lets a policy change what a hold freezes and turn off the arrangement pause', () => {
    const m = createEscalation({ holds: { ceaseCommunication: { clock: true } }, arrangementsSuspendEscalation: false, requirePriorCommunicationForReporting: false, timers: { promiseGraceDays: 0 } });
    expect(m.policy.timers?.promiseGraceDays).toBe(0);
    const a = m.transition(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] }), { type: 'ceaseRequested', date: '2026-01-02' });
    expect(m.advance(ok(a), '2026-03-01').account.daysPastDue).toBe(0);
  });

  it('exposes the default policy and draws it', () => {
    expect(machine.policy.id).toBe(DEFAULT_ESCALATION_POLICY.id);
    expect(machine.toMermaid().split('\n')[0]).toBe('stateDiagram-v2');
    expect(EscalationReasonCodes.ESCALATION_BANKRUPTCY_STAY).toBe('ESCALATION_BANKRUPTCY_STAY');
  });
});
