// Payment-plan schedules: arrears against the npm packages people use today (`financial`,
// `amortizejs`, dev dependencies of this bench only). Every library materializes each row as
// strings (amounts with two decimals, ISO due dates), as a billing screen or an export needs.
// Run: `npm run bench -- bench/plan.bench.ts`, which builds first: benches import the built
// package (`arrears/plan`), as users do. Benches never assert times.
//
// Before the timings, a correctness table is printed: each peer's rows against arrears' exact
// rows (every amount rounded to the cent, interest half-up, the last installment paying the
// balance), on the worked cases of docs/plan.md and a few half-cent ties.
import { ipmt, pmt, ppmt } from 'financial';
import { bench, describe } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apr, buildSchedule, validatePlanTerms } from 'arrears/plan';
import type { PlanTermsInput } from 'arrears/plan';

/** amortizejs ships no types: its one entry point, typed here. */
interface AmortizeJSCalculator {
  calculate(config: { method: 'mortgage'; apr: number; balance: number; loanTerm: number }): unknown;
}
const amortizeModuleName = 'amortizejs';
const amortizeModule = (await import(amortizeModuleName)) as { Calculator?: AmortizeJSCalculator; default?: { Calculator: AmortizeJSCalculator } };
const AmortizeJS = (amortizeModule.Calculator ?? amortizeModule.default?.Calculator) as AmortizeJSCalculator;

interface Row {
  dueDate: string;
  payment: string;
  principal: string;
  interest: string;
  balance: string;
}

function terms(principal: string, annualRate: string, installments: number): PlanTermsInput {
  return { principal, currency: 'USD', annualRate, frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments };
}

function arrearsRows(t: PlanTermsInput): readonly Row[] {
  return buildSchedule(t).installments;
}

/** The due date `k` months after 2026-02-01, as the peers' users compute it (UTC Date). */
function isoMonth(k: number): string {
  return new Date(Date.UTC(2026, 1 + k, 1)).toISOString().slice(0, 10);
}

function amortizeRows(principal: number, aprPercent: number, n: number): Row[] {
  // Without amortizejs' own `startDate`: it re-parses a Date string per row, which would make it
  // look far slower than it is; the ISO dates are added the way its users would.
  const result = AmortizeJS.calculate({ method: 'mortgage', apr: aprPercent, balance: principal, loanTerm: n }) as {
    periodicPayment: number;
    schedule: Array<{ interest: number; principal: number; remainingBalance: number }>;
  };
  return result.schedule.map((p, k) => ({
    dueDate: isoMonth(k),
    payment: (p.interest + p.principal).toFixed(2),
    principal: p.principal.toFixed(2),
    interest: p.interest.toFixed(2),
    balance: p.remainingBalance.toFixed(2),
  }));
}

function financialRows(principal: number, annualRate: number, n: number): Row[] {
  const rate = annualRate / 12;
  const payment = -pmt(rate, n, principal);
  const rows: Row[] = [];
  let balance = principal;
  for (let per = 1; per <= n; per += 1) {
    const interest = -ipmt(rate, per, n, principal);
    const part = -ppmt(rate, per, n, principal);
    balance -= part;
    rows.push({ dueDate: isoMonth(per - 1), payment: payment.toFixed(2), principal: part.toFixed(2), interest: interest.toFixed(2), balance: balance.toFixed(2) });
  }
  return rows;
}

// ---- correctness --------------------------------------------------------------------------

const cases: Array<{ name: string; principal: string; rate: string; n: number }> = [
  { name: '10000.00 at 12% / 12', principal: '10000.00', rate: '0.12', n: 12 },
  { name: '250000.00 at 6.5% / 360', principal: '250000.00', rate: '0.065', n: 360 },
  { name: '1000.00 at 0% / 3', principal: '1000.00', rate: '0', n: 3 },
  { name: '1000.05 at 9% / 6 (half-cent ties)', principal: '1000.05', rate: '0.09', n: 6 },
  { name: '5000.50 at 3% / 24 (half-cent ties)', principal: '5000.50', rate: '0.03', n: 24 },
];

