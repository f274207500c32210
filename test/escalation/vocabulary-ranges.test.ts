import { describe, expect, it } from 'vitest';
import { createEscalation, getStatuteOfLimitations, safeCreateEscalation, safeGetStatuteOfLimitations, STATUTES_OF_LIMITATIONS } from '../../src/escalation/index.js';
import type { EscalationAccount, EscalationEventInput } from '../../src/escalation/index.js';

// Issue 20: escalation's ranges are { start, end } with both days included (STYLE.md, "Ranges
// and bounds"); an event's end is endDate, its last day; maxDaysPastDue is inclusive.

const machine = createEscalation();
const open = (): EscalationAccount => machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } });
const ok = (a: EscalationAccount, ev: EscalationEventInput): EscalationAccount => {
  const r = machine.transition(a, ev);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.account;
};

describe('holds: endDate is the last day in force', () => {
  const held = ok(open(), { type: 'holdPlaced', date: '2026-01-05', kind: 'disaster', reason: 'Flood', endDate: '2026-01-31', freezes: { contact: true } });

  it('keeps the hold on its last day and lifts it the day after', () => {
    expect(held.holds[0]).toMatchObject({ id: 'disaster', start: '2026-01-05', end: '2026-01-31' });
    expect(machine.advance(held, '2026-01-31').account.holds.map((h) => h.id)).toEqual(['disaster']);
    const after = machine.advance(held, '2026-02-01');
    expect(after.account.holds).toEqual([]);
    expect(after.audit.find((e) => e.rule === 'hold.expired')).toMatchObject({ date: '2026-02-01', message: 'The disaster relief hold "disaster" ended on 2026-01-31, its last day.' });
  });

  it('takes a one-day hold (endDate on its own date) and refuses one that ends before it starts', () => {
    const oneDay = ok(open(), { type: 'holdPlaced', date: '2026-01-05', kind: 'manual', reason: 'Call back', endDate: '2026-01-05' });
    expect(machine.advance(oneDay, '2026-01-05').account.holds).toHaveLength(1);
    expect(machine.advance(oneDay, '2026-01-06').account.holds).toEqual([]);
    const refused = machine.transition(open(), { type: 'holdPlaced', date: '2026-01-05', kind: 'manual', reason: 'x', endDate: '2026-01-04' });
    expect([refused.ok, refused.findings[0]?.code, refused.findings[0]?.details]).toEqual([false, 'ESCALATION_NOT_ALLOWED_IN_STATE', { guard: 'holdDates', event: 'holdPlaced', state: 'current' }]);
  });

  it('refuses the old until with the path of the unknown field', () => {
    const r = machine.safeTransition(open(), { type: 'holdPlaced', date: '2026-01-05', kind: 'manual', reason: 'x', until: '2026-02-01' });
    expect(r.success ? null : [r.error.code, r.error.message]).toEqual(['INPUT_UNRECOGNIZED_KEYS', expect.stringContaining('until')]);
  });
});

describe('hardship: { start, end } with both days included', () => {
  it('pauses the clock through its last day', () => {
    const late = machine.advance(open(), '2026-01-20').account;
    const h = ok(late, { type: 'hardshipGranted', date: '2026-01-20', endDate: '2026-01-29', reason: 'Job loss' });
    expect(h.arrangement).toEqual({ kind: 'hardship', start: '2026-01-20', end: '2026-01-29' });
    // Ten days paused (the 20th through the 29th), then the clock runs again on the 30th.
    expect(machine.countDaysPastDue(h, '2026-01-29')).toEqual({ asOf: '2026-01-29', daysPastDue: 5, pausedDays: 9 });
    expect(machine.countDaysPastDue(h, '2026-02-01')).toEqual({ asOf: '2026-02-01', daysPastDue: 7, pausedDays: 10 });
    const after = machine.advance(h, '2026-02-01').account;
    expect(after.clockStops).toEqual([{ start: '2026-01-20', end: '2026-01-29' }]);
    expect(after.arrangement).toBeNull();
  });

  it('records an open clock stop while a hold stops the clock, and closes it on the day before the clock runs again', () => {
    const late = machine.advance(open(), '2026-01-20').account;
    const bankrupt = ok(late, { type: 'bankruptcyFiled', date: '2026-01-22' });
    expect(bankrupt.clockStops).toEqual([{ start: '2026-01-22', end: null }]);
    const dismissed = ok(bankrupt, { type: 'bankruptcyDismissed', date: '2026-02-10' });
    expect(dismissed.clockStops).toEqual([{ start: '2026-01-22', end: '2026-02-09' }]);
    expect([dismissed.daysPastDue, dismissed.pausedDays]).toEqual([7, 19]);
  });
});

