import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput, EscalationMachine, EscalationResult } from '../../src/escalation/index.js';
import { createEscalation, isArrearsError } from '../../src/escalation/index.js';
import { addDays, daysBetween } from '../../src/calendar/index.js';
import { OPENED_ON, opening, openingArb, stepsArb } from '../arbitraries/escalation.js';
import type { Step } from '../arbitraries/escalation.js';

// Issue 18, item 9 (the last part): an account the machine did not return itself is checked
// against a replay of its own log. Each "refuses" case below was accepted before the check.

const machine = createEscalation();

function ok(r: EscalationResult): EscalationAccount {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.findings)}`);
  return r.account;
}

function thrown(fn: () => unknown): { code: string; path: ReadonlyArray<string | number>; message: string } {
  try {
    fn();
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
  throw new Error('expected an arrears error');
}

const stored = (a: EscalationAccount): EscalationAccount => JSON.parse(JSON.stringify(a)) as EscalationAccount;

const bankrupt = (() => {
  let a = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } });
  a = ok(machine.transition(a, { type: 'promiseMade', date: '2026-02-01', amount: '50.00', dueDate: '2026-02-05' }));
  a = ok(machine.transition(a, { type: 'paymentReceived', date: '2026-02-03', amount: '20.00' }));
  a = machine.advance(a, '2026-03-01').account;
  a = ok(machine.transition(a, { type: 'bankruptcyFiled', date: '2026-03-02' }));
  return a;
})();

describe('a stored account is checked against a replay of its log', () => {
  it('refuses a stored account whose bankruptcy hold was deleted (a legal referral passed before)', () => {
    expect(bankrupt.holds.map((h) => h.kind)).toEqual(['bankruptcy']);
    const edited = { ...stored(bankrupt), holds: [], clockStops: [] };
    const referral: EscalationEventInput = { type: 'legalReferral', date: '2026-03-03', withinLimitationPeriod: true };
    const e = thrown(() => machine.transition(edited, referral));
    expect(e.code).toBe('ESCALATION_ACCOUNT_LOG_MISMATCH');
    expect(e.path).toEqual(['account', 'clockStops', 0]);
    expect(e.message).toContain('policy that wrote it');
    // Close negative: the same account, untouched, refuses the referral as a rule (the stay).
    const r = machine.transition(stored(bankrupt), referral);
    expect(r.findings.map((x) => x.code)).toContain('ESCALATION_BANKRUPTCY_STAY');
  });

  it('names the hold when only the hold set was edited', () => {
    const a = stored(bankrupt);
    const edited = { ...a, holds: a.holds.map((h) => ({ ...h, freezes: { ...h.freezes, legal: false } })) };
    expect(thrown(() => machine.advance(edited, '2026-03-03'))).toMatchObject({ code: 'ESCALATION_ACCOUNT_LOG_MISMATCH', path: ['account', 'holds', 0, 'freezes', 'legal'] });
  });

  it('refuses an edited counter', () => {
    const a = stored(bankrupt);
    expect(a.counters.brokenPromises).toBe(1);
    const edited = { ...a, counters: { ...a.counters, brokenPromises: 0 } };
    expect(thrown(() => machine.advance(edited, '2026-03-03'))).toMatchObject({ code: 'ESCALATION_ACCOUNT_LOG_MISMATCH', path: ['account', 'counters', 'brokenPromises'] });
  });

  it('refuses an edited payment', () => {
    const a = stored(bankrupt);
    const payment = a.payments[0] as EscalationAccount['payments'][number];
    const edited = { ...a, payments: [{ ...payment, date: '2026-02-02' }] };
    expect(thrown(() => machine.advance(edited, '2026-03-03'))).toMatchObject({ code: 'ESCALATION_ACCOUNT_LOG_MISMATCH', path: ['account', 'payments', 0, 'date'] });
  });

  it('refuses an edited stage timeline (an audit entry of the effective timeline)', () => {
    const a = stored(bankrupt);
    const audit = a.audit.map((e, i) => (i === 2 ? { ...e, message: 'Nothing happened.' } : e));
    expect(thrown(() => machine.advance({ ...a, audit }, '2026-03-03'))).toMatchObject({ code: 'ESCALATION_ACCOUNT_LOG_MISMATCH', path: ['account', 'audit', 2, 'message'] });
  });

  it('refuses an account written by a machine with another policy when the replay differs, and says what to do', () => {
    const strict = createEscalation({ timers: { promiseGraceDays: 10 } });
    const e = thrown(() => strict.advance(stored(bankrupt), '2026-03-03'));
    expect(e.code).toBe('ESCALATION_ACCOUNT_LOG_MISMATCH');
    expect(e.message).toContain('Load it with a machine created with the policy that wrote it');
    // Close negative: a policy that decides this log the same way reads the account.
    const alike = createEscalation({ timers: { promiseGraceDays: 3 } });
    expect(alike.advance(stored(bankrupt), '2026-03-03').account).toEqual(machine.advance(bankrupt, '2026-03-03').account);
  });

  it('accepts an untouched JSON round trip of a long log over far dates, and returns the same account', () => {
    let a = machine.initialState({
      currency: 'USD',
      openedOn: '2026-01-01',
      balance: '100000.00',
      dues: Array.from({ length: 24 }, (_, i) => ({ dueDate: addDays('2026-01-15', 30 * i), amount: '100.00' })),
      limitations: { jurisdiction: 'US-NY', debtKind: 'writtenContract' },
    });
    for (let i = 0; i < 1_000; i += 1) {
      const date = addDays('2026-01-02', Math.floor(i / 2));
      const event: EscalationEventInput = i % 2 === 0 ? { type: 'paymentReceived', date, amount: '1.00' } : { type: 'communicationMade', date, channel: i % 4 === 1 ? 'letter' : 'telephone' };
      a = ok(machine.transition(a, event));
    }
    // Far dates: the check jumps between rules, it never steps through the days.
    a = machine.advance(a, '2400-01-01').account;
    expect(a.log).toHaveLength(1_000);
    const copy = stored(a);
    const read = machine.advance(copy, '9999-12-31').account;
    expect(read).toEqual(machine.advance(a, '9999-12-31').account);
    expect(machine.advance(copy, a.clock).account).toEqual(a);
  });

  it('accepts a stored account with back-dated events (corrections in its audit trail)', () => {
    let a = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }] });
    a = machine.advance(a, '2026-03-01').account;
    a = ok(machine.transition(a, { type: 'paymentReceived', date: '2026-01-20', amount: '100.00', recordedOn: '2026-03-01' }));
    expect(a.audit.some((e) => e.correction !== null)).toBe(true);
    expect(machine.advance(stored(a), '2026-03-02').account).toEqual(machine.advance(a, '2026-03-02').account);
    // A correction that names no back-dated event is refused.
    const audit = stored(a).audit.map((e) => (e.correction === null ? e : { ...e, eventSeq: null }));
    expect(thrown(() => machine.advance({ ...stored(a), audit }, '2026-03-02')).code).toBe('ESCALATION_ACCOUNT_LOG_MISMATCH');
  });
});

// Model-based: random machine histories (events back-dated at random), stored and reloaded.

function run(m: EscalationMachine, extra: number, jurisdiction: string | undefined, steps: readonly Step[]): EscalationAccount {
  let account = m.initialState(opening(extra, jurisdiction));
  let today = OPENED_ON;
  for (const step of steps) {
    today = addDays(today, step.days);
    account = m.advance(account, today).account;
    if (step.event !== null) {
      const back = Math.min(step.backdate, daysBetween(OPENED_ON, today));
      account = m.transition(account, { ...step.event(addDays(today, -back)), recordedOn: today }).account;
    }
  }
  return account;
}

/** The fields the log decides (derived fields, recomputed on reading, are left out). */
const DECIDED = ['stage', 'stageSince', 'balance', 'dues', 'clockStops', 'holds', 'arrangement', 'counters', 'payments'] as const;
const DECIDED_IN = { communication: ['reportPending', 'reportedOn', 'history'], limitations: ['jurisdiction', 'debtKind', 'years', 'accruedOn'] } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every edit of one leaf (a changed value) or one array element (deleted), under `path`. */
function edits(value: Json, path: Path, out: Path[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...path, i, '(delete)']);
      edits(v, [...path, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) edits(v, [...path, k], out);
  } else if (value !== null) {
    out.push(path);
  }
}

function changed(v: Json): Json {
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return addDays(v, 1);
    if (/^\d+\.\d{2}$/.test(v)) return (Math.round(Number(v) * 100) + 1) / 100 === 0 ? '0.01' : ((Math.round(Number(v) * 100) + 1) / 100).toFixed(2);
    return `${v}x`;
  }
  return v;
}

function applyEdit(root: { [key: string]: Json }, path: Path): void {
  const last = path[path.length - 1];
  if (last === '(delete)') {
    const parent = path.slice(0, -2).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, root) as Json[];
    parent.splice(path[path.length - 2] as number, 1);
    return;
  }
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k] as Json, root) as Record<string | number, Json>;
  parent[last as string | number] = changed(parent[last as string | number] as Json);
}

describe('stored accounts: model-based properties', () => {
  it('accepts every machine history stored and reloaded, and refuses any single edit of a field its log decides', () => {
    fc.assert(
      fc.property(openingArb, stepsArb, fc.nat(), ({ extra, jurisdiction }, steps, pick) => {
        const account = run(machine, extra, jurisdiction, steps);
        const copy = stored(account);
        expect(machine.advance(copy, account.clock).account).toEqual(account);
        const candidates: Path[] = [];
        const root = copy as unknown as { [key: string]: Json };
        for (const key of DECIDED) edits(root[key] as Json, [key], candidates);
        for (const [key, fields] of Object.entries(DECIDED_IN)) for (const f of fields) edits((root[key] as { [k: string]: Json })[f] as Json, [key, f], candidates);
        // The effective timeline of the audit trail (entries no correction superseded).
        const superseded = new Set(account.audit.flatMap((e) => e.correction?.supersedes ?? []));
        account.audit.forEach((e, i) => {
          if (e.correction === null && !superseded.has(e.seq)) edits((root.audit as Json[])[i] as Json, ['audit', i], candidates);
        });
        const path = candidates[pick % candidates.length] as Path;
        const edited = stored(account) as unknown as { [key: string]: Json };
        applyEdit(edited, path);
        let refused = false;
        try {
          machine.advance(edited as unknown as EscalationAccount, account.clock);
        } catch (error) {
          if (!isArrearsError(error)) throw error;
          refused = true;
        }
        expect(refused, `an edit of ${path.join('.')} is refused`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
