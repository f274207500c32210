import { bench, describe } from 'vitest';
import { planEachReminders } from 'arrears/reminders';
import type { PlanRemindersBatchInput } from 'arrears/reminders';
import { makeReminderBatch } from './reminders-input.js';

// Planning reminders for accounts with 12-installment plans and 20-entry histories (issue 17:
// 100,000 accounts, target 20,000 accounts per second on one core). Each run plans 5,000
// accounts (a twentieth of the size, so a run takes well under a minute on a busy machine); the figure is
// accounts per second. Never asserted. Two policies: the nightly run that looks one day ahead
// (`horizonDays: 1`) and a fortnight ahead (`horizonDays: 14`), which plans about ten times
// as many reminders.

const ACCOUNTS = 5_000;
let built: { readonly key: number; readonly batch: PlanRemindersBatchInput } | undefined;
function batchOf(horizonDays: number): PlanRemindersBatchInput {
  if (built?.key !== horizonDays) {
    built = undefined;
    built = { key: horizonDays, batch: makeReminderBatch(ACCOUNTS, horizonDays) };
  }
  return built.batch;
}

function run(horizonDays: number): void {
  const batch = batchOf(horizonDays);
  let reminders = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  planEachReminders(batch, (r) => {
    reminders += r.reminders.length;
  });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`horizon ${String(horizonDays)} d: ${String(ACCOUNTS)} accounts, ${String(reminders)} reminders, ${Math.round(ACCOUNTS / seconds).toLocaleString('en-US')} accounts/s wall, ${Math.round(ACCOUNTS / cpuSeconds).toLocaleString('en-US')} per CPU-second`);
}

describe('planEachReminders, 5,000 accounts x 12 installments x 20 history entries', () => {
  bench('nightly run, horizonDays 1', () => run(1), { iterations: 2, warmupIterations: 1 });
  bench('fortnight, horizonDays 14', () => run(14), { iterations: 2, warmupIterations: 1 });
});