function compare(exact: readonly Row[], other: readonly Row[]): string {
  if (other.some((r) => [r.payment, r.principal, r.interest, r.balance].some((v) => v === 'NaN'))) return 'NaN';
  let wrong = 0;
  let worst = 0;
  const n = Math.max(exact.length, other.length);
  for (let k = 0; k < n; k += 1) {
    const a = exact[k];
    const b = other[k];
    if (a === undefined || b === undefined) {
      wrong += 1;
      continue;
    }
    const diffs = (['payment', 'principal', 'interest', 'balance'] as const).map((key) => Math.abs(Math.round(Number(a[key]) * 100) - Math.round(Number(b[key]) * 100)));
    if (diffs.some((d) => d > 0)) wrong += 1;
    worst = Math.max(worst, ...diffs);
  }
  const sumCents = (rows: readonly Row[], key: 'principal'): number => rows.reduce((s, r) => s + Math.round(Number(r[key]) * 100), 0);
  const principalOff = sumCents(other, 'principal') - sumCents(exact, 'principal');
  return wrong === 0 ? 'exact' : `${wrong}/${n} rows off, up to ${(worst / 100).toFixed(2)}; principal sum off by ${(principalOff / 100).toFixed(2)}`;
}

const table = cases.map((c) => {
  const exact = arrearsRows(terms(c.principal, c.rate, c.n));
  return {
    case: c.name,
    arrears: 'exact (balance 0.00, sums reconcile)',
    financial: compare(exact, financialRows(Number(c.principal), Number(c.rate), c.n)),
    amortizejs: compare(exact, amortizeRows(Number(c.principal), Number(c.rate) * 100, c.n)),
  };
});
console.log('\nCorrectness against exact rows (amounts to the cent):');
console.table(table);

// ---- speed ----------------------------------------------------------------------------------

const mortgage = terms('250000.00', '0.065', 360);
const short = terms('10000.00', '0.12', 12);

describe('360-installment schedule, every row as strings and ISO dates', () => {
  bench('arrears buildSchedule (exact, validated input)', () => {
    buildSchedule(mortgage);
  });
  bench('amortizejs (floats, rows formatted)', () => {
    amortizeRows(250000, 6.5, 360);
  });
  bench('amortizejs (float rows as it returns them, no strings, no dates)', () => {
    AmortizeJS.calculate({ method: 'mortgage', apr: 6.5, balance: 250000, loanTerm: 360 });
  });
  bench('financial pmt/ipmt/ppmt (floats, rows formatted)', () => {
    financialRows(250000, 0.065, 360);
  });
});

describe('12-installment schedule', () => {
  bench('arrears buildSchedule (exact, validated input)', () => {
    buildSchedule(short);
  });
  bench('amortizejs (floats, rows formatted)', () => {
    amortizeRows(10000, 12, 12);
  });
  bench('financial pmt/ipmt/ppmt (floats, rows formatted)', () => {
    financialRows(10000, 0.12, 12);
  });
});

// ---- APR against a policy limit -------------------------------------------------------------
// A CI script checks many plan documents against a policy with `maxAprRate`: each check
// builds the schedule and reads its APR (Regulation Z Appendix J). Before the fast method for one
// advance (docs/decisions.md, "APR fast enough for CI") the APR cost 40-100 times the schedule.

const monthly36 = terms('12345.67', '0.1899', 36);
const weekly104: PlanTermsInput = { ...terms('4000.00', '0.29', 104), frequency: 'weekly', firstDueDate: '2026-01-09' };

const mortgageSchedule = buildSchedule(mortgage);
const mortgageAprInput = {
  amountFinanced: mortgageSchedule.amountFinanced,
  advanceDate: mortgage.agreementDate,
  currency: 'USD' as const,
  payments: mortgageSchedule.installments.map((row) => ({ amount: row.payment, date: row.dueDate })),
};

describe('plan terms against a policy with an APR limit', () => {
  bench('validatePlanTerms, 36 monthly installments, maxInstallments only', () => {
    validatePlanTerms(monthly36, { maxInstallments: 60 });
  });
  bench('validatePlanTerms, 36 monthly installments, maxAprRate (schedule + APR)', () => {
    validatePlanTerms(monthly36, { maxInstallments: 60, maxAprRate: '0.36' });
  });
  bench('validatePlanTerms, 104 weekly installments, maxAprRate (schedule + APR)', () => {
    validatePlanTerms(weekly104, { maxAprRate: '0.36' });
  });
  bench('apr of 360 monthly payments (schedule built once outside the loop)', () => {
    apr(mortgageAprInput);
  });
});

// ---- 10,000 plan documents against a policy, with and without an APR limit --------------------
// What a CI script does (issue 21): level-payment plans of 6-60 installments, monthly, biweekly
// or weekly, rates 5-34%, every seventh with an odd first period. With `maxAprRate` each
// check builds the schedule and decides whether the APR, as disclosed, is above the limit: by
// the sign of the Appendix J equation at the limit's rate, solving only when it cannot tell
// (src/plan/apr-limit.ts). The bench lines below are wall time; the table after them is CPU
// time (process.cpuUsage, user + system), the figure to quote on a loaded machine. Pin it to
// one core for docs/plan.md and docs/cli.md: `taskset -c 1 npx vitest bench --run bench/plan.bench.ts`.

