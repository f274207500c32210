import { bench, describe } from 'vitest';
import { planEachReminders } from 'arrears/reminders';
import type { PlanRemindersBatchInput, ReminderBatchAccountInput } from 'arrears/reminders';
import { makeReminderBatch } from './reminders-input.js';

// Planning reminders for accounts with 12-installment plans and 20-entry histories (issue 17:
// 100,000 accounts, target 20,000 accounts per second on one core). The nightly run (looking
// one day ahead, `horizonDays: 1`) plans 20,000 accounts a run, a fifth of the size,
// on the same objects every run, and again on accounts freshly parsed from JSON before each
// run (as a job reads them; the parse is not timed); a fortnight ahead (`horizonDays: 14`,
// about ten times the reminders) plans 5,000. The figure printed is accounts per second of
// wall time and per CPU-second; the warm-up runs show the cold figures (the first runs of a
// process also compile the code). Never asserted. Figures in docs/reminders.md, "Speed".

let built: { readonly key: string; readonly batch: PlanRemindersBatchInput; readonly lines: readonly string[] } | undefined;
function batchOf(count: number, horizonDays: number): NonNullable<typeof built> {
  const key = `${String(count)}:${String(horizonDays)}`;
  if (built?.key !== key) {
    built = undefined;
    const batch = makeReminderBatch(count, horizonDays);
    built = { key, batch, lines: batch.accounts.map((a) => JSON.stringify(a)) };
  }
  return built;
}

function run(count: number, horizonDays: number, fresh: boolean): void {
  const { batch, lines } = batchOf(count, horizonDays);
  const input = fresh ? { ...batch, accounts: lines.map((line) => JSON.parse(line) as ReminderBatchAccountInput) } : batch;
  let reminders = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  planEachReminders(input, (r) => {
    reminders += r.reminders.length;
  });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const rate = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(`horizon ${String(horizonDays)} d${fresh ? ', fresh' : ''}: ${rate(count)} accounts, ${rate(reminders)} reminders, ${rate(count / seconds)} accounts/s wall, ${rate(count / cpuSeconds)} per CPU-second`);
}

describe('planEachReminders, 12 installments x 20 history entries per account', () => {
  bench('nightly run, horizonDays 1, 20,000 accounts', () => run(20_000, 1, false), { iterations: 4, warmupIterations: 2 });
  bench('nightly run, horizonDays 1, 20,000 freshly parsed accounts', () => run(20_000, 1, true), { iterations: 4, warmupIterations: 2 });
  bench('fortnight, horizonDays 14, 5,000 accounts', () => run(5_000, 14, false), { iterations: 3, warmupIterations: 2 });
});
