import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation, isArrearsError } from '../../src/escalation/index.js';

// Issue 18, escalation items 9-14: each case below failed on the code before the fix.

const machine = createEscalation();

function ok(r: EscalationResult): EscalationAccount {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.findings)}`);
  return r.account;
}

function codes(r: EscalationResult): string[] {
  return r.findings.map((x) => x.code);
}

function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return error.code;
  }
  throw new Error('expected an arrears error');
}

const referral = (date: string, extra: Partial<EscalationEventInput> = {}): EscalationEventInput => ({ type: 'legalReferral', date, ...extra }) as EscalationEventInput;

describe('item 9: only the accounts the machine returned are trusted', () => {
  const barred = machine.advance(
    machine.initialState({ currency: 'USD', openedOn: '2010-01-01', balance: '600.00', dues: [{ dueDate: '2010-01-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } }),
    '2026-01-01',
  ).account;

  it('refuses a legal referral on a time-barred debt whose spread copy says it is not barred', () => {
    expect(barred.limitations.timeBarred).toBe(true);
    const edited = { ...barred, limitations: { ...barred.limitations, timeBarred: false, timeBarredOn: null } };
    expect(codes(machine.transition(edited, referral('2026-01-02')))).toContain('ESCALATION_TIME_BARRED');
    expect(codes(machine.transition(JSON.parse(JSON.stringify(edited)) as EscalationAccount, referral('2026-01-02')))).toContain('ESCALATION_TIME_BARRED');
  });

  it('recomputes a stale next review on a spread copy', () => {
    const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }] });
    const stale = { ...opened, nextReviewOn: '2030-01-01' };
    expect(machine.advance(stale, '2026-02-20').account.stage).toBe('mid');
  });

  it('does not trust an object that inherits from, or proxies, one of its accounts', () => {
    // A trusted account with nothing due comes back as the very same object; any other is
    // copied, checked and recomputed first.
    expect(machine.advance(barred, barred.clock).account).toBe(barred);
    // An object that only inherits the fields has none of its own: it is not an account.
    const inherited = Object.create(barred) as EscalationAccount;
    Object.defineProperty(inherited, 'limitations', { value: { ...barred.limitations, timeBarred: false, timeBarredOn: null }, enumerable: true });
    expect(thrownCode(() => machine.transition(inherited, referral('2026-01-02')))).toBe('INPUT_INVALID_VALUE');
    const proxy = new Proxy(barred, {});
    expect(machine.advance(proxy, barred.clock).account).not.toBe(proxy);
    const lying = new Proxy({ ...barred }, { get: (target, key) => (key === 'limitations' ? { ...target.limitations, timeBarred: false, timeBarredOn: null } : Reflect.get(target, key)) });
    expect(codes(machine.transition(lying, referral('2026-01-02')))).toContain('ESCALATION_TIME_BARRED');
  });

  it('returns accounts whose derived fields cannot be edited in place', () => {
    expect(Reflect.set(barred, 'nextReviewOn', '2099-01-01')).toBe(false);
    expect(Reflect.set(barred.limitations, 'timeBarred', false)).toBe(false);
    expect(barred.nextReviewOn).not.toBe('2099-01-01');
  });
});

describe('item 10: no jurisdiction and no period means the limitation status is unknown', () => {
  const late = machine.advance(machine.initialState({ currency: 'USD', openedOn: '2010-01-01', balance: '600.00', dues: [{ dueDate: '2010-01-15', amount: '100.00' }] }), '2026-01-01').account;

  it('refuses a legal referral without the caller saying the debt is within the limitation period', () => {
    const r = machine.transition(late, referral('2026-01-02'));
    expect(codes(r)).toEqual(['ESCALATION_LIMITATION_STATUS_UNKNOWN']);
    expect(r.findings[0]?.citation).toBe('12 CFR 1006.26(b)');
    const stated = machine.transition(late, referral('2026-01-02', { withinLimitationPeriod: true }));
    expect([ok(stated).stage, stated.actions.map((a) => a.type)]).toEqual(['referredToLegal', ['requestLegalReview']]);
    expect(codes(machine.transition(late, referral('2026-01-02', { withinLimitationPeriod: false })))).toContain('ESCALATION_TIME_BARRED');
  });

  it('holds back stage notices that threaten suit while the status is unknown', () => {
    const m = createEscalation({ stages: [{ id: 'demand', minDaysPastDue: 10, actions: [{ type: 'sendNotice', notice: 'suitWarning', threatensSuit: true }, { type: 'sendNotice', notice: 'plain' }] }] });
    const r = m.advance(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-05', amount: '100.00' }] }), '2026-01-20');
    const entry = r.audit.find((e) => e.to === 'demand');
    expect(entry?.actions.map((a) => a.notice)).toEqual(['plain']);
    expect(entry?.suppressed.map((s) => [s.action.notice, s.by])).toEqual([['suitWarning', ['limitationStatusUnknown']]]);
  });

  it('guards a policy transition into legal referral, legal actions of templates and timeBarred policy guards the same way', () => {
    const m = createEscalation({
      stages: [{ id: 'review', minDaysPastDue: 5, actions: [{ type: 'requestLegalReview' }] }],
      transitions: [{ event: 'sue', from: ['review'], to: 'referredToLegal' }],
      guards: [{ id: 'noSaleWhenBarred', description: 'No sale of a time-barred debt.', events: ['sold'], when: { timeBarred: true } }],
    });
    const r = m.advance(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-02', amount: '100.00' }] }), '2026-01-20');
    expect(r.audit.find((e) => e.to === 'review')?.suppressed.map((x) => x.by)).toEqual([['limitationStatusUnknown']]);
    expect(codes(m.transition(r.account, { type: 'custom', name: 'sue', date: '2026-01-20' }))).toEqual(['ESCALATION_LIMITATION_STATUS_UNKNOWN']);
    expect(codes(m.transition(r.account, { type: 'sold', date: '2026-01-20' }))).toEqual(['ESCALATION_POLICY_GUARD']);
  });

  it('says in explain which fact is missing', () => {
    const findings = machine.explain(late).findings;
    expect(findings.map((f) => [f.code, f.severity])).toContainEqual(['ESCALATION_LIMITATION_STATUS_UNKNOWN', 'warning']);
  });

  it('takes the shorter period when the debt kind is not given', () => {
    const a = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1.00', limitations: { jurisdiction: 'US-AZ' } });
    expect([a.limitations.years, a.limitations.debtKind]).toEqual([3, 'unknown']);
    expect(machine.explain(a).findings.map((f) => f.code)).toContain('ESCALATION_DEBT_KIND_UNKNOWN');
    expect(machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '1.00', limitations: { jurisdiction: 'US-AZ', debtKind: 'writtenContract' } }).limitations.years).toBe(6);
  });
});

describe('item 11: cease and attorney holds stop every communication with the consumer', () => {
  const open = (): EscalationAccount => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });

  it('holds back offers under a cease request, and names every addressee', () => {
    const ceased = ok(machine.transition(open(), { type: 'ceaseRequested', date: '2026-01-02' }));
    const r = machine.advance(ceased, '2026-02-15');
    const mid = r.audit.find((e) => e.to === 'mid');
    expect(mid?.actions.map((a) => a.type)).toEqual([]);
    expect(mid?.suppressed.map((s) => s.action.type)).toEqual(['sendNotice', 'reportToBureau', 'offerPaymentPlan']);
    expect(r.audit.flatMap((e) => e.actions).every((a) => typeof a.addressee === 'string')).toBe(true);
  });

  it("posts the consumer's own acceptance of an arrangement under a cease request, without a reminder", () => {
    const ceased = ok(machine.transition(machine.advance(open(), '2026-02-15').account, { type: 'ceaseRequested', date: '2026-02-15' }));
    const r = machine.transition(ceased, { type: 'promiseMade', date: '2026-02-16', amount: '100.00', dueDate: '2026-02-20' });
    expect(r.ok).toBe(true);
    expect(r.actions).toEqual([]);
    expect(r.audit[0]?.suppressed.map((s) => s.action.type)).toEqual(['scheduleReminder']);
  });

  it('sends communications to the attorney under an attorney hold', () => {
    const represented = ok(machine.transition(open(), { type: 'attorneyNotice', date: '2026-01-02', attorney: 'J. Doe' }));
    const r = machine.advance(represented, '2026-02-15');
    const mid = r.audit.find((e) => e.to === 'mid');
    expect(mid?.actions.map((a) => [a.type, a.addressee])).toEqual([
      ['sendNotice', 'attorney'],
      ['offerPaymentPlan', 'attorney'],
    ]);
    expect(mid?.suppressed.map((s) => [s.action.type, s.action.addressee])).toEqual([['reportToBureau', 'consumerReportingAgency']]);
  });

  it('lets through the notices 12 CFR 1006.6(c)(2) allows', () => {
    const m = createEscalation({ stages: [{ id: 'last', minDaysPastDue: 5, actions: [{ type: 'sendNotice', notice: 'remedyNotice', ceaseException: 'remedyInvoked' }, { type: 'sendNotice', notice: 'demand' }] }] });
    const ceased = ok(m.transition(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00', dues: [{ dueDate: '2026-01-05', amount: '100.00' }] }), { type: 'ceaseRequested', date: '2026-01-02' }));
    const entry = m.advance(ceased, '2026-01-20').audit.find((e) => e.to === 'last');
    expect(entry?.actions.map((a) => [a.notice, a.addressee])).toEqual([['remedyNotice', 'consumer']]);
    expect(entry?.suppressed.map((s) => s.action.notice)).toEqual(['demand']);
  });
});

describe('item 12: a back-dated event replays the account up to the day it was recorded', () => {
  it('shows the stage the days justify on the recording day, with the next review after it', () => {
    const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] });
    const r = machine.transition(opened, { type: 'communicationMade', channel: 'letter', date: '2026-01-12', recordedOn: '2026-02-20' });
    const a = ok(r);
    expect(a.stage).toBe('mid');
    expect(a.nextReviewOn !== null && a.nextReviewOn > '2026-02-20').toBe(true);
    expect(machine.countDaysPastDue(a, '2026-02-20').daysPastDue).toBe(41);
  });

  it('does the same when the back-dated event is before the clock', () => {
    const mid = machine.advance(machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] }), '2026-02-20').account;
    const a = ok(machine.transition(mid, { type: 'ceaseRequested', date: '2026-01-05', recordedOn: '2026-03-20' }));
    expect(a.stage).toBe('late');
    expect(a.nextReviewOn !== null && a.nextReviewOn > '2026-03-20').toBe(true);
  });
});

describe('item 13: custom states keep the clock and the ladder running', () => {
  const make = () => createEscalation({
    states: [{ id: 'review' }, { id: 'frozenReview', freezes: { escalation: true, clock: true } }],
    transitions: [
      { event: 'startReview', from: ['mid', 'late'], to: 'review' },
      { event: 'startFrozenReview', from: ['mid'], to: 'frozenReview' },
      { event: 'endReview', from: ['review', 'frozenReview'], returnToLadder: true },
    ],
  });
  const setup = () => {
    const m = make();
    return { m, mid: m.advance(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] }), '2026-02-20').account };
  };

  it('reaches charge-off from a custom state', () => {
    const { m, mid } = setup();
    const review = ok(m.transition(mid, { type: 'custom', name: 'startReview', date: '2026-02-20' }));
    expect(review.stage).toBe('review');
    expect(m.advance(review, '2026-08-01').account.stage).toBe('chargedOff');
  });

  it('goes back to the stage the days justify', () => {
    const { m, mid } = setup();
    const review = ok(m.transition(mid, { type: 'custom', name: 'startReview', date: '2026-02-20' }));
    const back = ok(m.transition(review, { type: 'custom', name: 'endReview', date: '2026-03-01' }));
    expect(back.stage).toBe('mid');
    expect(m.toMermaid()).toContain('review --> ladder: endReview');
  });

  it('freezes the clock and the ladder only when the state says so', () => {
    const { m, mid } = setup();
    const frozen = ok(m.transition(mid, { type: 'custom', name: 'startFrozenReview', date: '2026-02-20' }));
    const later = m.advance(frozen, '2026-09-01').account;
    expect(later.stage).toBe('frozenReview');
    expect(m.countDaysPastDue(later, '2026-09-01').daysPastDue).toBe(41);
    const back = ok(m.transition(later, { type: 'custom', name: 'endReview', date: '2026-09-01' }));
    expect([back.stage, back.holds]).toEqual(['mid', []]);
  });
});

describe('item 14: a missed plan installment names its due date and honors the tolerance', () => {
  const planned = ok(
    machine.transition(machine.advance(machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '300.00', dues: [{ dueDate: '2026-01-10', amount: '100.00' }] }), '2026-01-20').account, {
      type: 'planAgreed',
      date: '2026-01-20',
      installments: [
        { dueDate: '2026-02-01', amount: '50.00' },
        { dueDate: '2026-03-01', amount: '50.00' },
      ],
    }),
  );

  it('requires the due date of the installment reported missed', () => {
    expect(thrownCode(() => machine.transition(planned, { type: 'planInstallmentMissed', date: '2026-02-05' } as EscalationEventInput))).toBe('INPUT_MISSING');
  });

  it('refuses a miss reported within the tolerance, and an installment the plan does not have', () => {
    const within = machine.transition(planned, { type: 'planInstallmentMissed', date: '2026-02-05', dueDate: '2026-02-01' } as EscalationEventInput);
    expect(codes(within)).toEqual(['ESCALATION_WITHIN_TOLERANCE']);
    expect(codes(machine.transition(planned, { type: 'planInstallmentMissed', date: '2026-02-05', dueDate: '2026-02-02' } as EscalationEventInput))).toEqual(['ESCALATION_NOT_FOUND']);
  });

  it('names the due date in the notice of a miss', () => {
    const r = machine.advance(planned, '2026-02-12');
    const notice = r.actions.find((a) => a.notice === 'planInstallmentMissed');
    expect(notice?.dueDate).toBe('2026-02-01');
  });
});

describe('item 15: bounds', () => {
  it('refuses an event on an account whose log is full, with a typed error', () => {
    const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00' });
    const letter = { type: 'communicationMade', date: '2026-01-01', channel: 'letter' } as const;
    // 20,000 letters on the opening day, written as the machine writes them (one log entry and
    // one audit entry each: the replay check of a stored account must agree).
    const one = JSON.parse(JSON.stringify(ok(machine.transition(opened, letter)))) as EscalationAccount;
    const entry = one.audit[1] as EscalationAccount['audit'][number];
    const full: EscalationAccount = {
      ...one,
      log: Array.from({ length: 20_000 }, (_, i) => ({ seq: i + 1, clock: '2026-01-01', recordedOn: '2026-01-01', event: letter })),
      audit: [one.audit[0] as EscalationAccount['audit'][number], ...Array.from({ length: 20_000 }, (_, i) => ({ ...entry, seq: i + 2, eventSeq: i + 1 }))],
    };
    expect(machine.advance(full, '2026-01-01').account.log).toHaveLength(20_000);
    expect(thrownCode(() => machine.transition(full, { type: 'communicationMade', date: '2026-01-02', channel: 'letter' }))).toBe('ESCALATION_LIMIT_EXCEEDED');
    full.log = [...full.log, { ...(full.log[0] as EscalationAccount['log'][number]), seq: 20_001 }];
    expect(thrownCode(() => machine.advance(full, '2026-01-02'))).toBe('INPUT_OUT_OF_RANGE');
  });

  it('merges 10,000 dues of the same dates at opening (one sort; the timing is in docs/escalation.md)', () => {
    const dues = Array.from({ length: 10_000 }, (_, i) => ({ dueDate: `${2000 + Math.floor(i / 365)}-01-01`, amount: '1.00' }));
    const a = machine.initialState({ currency: 'USD', openedOn: '1999-12-01', balance: '10000.00', dues, limitations: { years: 6 } });
    expect(a.dues).toHaveLength(28);
    expect(a.dues[0]?.amount).toBe('365.00');
  });
});
