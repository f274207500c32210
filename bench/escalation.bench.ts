import { PerformanceObserver } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import type { EscalationAccount, EscalationEventInput } from 'arrears/escalation';
import { createEscalation } from 'arrears/escalation';
import { addDays } from 'arrears/calendar';

// A year of daily `advance` plus random events over many accounts (100,000 by default; set
// ESCALATION_BENCH_ACCOUNTS to change it). Each `advance` call and each event is one
// transition. Events come from a seeded generator, so every run does the same work.
// Benches never assert times; run with `npm run bench -- bench/escalation.bench.ts`, which builds
// first: benches import the built package (`arrears/...`), as users do.

const ACCOUNTS = Number.parseInt(process.env.ESCALATION_BENCH_ACCOUNTS ?? '', 10) || 100_000;
const DAYS = 365;
const START = '2026-01-01';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const machine = createEscalation();
const days = Array.from({ length: DAYS }, (_, i) => addDays(START, i + 1));
const dues = Array.from({ length: 12 }, (_, i) => ({ dueDate: addDays(START, 14 + i * 30), amount: '100.00' }));

function randomEvent(rand: () => number, date: string, account: EscalationAccount): EscalationEventInput {
  const r = rand();
  if (r < 0.55) return { type: 'paymentReceived', date, amount: '100.00' };
  if (r < 0.65) return rand() < 0.5 ? { type: 'communicationMade', date, channel: 'telephone', spokeWithConsumer: true } : { type: 'communicationMade', date, channel: 'letter' };
  if (r < 0.72) return { type: 'promiseMade', date, amount: '100.00', dueDate: addDays(date, 7) };
  if (r < 0.78) return account.holds.some((h) => h.kind === 'dispute') ? { type: 'verificationSent', date } : { type: 'disputeReceived', date };
  if (r < 0.83) return account.holds.some((h) => h.kind === 'ceaseCommunication') ? { type: 'ceaseWithdrawn', date } : { type: 'ceaseRequested', date };
  if (r < 0.86) return account.holds.some((h) => h.kind === 'bankruptcy') ? { type: 'bankruptcyDismissed', date } : { type: 'bankruptcyFiled', date };
  if (r < 0.93) return { type: 'legalReferral', date };
  return { type: 'installmentDue', date, amount: '0.01' };
}

// Garbage-collection pauses on the main thread, by kind (minor = scavenge, major = mark-compact).
const gcMs = { minor: 0, major: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    if (kind === 1) gcMs.minor += entry.duration;
    else gcMs.major += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

function runYear(): { transitions: number; accepted: number; stageChanges: number; ms: number; cpuMs: number; gcMinorBefore: number; gcMajorBefore: number } {
  const rand = mulberry32(42);
  const accounts: EscalationAccount[] = [];
  for (let i = 0; i < ACCOUNTS; i += 1) {
    accounts.push(machine.initialState({ currency: 'USD', openedOn: START, balance: '1300.00', dues, limitations: { jurisdiction: 'US-NY' } }));
  }
  let transitions = 0;
  let accepted = 0;
  let stageChanges = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const gcBefore = { ...gcMs };
  for (const date of days) {
    for (let i = 0; i < ACCOUNTS; i += 1) {
      let account = accounts[i] as EscalationAccount;
      const advanced = machine.advance(account, date);
      transitions += 1;
      accepted += 1;
      for (const e of advanced.audit) if (e.from !== e.to) stageChanges += 1;
      account = advanced.account;
      if (rand() < 0.03) {
        const result = machine.transition(account, randomEvent(rand, date, account));
        transitions += 1;
        if (result.ok) {
          accepted += 1;
          for (const e of result.audit) if (e.from !== e.to) stageChanges += 1;
        }
        account = result.account;
      }
      accounts[i] = account;
    }
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { transitions, accepted, stageChanges, ms, cpuMs: (used.user + used.system) / 1000, gcMinorBefore: gcBefore.minor, gcMajorBefore: gcBefore.major };
}

describe('escalation: a year of daily advance and random events', () => {
  bench(
    `${ACCOUNTS} accounts x ${DAYS} days`,
    async () => {
      const r = runYear();
      await new Promise((resolve) => setTimeout(resolve, 10)); // GC entries arrive asynchronously
      console.log(
        `[escalation bench] ${r.transitions} transitions (${r.accepted} accepted, ${r.stageChanges} stage changes) in ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU: ` +
          `${Math.round(r.transitions / (r.ms / 1000)).toLocaleString('en-US')} transitions/s wall, ${Math.round(r.transitions / (r.cpuMs / 1000)).toLocaleString('en-US')} per CPU second; ` +
          `GC pauses ${((gcMs.minor - r.gcMinorBefore) / 1000).toFixed(1)} s minor, ${((gcMs.major - r.gcMajorBefore) / 1000).toFixed(1)} s major`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
