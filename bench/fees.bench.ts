import { bench, describe } from 'vitest';
import { addMonths } from 'arrears/calendar';
import type { AssessLateFeesInput, LateFeePolicyInput } from 'arrears/fees';
import { assessLateFees } from 'arrears/fees';

// 10,000 accounts of 24 monthly installments with random payment histories (a seeded LCG, so
// every run assesses the same accounts): each installment is paid on time, within grace, late,
// partly, or not at all. One bench iteration assesses all 240,000 installments.
// Benches never assert times; run with `npm run bench -- bench/fees.bench.ts`, which builds
// first: benches import the built package (`arrears/...`), as users do.

const ACCOUNTS = 10_000;
const INSTALLMENTS = 24;

let seed = 20260501;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const dueDates = Array.from({ length: INSTALLMENTS }, (_, i) => addMonths('2024-01-01', i));
function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const policy: LateFeePolicyInput = {
  trigger: { graceDays: 10 },
  amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '15.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] },
  caps: { perInstallment: { type: 'flat', amount: '25.00' }, lifetime: { originalBalanceRate: '0.1' } },
  recurrence: { everyDays: 30, maxFees: 2 },
  waivers: { firstLateFee: true },
};

const accounts: AssessLateFeesInput[] = Array.from({ length: ACCOUNTS }, () => {
  const cents = 5000 + Math.floor(random() * 50000);
  const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const installments = dueDates.map((dueDate, i) => ({ number: i + 1, dueDate, amount }));
  const payments: Array<{ amount: string; date: string }> = [];
  for (const dueDate of dueDates) {
    const r = random();
    if (r < 0.6) payments.push({ amount, date: shift(dueDate, -2) });
    else if (r < 0.75) payments.push({ amount, date: shift(dueDate, 5) });
    else if (r < 0.9) payments.push({ amount, date: shift(dueDate, 20 + Math.floor(random() * 40)) });
    else if (r < 0.95) payments.push({ amount: '10.00', date: shift(dueDate, 3) });
  }
  return { schedule: { currency: 'USD', installments }, payments, policy, asOf: '2026-03-01' };
});

// The same accounts with a fee that grows by the day ($5 plus $1 a day for at most 40 days) under
// the same per-installment and lifetime caps: the caps are then used up day by day in date order.
const growing: LateFeePolicyInput = {
  ...policy,
  amount: { type: 'sum', of: [{ type: 'flat', amount: '5.00' }, { type: 'daily', perDay: { type: 'flat', amount: '1.00' }, maxDays: 40 }] },
};
const growingAccounts: AssessLateFeesInput[] = accounts.map((account) => ({ ...account, policy: growing }));

describe(`assessLateFees: ${ACCOUNTS} accounts x ${INSTALLMENTS} installments`, () => {
  bench(
    'assess every account (240,000 installments per iteration)',
    () => {
      for (const account of accounts) assessLateFees(account);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'a daily fee under shared caps, every account',
    () => {
      for (const account of growingAccounts) assessLateFees(account);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
