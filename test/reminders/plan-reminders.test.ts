import { describe, expect, it } from 'vitest';
import { planReminders, safePlanReminders } from '../../src/reminders/index.js';
import type { PlanRemindersInput } from '../../src/reminders/index.js';
import { baseInput, em1, skipCodes, skippedOf, sms1, warningsOf } from './fixture.js';

function sendAts(input: PlanRemindersInput): string[] {
  return planReminders(input).reminders.map((r) => `${r.sendAt} ${r.channelId}`);
}

describe('planReminders: the reference note (communication.md 3.6, examples 13-15)', () => {
  it('plans three texts at the latest window start of New York and Los Angeles, the Saturday target moved to Friday (example 13)', () => {
    const result = planReminders(baseInput());
    expect(result.reminders.map((r) => [r.targetDate, r.sendDate, r.sendAt, r.channelId, r.kind])).toEqual([
      ['2026-12-12', '2026-12-11', '2026-12-11T17:00:00.000Z', 'sms1', 'upcoming'],
      ['2026-12-15', '2026-12-15', '2026-12-15T17:00:00.000Z', 'sms1', 'dueToday'],
      ['2026-12-18', '2026-12-18', '2026-12-18T17:00:00.000Z', 'sms1', 'pastDue'],
    ]);
    expect(result.reminders[0]?.local).toEqual({ 'America/New_York': '2026-12-11T12:00', 'America/Los_Angeles': '2026-12-11T09:00' });
    expect(result.reminders[0]?.trail.map((t) => t.code)).toEqual(['REMINDERS_OFFSET', 'REMINDERS_WEEKEND', 'REMINDERS_SEND_WINDOW', 'REMINDERS_CHANNEL']);
    expect(skippedOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([]);
    expect([result.ok, result.findings]).toEqual([true, []]);
  });

  it('drops the follow-up of an installment paid on 2026-12-16 and says why (example 13, re-planned)', () => {
    const input = baseInput();
    const paid: PlanRemindersInput = { ...input, asOf: '2026-12-16', at: '2026-12-16T15:00:00Z', plan: { ...input.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '100.00' }] } };
    const result = planReminders(paid);
    expect(result.reminders).toEqual([]);
    expect(skippedOf(result).map((s) => [s.code, s.severity, s.details?.['offsetDays']])).toEqual([['REMINDERS_INSTALLMENT_PAID', 'info', 3]]);
    // A paid installment is no failure of the run: the verdict stays ok.
    expect(result.ok).toBe(true);
  });

  it('moves the reminders to email after the consumer revoked text consent, citing TCPA and Regulation F (example 14)', () => {
    const input = baseInput();
    const revoked: PlanRemindersInput = { ...input, asOf: '2026-12-06', at: '2026-12-06T15:00:00Z', channels: [{ ...sms1, consent: { ...sms1.consent, revokedAt: '2026-12-05T18:00:00Z' } }, em1] };
    const result = planReminders(revoked);
    expect(result.reminders.map((r) => `${r.sendAt} ${r.channelId} ${r.medium}`)).toEqual([
      '2026-12-11T17:00:00.000Z em1 email',
      '2026-12-15T17:00:00.000Z em1 email',
      '2026-12-18T17:00:00.000Z em1 email',
    ]);
    expect(result.reminders[0]?.subject).toBe('A message from ABC Recovery');
    const first = skippedOf(result).filter((s) => s.details?.['offsetDays'] === -3);
    expect(first.map((s) => [s.code, s.citation, s.details?.['channelId'], s.details?.['fallback']])).toEqual([
      ['TCPA-REVOKE-REASONABLE', '47 CFR 64.1200(a)(10)', 'sms1', 'em1'],
      ['REGF-MEDIUM', '12 CFR 1006.14(h)(1)', 'sms1', 'em1'],
    ]);
  });

  it('keeps a stale number off texts when a safe-harbor basis is required, and warns when it is not (example 14)', () => {
    const input = baseInput();
    const stale = { ...sms1, consent: { givenAt: '2026-09-01T12:00:00Z', source: 'consumerText' }, safeHarbor: { basis: 'consumerTexted', lastConsumerTextOn: '2026-09-01' } } as const;
    const strict = planReminders({ ...input, channels: [stale, em1] });
    expect(strict.reminders.map((r) => r.channelId)).toEqual(['em1', 'em1', 'em1']);
    expect(new Set(skippedOf(strict).map((s) => `${s.code} ${s.citation}`))).toEqual(new Set(['REGF-SMS-SAFE-HARBOR 12 CFR 1006.6(d)(5)']));
    const loose = planReminders({ ...input, channels: [stale, em1], policy: { ...input.policy, requireSafeHarbor: false } });
    expect(loose.reminders.map((r) => r.channelId)).toEqual(['sms1', 'sms1', 'sms1']);
    expect(warningsOf(loose).map((w) => [w.code, w.severity])).toEqual([
      ['REGF-SMS-SAFE-HARBOR', 'warning'],
      ['REGF-SMS-SAFE-HARBOR', 'warning'],
      ['REGF-SMS-SAFE-HARBOR', 'warning'],
    ]);
    expect(loose.reminders[0]?.contactWarnings.map((w) => w.code)).toEqual(['REGF-SMS-SAFE-HARBOR']);
  });

  it('refuses an employer email reached through the creditor notice, and allows it when the consumer used it (example 15)', () => {
    const input = baseInput();
    const work = { ...em1, addressKind: 'work', safeHarbor: { basis: 'creditorNotice' } } as const;
    const refused = planReminders({ ...input, channels: [work] });
    expect(refused.reminders).toEqual([]);
    expect(new Set(skippedOf(refused).map((s) => s.code))).toEqual(new Set(['REGF-WORK-EMAIL']));
    const used = planReminders({ ...input, channels: [{ ...work, safeHarbor: { basis: 'consumerUsed' } }] });
    expect(used.reminders.map((r) => r.channelId)).toEqual(['em1', 'em1', 'em1']);
  });
});