function planDocuments(count: number): PlanTermsInput[] {
  const out: PlanTermsInput[] = [];
  for (let k = 0; k < count; k += 1) {
    const frequency = (['monthly', 'biweekly', 'weekly'] as const)[k % 3] as 'monthly' | 'biweekly' | 'weekly';
    const firstDueDate = k % 7 === 0 ? '2026-02-19' : frequency === 'monthly' ? '2026-02-01' : frequency === 'biweekly' ? '2026-01-15' : '2026-01-08';
    out.push({ ...terms(`${1000 + ((k * 37) % 9000)}.${String(k % 100).padStart(2, '0')}`, `0.${String(5 + (k % 30)).padStart(2, '0')}`, 6 + (k % 55)), frequency, firstDueDate });
  }
  return out;
}

const documents = planDocuments(10_000);
const policies = {
  'maxInstallments only': { maxInstallments: 60 },
  'maxInstallments + maxAprRate 0.36 (none above)': { maxInstallments: 60, maxAprRate: '0.36' },
  'maxAprRate 0.2 (about half above: their APR is solved for the message)': { maxAprRate: '0.2' },
};

describe('10,000 plan documents against a policy', () => {
  bench('validatePlanTerms x 10,000, maxInstallments only', () => {
    for (const d of documents) validatePlanTerms(d, policies['maxInstallments only']);
  });
  bench('validatePlanTerms x 10,000, maxInstallments + maxAprRate', () => {
    for (const d of documents) validatePlanTerms(d, policies['maxInstallments + maxAprRate 0.36 (none above)']);
  });
});

/** CPU milliseconds (user + system) of `run`: the first run (cold, as one CLI run is) and the best of three. */
function cpuMs(run: () => void): { cold: number; best: number } {
  const times: number[] = [];
  for (let r = 0; r < 3; r += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return { cold: Math.round(times[0] as number), best: Math.round(Math.min(...times)) };
}

/**
 * CPU milliseconds of one `arrears validate` run: the shell's children's user + system clock
 * ticks after the run (fields 16-17 of /proc/<pid>/stat; Linux only, `undefined` elsewhere).
 */
function cliCpuMs(args: readonly string[]): { ms: number | undefined; exit: string } {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const run = spawnSync('sh', ['-c', `${quoted} > /dev/null; echo $?; cat /proc/$$/stat 2>/dev/null; getconf CLK_TCK`], { encoding: 'utf8' });
  const [exit = '?', stat = '', hz = '100'] = run.stdout.split('\n');
  const fields = stat.split(') ')[1]?.split(' ');
  if (fields === undefined) return { ms: undefined, exit };
  return { ms: Math.round(((Number(fields[13]) + Number(fields[14])) * 1000) / Number(hz)), exit };
}

{
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, policy] of Object.entries(policies)) {
    let violations = 0;
    const { cold, best } = cpuMs(() => {
      violations = 0;
      for (const d of documents) violations += validatePlanTerms(d, policy).violations.length;
    });
    rows.push({ run: `validatePlanTerms x 10,000, ${name}`, 'cpu ms (first run)': cold, 'cpu ms (best of 3)': best, result: `${violations} violations` });
  }
  const dir = mkdtempSync(join(tmpdir(), 'arrears-bench-'));
  try {
    writeFileSync(join(dir, 'plans.ndjson'), `${documents.map((d) => JSON.stringify(d)).join('\n')}\n`);
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    rows.push({ run: 'node dist/cli.js --version (start-up alone)', 'cpu ms (first run)': cliCpuMs([cli, '--version']).ms ?? 'n/a', 'cpu ms (best of 3)': '', result: '' });
    for (const [name, policy] of Object.entries(policies)) {
      writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy));
      const runs = [0, 1, 2].map(() => cliCpuMs([cli, 'validate', join(dir, 'plans.ndjson'), '--policy', join(dir, 'policy.json'), '--quiet']));
      const ms = runs.map((r) => r.ms).filter((m): m is number => m !== undefined);
      rows.push({ run: `arrears validate plans.ndjson (10,000), ${name}`, 'cpu ms (first run)': ms[0] ?? 'n/a', 'cpu ms (best of 3)': ms.length > 0 ? Math.min(...ms) : 'n/a', result: `exit ${runs[0]?.exit ?? '?'}` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n10,000 plan documents against a policy: CPU time (user + system), node ${process.version}. Each CLI run is a new process, so its figure includes start-up and a cold JIT:`);
  console.table(rows);
}
