import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, bench, describe } from 'vitest';
import { makeReminderBatch } from './reminders-input.js';

// The whole nightly reminder job on one machine, as docs/recipes.md ("The nightly reminder
// run") describes it: NDJSON accounts in (the bench's typical accounts: 12-installment plans,
// 20-entry histories, three channels), NDJSON reminders out, with 1 and 2 worker threads
// (bench/nightly-shard.mjs), each streaming its shard of the accounts (a stable hash of the
// id), planning them in chunks of 2,000 with planEachReminders (each reminder checked by
// checkContact's rules and checkMessage) and writing its reminders. Prints accounts per second
// of wall time and per CPU-second of the whole process (the main thread only waits), and each
// worker's split between reading and parsing, planning, and writing. Never asserted.
// NIGHTLY_BENCH_ACCOUNTS sets the count (default 20,000; the 100,000 takes five times as long).

const ACCOUNTS = Number.parseInt(process.env.NIGHTLY_BENCH_ACCOUNTS ?? '', 10) || 20_000;
const dir = mkdtempSync(join(tmpdir(), 'arrears-nightly-'));
const input = join(dir, 'accounts.ndjson');
const batch = makeReminderBatch(ACCOUNTS, 1);
writeFileSync(input, batch.accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ShardReport {
  readonly accounts: number;
  readonly reminders: number;
  readonly times: { readonly read: number; readonly plan: number; readonly write: number };
}

function runShard(shard: number, shards: number): Promise<ShardReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./nightly-shard.mjs', import.meta.url), {
      workerData: { input, output: join(dir, `reminders-${String(shard)}.ndjson`), shard, shards, asOf: batch.asOf, at: batch.at, policy: batch.policy, chunkSize: 2_000 },
    });
    worker.once('message', (report: ShardReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`shard ${String(shard)} exited with ${String(code)}`));
    });
  });
}

async function night(workers: number): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const reports = await Promise.all(Array.from({ length: workers }, (_, shard) => runShard(shard, workers)));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const accounts = reports.reduce((n, r) => n + r.accounts, 0);
  const reminders = reports.reduce((n, r) => n + r.reminders, 0);
  const lines = readFileSync(join(dir, 'reminders-0.ndjson'), 'utf8').split('\n').length - 1;
  const split = reports.map((r) => {
    const total = r.times.read + r.times.plan + r.times.write;
    return `read+parse ${Math.round((100 * r.times.read) / total)}% plan ${Math.round((100 * r.times.plan) / total)}% write ${Math.round((100 * r.times.write) / total)}%`;
  });
  const rate = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(`${String(workers)} worker(s): ${rate(accounts)} accounts, ${rate(reminders)} reminders (${rate(lines)} lines in shard 0), ${rate(accounts / seconds)} accounts/s wall, ${rate(accounts / cpuSeconds)} per CPU-second; ${split.join(' | ')}`);
}

describe(`nightly reminder job, ${ACCOUNTS.toLocaleString('en-US')} NDJSON accounts in, NDJSON reminders out`, () => {
  bench('1 worker thread', () => night(1), { iterations: 2, warmupIterations: 1 });
  bench('2 worker threads', () => night(2), { iterations: 2, warmupIterations: 1 });
});