describe('planReminders: time zones, DST, weekends and holidays', () => {
  const ny = { timeZones: ['America/New_York'] };

  it('keeps 09:00 local across the DST change in March and in November', () => {
    const input = baseInput();
    const march: PlanRemindersInput = {
      ...input,
      asOf: '2026-03-02',
      at: '2026-03-02T12:00:00Z',
      consumer: ny,
      channels: [em1],
      plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-03-06', amount: '100.00' }, { number: 2, dueDate: '2026-03-09', amount: '100.00' }] },
      policy: { ...input.policy, offsetsDays: [0] },
    };
    expect(sendAts(march)).toEqual(['2026-03-06T14:00:00.000Z em1', '2026-03-09T13:00:00.000Z em1']);
    const november: PlanRemindersInput = { ...march, asOf: '2026-10-26', at: '2026-10-26T12:00:00Z', plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-10-30', amount: '100.00' }, { number: 2, dueDate: '2026-11-02', amount: '100.00' }] } };
    expect(sendAts(november)).toEqual(['2026-10-30T13:00:00.000Z em1', '2026-11-02T14:00:00.000Z em1']);
  });

  it('moves a reminder due on Christmas (a Friday) to Monday or Thursday as the holiday rule says, or skips it', () => {
    const input = baseInput();
    const christmas: PlanRemindersInput = { ...input, consumer: ny, asOf: '2026-12-20', at: '2026-12-20T12:00:00Z', plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-25', amount: '100.00' }] }, policy: { ...input.policy, offsetsDays: [0] } };
    const later = planReminders(christmas);
    expect(later.reminders.map((r) => [r.targetDate, r.sendDate])).toEqual([['2026-12-25', '2026-12-28']]);
    expect(later.reminders[0]?.trail[1]?.message).toBe('2026-12-25 is a US federal holiday (5 U.S.C. 6103(a)): moved to 2026-12-28 (policy.holidays=shiftLater).');
    const earlier = planReminders({ ...christmas, policy: { ...christmas.policy, holidays: 'shiftEarlier' } });
    expect(earlier.reminders.map((r) => r.sendDate)).toEqual(['2026-12-24']);
    const skipped = planReminders({ ...christmas, policy: { ...christmas.policy, holidays: 'skip' } });
    expect(skipped.reminders).toEqual([]);
    expect(skipCodes(skipped)).toEqual(['0:-:REMINDERS_HOLIDAY']);
    const kept = planReminders({ ...christmas, policy: { ...christmas.policy, holidays: 'keep' } });
    expect(kept.reminders.map((r) => r.sendDate)).toEqual(['2026-12-25']);
  });

  it('sends on a Saturday target only when the weekend rule keeps it, and skips it when told', () => {
    const input = baseInput();
    const keep = planReminders({ ...input, policy: { ...input.policy, weekend: 'keep' } });
    expect(keep.reminders.map((r) => r.sendDate)).toEqual(['2026-12-12', '2026-12-15', '2026-12-18']);
    const skip = planReminders({ ...input, policy: { ...input.policy, weekend: 'skip' } });
    expect(skip.reminders.map((r) => r.sendDate)).toEqual(['2026-12-15', '2026-12-18']);
    expect(skipCodes(skip)).toEqual(['-3:-:REMINDERS_WEEKEND']);
  });

  it('skips when the windows of the zones never meet (New York and Guam)', () => {
    const input = baseInput();
    const result = planReminders({ ...input, consumer: { timeZones: ['America/New_York', 'Pacific/Guam'] } });
    expect(result.reminders).toEqual([]);
    expect(new Set(skippedOf(result).map((s) => s.code))).toEqual(new Set(['REMINDERS_NO_COMMON_WINDOW']));
  });

  it('plans nothing before the run instant: a reminder for today goes after `at`, or tomorrow when the window has closed', () => {
    const input = baseInput();
    const today: PlanRemindersInput = { ...input, asOf: '2026-12-15', at: '2026-12-15T18:30:10Z' };
    expect(sendAts(today)[0]).toBe('2026-12-15T18:31:00.000Z sms1');
    const late: PlanRemindersInput = { ...input, asOf: '2026-12-15', at: '2026-12-16T02:00:00Z' };
    const result = planReminders(late);
    expect(result.reminders.map((r) => `${r.offsetDays} ${r.sendAt}`)).toEqual(['0 2026-12-16T17:00:00.000Z', '3 2026-12-18T17:00:00.000Z']);
    expect(result.reminders[0]?.trail.map((t) => t.code)).toContain('REMINDERS_WINDOW_PASSED');
  });
});

describe('planReminders: consent, opt-outs, cease, disputes, holds', () => {
  it('never uses a text channel whose consent is unknown, and uses email instead', () => {
    const input = baseInput();
    const { consent: _unused, ...unknown } = sms1;
    const result = planReminders({ ...input, channels: [unknown, em1] });
    expect(result.reminders.map((r) => r.channelId)).toEqual(['em1', 'em1', 'em1']);
    expect(skippedOf(result)[0]).toMatchObject({ code: 'REMINDERS_CONSENT_UNKNOWN', citation: '47 U.S.C. 227(b)(1)(A)(iii)', details: { channelId: 'sms1', fallback: 'em1' } });
    // Another channel carried the reminder: the channel's finding is for the record, and the plan is ok.
    expect(skippedOf(result)[0]).toMatchObject({ severity: 'info', details: { skipped: false } });
    expect(result.ok).toBe(true);
    const none = planReminders({ ...input, channels: [{ ...sms1, consent: null }] });
    expect(none.reminders).toEqual([]);
    expect(new Set(skippedOf(none).map((s) => s.code))).toEqual(new Set(['TCPA-ATDS-CELL']));
    expect(none.ok).toBe(skippedOf(none).every((s) => s.details?.['skipped'] === false));
  });

  it('honours an opt-out of the number through checkContact (REGF-MEDIUM) and falls back to email', () => {
    const input = baseInput();
    const result = planReminders({ ...input, consumer: { ...input.consumer, optOuts: [{ at: '2026-11-30T12:00:00Z', channel: 'sms', address: '+12125550100' }] } });
    expect(result.reminders.map((r) => r.channelId)).toEqual(['em1', 'em1', 'em1']);
    expect(skippedOf(result)[0]).toMatchObject({ code: 'REGF-MEDIUM', details: { channelId: 'sms1', fallback: 'em1', jurisdiction: 'US' } });
  });

  it('stops every reminder after a cease request received mid-plan', () => {
    const input = baseInput();
    const plan = { currency: 'USD', installments: [1, 2, 3].map((n) => ({ number: n, dueDate: `2027-0${String(n)}-15`, amount: '100.00' })) };
    const before: PlanRemindersInput = { ...input, channels: [em1], plan, asOf: '2027-01-10', at: '2027-01-10T15:00:00Z', policy: { ...input.policy, horizonDays: 60 } };
    expect(planReminders(before).reminders).toHaveLength(6);
    const ceased = planReminders({ ...before, consumer: { ...input.consumer, ceaseCommunication: { receivedAt: '2027-01-05T12:00:00Z' } } });
    expect(ceased.reminders).toEqual([]);
    expect(new Set(skippedOf(ceased).map((s) => `${s.code} ${s.citation}`))).toEqual(new Set(['REGF-CEASE 12 CFR 1006.6(c)']));
    expect(ceased.ok).toBe(false);
  });

  it('sends nothing about a disputed debt until verification is sent (REGF-DISPUTE)', () => {
    const input = baseInput();
    const disputed = { id: 'D1', validationNoticeSentOn: '2026-11-20', disputedAt: '2026-11-28T12:00:00Z' };
    const result = planReminders({ ...input, debts: [disputed] });
    expect(result.reminders).toEqual([]);
    expect(new Set(skippedOf(result).map((s) => s.code))).toEqual(new Set(['REGF-DISPUTE']));
    const verified = planReminders({ ...input, debts: [{ ...disputed, verificationSentAt: '2026-11-30T12:00:00Z' }] });
    expect(verified.reminders).toHaveLength(3);
  });

  it('honours an escalation hold that freezes contact, for the days it covers', () => {
    const input = baseInput();
    const hold = { id: 'h1', kind: 'bankruptcy', reason: 'petition filed', start: '2026-12-14', end: '2026-12-16', source: 'court', citation: '11 U.S.C. 362(a)', freezes: { contact: true } } as const;
    const result = planReminders({ ...input, account: { currency: 'USD', holds: [hold] } });
    expect(result.reminders.map((r) => r.offsetDays)).toEqual([-3, 3]);
    expect(skippedOf(result)).toEqual([
      { code: 'BANKRUPTCY-STAY', severity: 'violation', message: 'The account is on hold (bankruptcy: petition filed) from 2026-12-14 to 2026-12-16: no reminder.', citation: '11 U.S.C. 362(a)', details: { installment: 1, offsetDays: 0, targetDate: '2026-12-15', skipped: true, holdId: 'h1', holdKind: 'bankruptcy', fallback: null } },
    ]);
    const loose = planReminders({ ...input, account: { currency: 'USD', holds: [{ ...hold, freezes: { contact: false } }] } });
    expect(loose.reminders).toHaveLength(3);
    const unsaid = planReminders({ ...input, account: { currency: 'USD', holds: [{ ...hold, kind: 'manual', citation: null, end: null, freezes: {} }] } });
    expect(unsaid.reminders.map((r) => r.offsetDays)).toEqual([-3]);
    expect(warningsOf(unsaid).map((w) => w.code)).toEqual(['REMINDERS_HOLD_FREEZE_UNKNOWN']);
    expect(skippedOf(unsaid).map((s) => s.code)).toEqual(['REMINDERS_HOLD', 'REMINDERS_HOLD']);
  });

  it('plans nothing for a closed plan, and says so for each reminder it would have sent', () => {
    const input = baseInput();
    const result = planReminders({ ...input, plan: { ...input.plan, status: 'closed' } });
    expect(result.reminders).toEqual([]);
    expect(skipCodes(result)).toEqual(['-3:-:REMINDERS_PLAN_CLOSED', '0:-:REMINDERS_PLAN_CLOSED', '3:-:REMINDERS_PLAN_CLOSED']);
  });

  it('drops the reminders of a paid installment and keeps the next one', () => {
    const input = baseInput();
    const plan = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '100.00' }, { number: 2, dueDate: '2026-12-22', amount: '100.00', paid: '40.00' }] };
    const result = planReminders({ ...input, plan, policy: { ...input.policy, offsetsDays: [-1, 1] } });
    expect(result.reminders.map((r) => [r.installment.number, r.offsetDays, r.installment.dueAmount])).toEqual([
      [2, -1, '60.00'],
      [2, 1, '60.00'],
    ]);
    expect(skipCodes(result)).toEqual(['-1:-:REMINDERS_INSTALLMENT_PAID', '1:-:REMINDERS_INSTALLMENT_PAID']);
  });
});