describe('SCRA: the servicemember hold lasts through the last day of service', () => {
  it('ends on serviceEnd for a non-mortgage debt, and one year after for a mortgage', () => {
    const a = ok(open(), { type: 'servicememberNotice', date: '2026-01-05', serviceStart: '2025-12-01', serviceEnd: '2026-03-31' });
    expect(a.holds[0]).toMatchObject({ kind: 'servicemember', start: '2026-01-05', end: '2026-03-31' });
    expect(machine.advance(a, '2026-03-31').account.holds).toHaveLength(1);
    expect(machine.advance(a, '2026-04-01').account.holds).toEqual([]);
    const m = ok(open(), { type: 'servicememberNotice', date: '2026-01-05', serviceStart: '2025-12-01', serviceEnd: '2026-03-31', mortgage: true });
    expect(m.holds[0]?.end).toBe('2027-03-31');
  });
});

describe('policy guards: maxDaysPastDue is inclusive', () => {
  const m = createEscalation({ guards: [{ id: 'young', description: 'No legal referral up to 30 days past due.', events: ['legalReferral'], when: { maxDaysPastDue: 30 } }] });
  const at = (day: string): EscalationAccount => m.advance(m.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-01', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } }), day).account;

  it('applies on the day that equals the bound and not the day after', () => {
    expect(m.advance(at('2026-01-31'), '2026-01-31').daysPastDue).toBe(30);
    const refused = m.transition(at('2026-01-31'), { type: 'legalReferral', date: '2026-01-31' });
    expect(refused.findings.map((f) => f.details?.guard)).toContain('young');
    const later = m.transition(at('2026-02-01'), { type: 'legalReferral', date: '2026-02-01' });
    expect(later.findings.map((f) => f.details?.guard)).not.toContain('young');
  });

  it('refuses a guard whose min is above its max: it would never apply', () => {
    const r = safeCreateEscalation({ guards: [{ id: 'never', description: 'x', events: ['legalReferral'], when: { minDaysPastDue: 40, maxDaysPastDue: 30 } }] });
    expect(r.success ? null : r.error).toMatchObject({ code: 'INPUT_OUT_OF_RANGE', path: ['policy', 'guards', 0, 'when', 'maxDaysPastDue'] });
    expect(() => createEscalation({ guards: [{ id: 'one', description: 'x', events: ['legalReferral'], when: { minDaysPastDue: 30, maxDaysPastDue: 30 } }] })).not.toThrow();
  });
});

describe('the statute-of-limitations catalogue: getter and safe twin', () => {
  it('finds every row by its ISO code and refuses anything else with a hint for a two-letter code', () => {
    for (const row of STATUTES_OF_LIMITATIONS) expect(getStatuteOfLimitations(row.jurisdiction)).toBe(row);
    const e = safeGetStatuteOfLimitations('NY');
    expect(e.success ? null : [e.error.code, e.error.message]).toEqual(['ESCALATION_UNKNOWN_JURISDICTION', expect.stringContaining('"US-NY"')]);
    expect(safeGetStatuteOfLimitations('US-PR').success).toBe(false);
    expect(safeGetStatuteOfLimitations(undefined).success).toBe(false);
  });
});

describe('amounts: money\'s one schema per rule', () => {
  it('refuses a zero payment with MONEY_NOT_POSITIVE at the amount, and a negative balance with MONEY_NEGATIVE', () => {
    const r = machine.safeTransition(open(), { type: 'paymentReceived', date: '2026-01-05', amount: '0.00' });
    expect(r.success ? null : [r.error.code, r.error.path]).toEqual(['MONEY_NOT_POSITIVE', ['event', 'amount']]);
    const o = machine.safeInitialState({ currency: 'USD', openedOn: '2026-01-01', balance: '-1.00' });
    expect(o.success ? null : [o.error.code, o.error.path]).toEqual(['MONEY_NEGATIVE', ['input', 'balance']]);
    // Close negative: the smallest positive amount posts.
    expect(machine.transition(open(), { type: 'paymentReceived', date: '2026-01-05', amount: '0.01' }).ok).toBe(true);
  });
});
