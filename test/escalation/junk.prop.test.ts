import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EscalationAccount, EscalationEventInput, EscalationMachine } from '../../src/escalation/index.js';
import { createEscalation, isArrearsError } from '../../src/escalation/index.js';

// Issue 18, item 15: fed an account whose fields were edited (a spread copy, a JSON copy, any
// path, any value), every machine method answers (no NaN, no "[object Object]", "undefined" or
// "NaN" in a text) or throws an arrears error; never a TypeError or a RangeError. The safe*
// twins answer { success } for all of it.

const machine = createEscalation({
  states: [{ id: 'review', freezes: { clock: true } }],
  transitions: [
    { event: 'startReview', from: ['mid', 'late'], to: 'review' },
    { event: 'endReview', from: ['review'], returnToLadder: true },
  ],
});

function base(): EscalationAccount[] {
  const m = machine;
  const opened = m.initialState({
    currency: 'USD',
    openedOn: '2026-01-01',
    balance: '500.00',
    dues: [
      { dueDate: '2026-01-10', amount: '100.00' },
      { dueDate: '2026-02-10', amount: '100.00' },
      { dueDate: '2026-03-10', amount: '100.00' },
    ],
    limitations: { jurisdiction: 'US-NY' },
  });
  let a = m.advance(opened, '2026-02-20').account;
  const out = [opened, a];
  const step = (event: EscalationEventInput): void => {
    const r = m.transition(a, event);
    if (r.ok) {
      a = r.account;
      out.push(a);
    }
  };
  step({ type: 'paymentReceived', date: '2026-02-21', amount: '50.00', paymentId: 'x1' });
  step({ type: 'planAgreed', date: '2026-02-22', installments: [{ dueDate: '2026-03-01', amount: '60.00' }, { dueDate: '2026-04-01', amount: '60.00' }] });
  step({ type: 'ceaseRequested', date: '2026-02-23' });
  step({ type: 'attorneyNotice', date: '2026-02-24' });
  step({ type: 'holdPlaced', date: '2026-02-25', kind: 'manual', reason: 'Check', endDate: '2026-03-04' });
  step({ type: 'disputeReceived', date: '2026-02-20', recordedOn: '2026-02-26' });
  a = m.advance(a, '2026-05-01').account;
  out.push(a);
  step({ type: 'verificationSent', date: '2026-05-02' });
  step({ type: 'custom', name: 'startReview', date: '2026-05-03' });
  step({ type: 'promiseMade', date: '2026-05-04', amount: '10.00', dueDate: '2026-05-10' });
  return out;
}

const ACCOUNTS = base();

const junkValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('', 'NaN', '1e3', '-1.00', '1.001', '99999999999999999999999999999999.00', '2025-02-30', '2026-13-01', '9999-12-31', '0001-01-01', 'current', 'chargedOff', 'review', 'late', 'USD', 'JPY', 'KWD'),
  fc.constantFrom(Number.NaN, -1, 0, 1.5, 2 ** 53, Number.POSITIVE_INFINITY, null, true, [], {}),
);

/** Every path to a value inside a JSON value, up to a depth. */
function paths(value: unknown, prefix: Array<string | number> = [], depth = 0, out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (depth > 5 || value === null || typeof value !== 'object') return out;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.slice(0, 4).map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    out.push([...prefix, k]);
    paths(v, [...prefix, k], depth + 1, out);
  }
  return out;
}

function edited(account: EscalationAccount, path: ReadonlyArray<string | number>, value: unknown, spread: boolean): unknown {
  if (spread) {
    // A spread copy that shares every untouched part with the machine's account.
    const edit = (node: unknown, i: number): unknown => {
      if (i === path.length) return value;
      const key = path[i] as string | number;
      if (Array.isArray(node)) {
        const copy = node.slice();
        copy[key as number] = edit(node[key as number], i + 1);
        return copy;
      }
      return { ...(node as object), [key]: edit((node as Record<string, unknown>)[key], i + 1) };
    };
    return edit(account, 0);
  }
  const copy = JSON.parse(JSON.stringify(account)) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

const BAD_TEXT = /\[object Object\]|\bNaN\b|\bundefined\b/;

function hasNaN(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((v) => hasNaN(v, depth + 1));
}

/** Junk strings can be echoed in free-text fields (an id, a reason): then only "[object Object]" is wrong. */
let strict = true;

function check(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    expect(error.message).not.toMatch(/\[object Object\]/);
    return;
  }
  expect(hasNaN(result)).toBe(false);
  if (typeof result === 'object' && result !== null) expect(JSON.stringify(result)).not.toMatch(strict ? BAD_TEXT : /\[object Object\]/);
}

const EVENTS: EscalationEventInput[] = [
  { type: 'legalReferral', date: '2026-06-01', withinLimitationPeriod: true },
  { type: 'paymentReceived', date: '2026-06-01', amount: '25.00' },
  { type: 'paymentReversed', date: '2026-06-01', paymentId: 'x1' },
  { type: 'planInstallmentMissed', date: '2026-06-01', dueDate: '2026-04-01' },
  { type: 'custom', name: 'endReview', date: '2026-06-01' },
  { type: 'ceaseWithdrawn', date: '2026-02-01', recordedOn: '2026-06-01' },
];

function exercise(m: EscalationMachine, account: unknown): void {
  const a = account as EscalationAccount;
  check(() => m.advance(a, '2026-06-01'));
  check(() => m.countDaysPastDue(a, '2026-09-01'));
  check(() => m.explain(a));
  check(() => m.explain(a, '2026-09-01'));
  check(() => m.allowedEvents(a));
  check(() => m.replay(a));
  for (const event of EVENTS) check(() => m.transition(a, event));
  expect(m.safeAdvance(account, '2026-06-01').success).toBeTypeOf('boolean');
  expect(m.safeTransition(account, EVENTS[0]).success).toBeTypeOf('boolean');
}

describe('machine methods given an account whose fields were edited', () => {
  it('answer or throw arrears errors, with no NaN and no broken text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), junkValue, fc.boolean(), (which, where, value, spread) => {
        const account = ACCOUNTS[which % ACCOUNTS.length] as EscalationAccount;
        const all = paths(account);
        const path = all[where % all.length] as Array<string | number>;
        strict = typeof value !== 'string';
        exercise(machine, edited(account, path, value, spread));
      }),
      { numRuns: 100 },
    );
  });

  it('answer or throw arrears errors for junk in place of the account', () => {
    fc.assert(
      fc.property(junkValue, (value) => {
        strict = true;
        exercise(machine, value);
      }),
    );
  });
});