describe('planReminders: caps the reminders themselves would exceed', () => {
  it('Massachusetts: a third text in seven days is refused (MA-CALLS-7D), and email carries it', () => {
    const input = baseInput();
    const ma: PlanRemindersInput = { ...input, consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA' }, policy: { ...input.policy, offsetsDays: [-6, -3, 0], maxDelayDays: 0, weekend: 'keep' } };
    const smsOnly = planReminders({ ...ma, channels: [sms1] });
    expect(smsOnly.reminders.map((r) => r.offsetDays)).toEqual([-6, -3]);
    expect(skippedOf(smsOnly).map((s) => [s.code, s.citation, s.details?.['offsetDays'], s.details?.['fallback']])).toEqual([['MA-CALLS-7D', '940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d)', 0, null]]);
    expect(planReminders(ma).reminders.map((r) => r.medium)).toEqual(['sms', 'sms', 'email']);
  });

  it('Massachusetts: a blocked text moves to the next day when the policy allows a delay', () => {
    const input = baseInput();
    const ma: PlanRemindersInput = { ...input, channels: [sms1], consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-MA' }, policy: { ...input.policy, offsetsDays: [-6, -3, 0], maxDelayDays: 1, weekend: 'keep' } };
    const result = planReminders(ma);
    expect(result.reminders.map((r) => `${r.offsetDays} ${r.sendDate}`)).toEqual(['-6 2026-12-09', '-3 2026-12-12', '0 2026-12-16']);
    expect(result.reminders[2]?.trail.map((t) => t.code)).toContain('REMINDERS_MOVED');
  });

  it('New York City from 2026-09-01: a fourth attempt in seven days, on any medium, is refused (NYC-FREQ)', () => {
    const input = baseInput();
    const nyc: PlanRemindersInput = {
      ...input,
      consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-NY', jurisdictions: ['US-NY-NYC'] },
      plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-16', amount: '100.00' }] },
      policy: { ...input.policy, offsetsDays: [-3, -2, -1, 0], maxDelayDays: 0 },
    };
    const result = planReminders(nyc);
    expect(result.reminders.map((r) => `${r.offsetDays} ${r.sendDate} ${r.medium}`)).toEqual(['-3 2026-12-11 sms', '-2 2026-12-14 sms', '-1 2026-12-15 sms']);
    expect(new Set(skippedOf(result).map((s) => `${s.code} ${String(s.details?.['offsetDays'])}`))).toEqual(new Set(['NYC-FREQ 0']));
  });

  it('policy caps count history and reminders together', () => {
    const input = baseInput();
    const history = [{ channel: 'sms', at: '2026-11-30T16:00:00Z', outcome: 'messageSent', debtIds: ['D1'] }] as const;
    const capped: PlanRemindersInput = { ...input, channels: [sms1], asOf: '2026-12-01', history, policy: { ...input.policy, caps: [{ medium: 'sms', max: 1, periodDays: 3 }], offsetsDays: [-14, -13], maxDelayDays: 0, weekend: 'keep' } };
    const result = planReminders(capped);
    expect(result.reminders.map((r) => r.sendDate)).toEqual([]);
    expect(skippedOf(result).map((s) => s.code)).toEqual(['POLICY-REMINDERS-SMS-3D', 'POLICY-REMINDERS-SMS-3D']);
  });
});

describe('planReminders: messages', () => {
  it('writes a follow-up in Spanish that offers only the declared ways forward, with both required statements', () => {
    const input = baseInput();
    const result = planReminders({ ...input, language: 'es', policy: { ...input.policy, waysForward: { newPlan: { phone: '1-800-555-0100' } } } });
    const followUp = result.reminders.find((r) => r.kind === 'pastDue');
    expect(followUp?.text).toBe(
      'Hola, le saluda ABC Recovery. No hemos recibido el pago 1 de 1 de su plan de pagos, de $100.00, que vencía el 15 de diciembre de 2026, hace 3 días. Si ya pagó, gracias. Si necesita un plan de pagos diferente, puede pedirlo llamando al 1-800-555-0100. Esta comunicación es de un cobrador de deudas. Responda STOP para dejar de recibir mensajes de texto en este número.',
    );
    expect(followUp?.requiredContent).toEqual(['REGF-DISCLOSE-SUBSEQUENT', 'REGF-OPTOUT-NOTICE']);
    expect([followUp?.messageCheck.ok, followUp?.messageCheck.findings]).toEqual([true, []]);
  });

  it('speaks of the day it is sent: a follow-up moved off a Saturday onto the due date says "due today"', () => {
    const input = baseInput();
    // Due Friday 2026-12-11; +1 is Saturday, moved earlier onto the due date itself.
    const result = planReminders({ ...input, plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-11', amount: '100.00' }] }, policy: { ...input.policy, offsetsDays: [1] } });
    expect(result.reminders.map((r) => [r.offsetDays, r.sendDate, r.kind])).toEqual([[1, '2026-12-11', 'dueToday']]);
  });

  it("leaves the debt-collector disclosure out of a creditor's own reminders, and keeps the opt-out", () => {
    const input = baseInput();
    const result = planReminders({ ...input, channels: [em1], policy: { ...input.policy, sender: { kind: 'creditor', businessName: 'Acme Loans' } } });
    expect(result.reminders[0]?.text).toBe(
      'Hello from Acme Loans.\n\nPayment 1 of 1 on your payment plan, $100.00, is due on December 15, 2026.\n\nIf you have already paid, thank you.\n\nYou can pay at https://pay.example.com.\n\nTo talk to someone about your plan, call 1-800-555-0100.\n\nTo stop emails to this address, reply STOP.',
    );
    expect(result.reminders[0]?.requiredContent).toEqual(['REGF-OPTOUT-NOTICE']);
  });
});

describe('safePlanReminders', () => {
  it('returns the result or the typed error', () => {
    expect(safePlanReminders(baseInput()).success).toBe(true);
    const failed = safePlanReminders({ ...baseInput(), asOf: 'tomorrow' });
    expect(failed.success ? 'none' : `${failed.error.code} ${failed.error.path.join('.')}`).toBe('CALENDAR_INVALID_DATE asOf');
  });
});

describe('planReminders: the worked timeline of docs/reminders.md', () => {
  const input = baseInput();
  const plan = { id: 'P1', currency: 'USD', installments: [1, 2, 3].map((n) => ({ number: n, dueDate: ['2026-12-15', '2027-01-15', '2027-02-15'][n - 1] as string, amount: '100.00' })) };
  const night = (asOf: string, changes: Partial<PlanRemindersInput> = {}): ReturnType<typeof planReminders> =>
    planReminders({ ...input, plan, asOf, at: `${asOf}T11:00:00Z`, ...changes, policy: { ...input.policy, horizonDays: 1 } });
  const revoked = [{ ...sms1, consent: { ...sms1.consent, revokedAt: '2026-12-16T20:00:00Z' } }, em1];

  it('texts before the revocation, emails after it, skips a paid installment and everything after the cease request', () => {
    expect(night('2026-12-10').reminders.map((r) => `${r.sendAt} ${r.channelId}`)).toEqual(['2026-12-11T17:00:00.000Z sms1']);
    const after = night('2026-12-17', { channels: revoked });
    expect(after.reminders.map((r) => `${r.sendAt} ${r.channelId} ${r.kind}`)).toEqual(['2026-12-18T17:00:00.000Z em1 pastDue']);
    expect(skippedOf(after).map((s) => s.code)).toEqual(['TCPA-REVOKE-REASONABLE', 'REGF-MEDIUM']);
    expect(night('2027-01-11', { channels: revoked }).reminders.map((r) => `${r.sendDate} ${r.channelId}`)).toEqual(['2027-01-12 em1']);
    const paidPlan = { ...plan, installments: plan.installments.map((i) => (i.number === 2 ? { ...i, paid: '100.00' } : i)) };
    expect(skippedOf(night('2027-01-14', { channels: revoked, plan: paidPlan })).map((s) => s.code)).toEqual(['REMINDERS_INSTALLMENT_PAID']);
    const ceased = night('2027-02-11', { channels: revoked, plan: paidPlan, consumer: { ...input.consumer, ceaseCommunication: { receivedAt: '2027-02-05T15:00:00Z' } } });
    expect(ceased.reminders).toEqual([]);
    expect(skippedOf(ceased).map((s) => `${String(s.details?.['channelId'])} ${s.code}`)).toEqual(['sms1 TCPA-REVOKE-REASONABLE', 'sms1 REGF-MEDIUM', 'sms1 REGF-SMS-SAFE-HARBOR', 'em1 REGF-CEASE']);
  });
});
