import { bench, describe } from 'vitest';
import { checkContact, checkContacts, checkEachContact } from 'arrears/compliance';
import type { BatchAttemptInput, CheckContactInput, CheckContactsInput, ContactHistoryEntryInput } from 'arrears/compliance';

// 1,000,000 proposed calls against seven-day histories of up to 20 entries each.
// Target (issue 7): at least 500,000 checks per second on one core. Never asserted: each run
// prints its checks per second (wall and per CPU-second); the hz column is runs per second
// (one run = 1,000,000 checks). `checkEachContact` hands each result to a callback that keeps
// only a count; `checkContacts` keeps all 1,000,000 results (garbage collection of the retained
// results is a large part of its time). The streaming benches run first: after a process has
// kept millions of results, V8 collects young objects more slowly for a while (its
// pretenuring and heap sizing learn from the kept results), which cost the streaming benches
// about a third when they ran second.

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu'];
const STATES = ['US-NY', 'US-MA', 'US-WA', 'US-CA', 'US-TX', 'US-FL'];
const OUTCOMES = ['noAnswer', 'noAnswer', 'voicemail', 'connected', 'notConnected'] as const;
const AS_OF = Date.parse('2026-03-12T12:00:00Z');
const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so every run checks the same calls. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function makeBatch(accountCount: number, attemptsPerAccount: number): CheckContactsInput {
  const random = rng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const accounts: Array<CheckContactsInput['accounts'][number]> = [];
  const attempts: BatchAttemptInput[] = [];
  for (let a = 0; a < accountCount; a++) {
    const zones = random() < 0.2 ? [pick(ZONES), pick(ZONES)] : [pick(ZONES)];
    const history: ContactHistoryEntryInput[] = [];
    const entries = Math.floor(random() * 21);
    for (let h = 0; h < entries; h++) {
      history.push({
        channel: 'call',
        at: new Date(AS_OF - Math.floor(random() * 7 * DAY)).toISOString(),
        outcome: pick(OUTCOMES),
        debtIds: [random() < 0.5 ? 'd1' : 'd2'],
        toKind: random() < 0.8 ? 'mobile' : 'home',
      });
    }
    accounts.push({
      id: `a${a}`,
      consumer: { timeZones: zones, jurisdiction: pick(STATES) },
      debts: [{ id: 'd1' }, { id: 'd2' }],
      history,
    });
    for (let k = 0; k < attemptsPerAccount; k++) {
      attempts.push({
        accountId: `a${a}`,
        channel: 'call',
        at: new Date(AS_OF + Math.floor(random() * 2 * DAY)).toISOString(),
        debtIds: [random() < 0.5 ? 'd1' : 'd2'],
        to: { kind: 'mobile' },
      });
    }
  }
  return { checkedAt: new Date(AS_OF).toISOString(), accounts, attempts };
}

// Each shape's input is built when its first bench runs and dropped when another shape's is
// built, so no bench pays garbage-collection time for the other shapes' live inputs (with all
// three batches alive, major collections mark about a million extra objects, which cost the
// one-call shape about 15-20%).
let built: { readonly key: string; readonly batch: CheckContactsInput } | undefined;
function batchOf(accountCount: number, attemptsPerAccount: number): CheckContactsInput {
  const key = `${accountCount}x${attemptsPerAccount}`;
  if (built?.key !== key) {
    built = undefined;
    built = { key, batch: makeBatch(accountCount, attemptsPerAccount) };
  }
  return built.batch;
}
// Shapes: 10,000 accounts x 100 calls, 100,000 x 10, and a dialer queue with one call per
// account, where every check pays for validating and compiling its account's history
// (100,000 checks; the rate is what matters).

/**
 * Runs one batch and prints its checks per second, by wall clock and per CPU-second
 * (`process.cpuUsage`, which leaves out time other processes take from the shared cores but
 * counts garbage-collection threads).
 */
function timed(label: string, run: () => number): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const checks = run();
  const used = process.cpuUsage(cpu);
  const wallS = (performance.now() - started) / 1000;
  const cpuS = (used.user + used.system) / 1e6;
  const rate = (s: number): string => Math.round(checks / s).toLocaleString('en-US');
  console.log(`[compliance bench] ${label}: ${checks.toLocaleString('en-US')} checks in ${wallS.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU: ${rate(wallS)} checks/s wall, ${rate(cpuS)} per CPU second`);
}

describe('checkEachContact: 1,000,000 proposed calls, histories of up to 20 entries, streamed', () => {
  let allowed = 0;
  const count = (r: { ok: boolean }): void => {
    if (r.ok) allowed++;
  };
  bench('10,000 accounts x 100 calls', () => {
    const batch = batchOf(10_000, 100);
    timed('checkEachContact 10,000 x 100', () => checkEachContact(batch, count));
  }, { iterations: 2, warmupIterations: 1, time: 0 });
  bench('100,000 accounts x 10 calls', () => {
    const batch = batchOf(100_000, 10);
    timed('checkEachContact 100,000 x 10', () => checkEachContact(batch, count));
  }, { iterations: 2, warmupIterations: 1, time: 0 });
  bench('100,000 accounts x 1 call (100,000 checks)', () => {
    const batch = batchOf(100_000, 1);
    timed('checkEachContact 100,000 x 1', () => checkEachContact(batch, count));
  }, { iterations: 2, warmupIterations: 1, time: 0, teardown: () => void allowed });
});

describe('checkContacts: the same 1,000,000 calls, all results kept', () => {
  bench('10,000 accounts x 100 calls', () => {
    const batch = batchOf(10_000, 100);
    timed('checkContacts 10,000 x 100', () => checkContacts(batch).length);
  }, { iterations: 2, warmupIterations: 1, time: 0 });
  bench('100,000 accounts x 10 calls', () => {
    const batch = batchOf(100_000, 10);
    timed('checkContacts 100,000 x 10', () => checkContacts(batch).length);
  }, { iterations: 2, warmupIterations: 1, time: 0 });
});

describe('checkContact: one call per input (each validates and compiles its own account)', () => {
  let inputs: CheckContactInput[] | undefined;
  let allowed = 0;
  bench('100,000 inputs, one call each', () => {
    if (inputs === undefined) {
      const batch = batchOf(100_000, 1);
      inputs = batch.accounts.map((account, i) => {
        const { accountId: _accountId, ...attempt } = batch.attempts[i] as BatchAttemptInput;
        return { checkedAt: batch.checkedAt, attempt, consumer: account.consumer, debts: account.debts, history: account.history };
      });
    }
    const list = inputs;
    timed('checkContact, 100,000 single calls', () => {
      for (const input of list) if (checkContact(input).ok) allowed++;
      return list.length;
    });
  }, { iterations: 2, warmupIterations: 1, time: 0, teardown: () => void allowed });
});
