import type { PlanRemindersBatchInput, ReminderBatchAccountInput } from 'arrears/reminders';

// The input of the reminders bench: accounts with 12-installment monthly plans (due dates
// spread over the month, some installments paid), 20-entry contact histories over the last
// ten days, two or three channels with their facts, one or two zones, a state for some.

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu'];
const STATES = ['NY', 'MA', 'WA', 'CA', 'TX', 'FL'];
const CHANNELS = ['call', 'sms', 'email', 'letter'] as const;
const OUTCOMES = ['noAnswer', 'voicemail', 'connected', 'messageSent', 'notConnected'] as const;
const DAY = 86_400_000;
export const AS_OF = '2026-12-01';
export const AT = '2026-12-01T11:00:00Z';
const AT_MS = Date.parse(AT);

/** A small deterministic generator (mulberry32), so every run plans the same accounts. */
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

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `count` accounts for one run, planned with a policy that looks `horizonDays` ahead. */
export function makeReminderBatch(count: number, horizonDays: number): PlanRemindersBatchInput {
  const random = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const accounts: ReminderBatchAccountInput[] = [];
  for (let a = 0; a < count; a++) {
    const zones = random() < 0.2 ? [pick(ZONES), pick(ZONES)] : [pick(ZONES)];
    const firstDue = Date.parse('2026-06-01T00:00:00Z') + Math.floor(random() * 28) * DAY;
    const installments = [];
    for (let i = 0; i < 12; i++) {
      const due = new Date(firstDue);
      due.setUTCMonth(due.getUTCMonth() + i);
      const paid = due.getTime() < AT_MS - 5 * DAY ? (random() < 0.9 ? '100.00' : '0.00') : '0.00';
      installments.push({ number: i + 1, dueDate: day(due.getTime()), amount: '100.00', paid });
    }
    const history = [];
    for (let h = 0; h < 20; h++) {
      const channel = pick(CHANNELS);
      history.push({ channel, at: new Date(AT_MS - 3_600_000 - Math.floor(random() * 10 * DAY)).toISOString(), outcome: channel === 'call' ? pick(OUTCOMES.slice(0, 3)) : 'messageSent', debtIds: ['d1'], toKind: 'mobile' as const });
    }
    const state = random() < 0.7 ? pick(STATES) : undefined;
    accounts.push({
      id: `a${String(a)}`,
      plan: { currency: 'USD', installments },
      account: { currency: 'USD' },
      consumer: state === undefined ? { timeZones: zones } : { timeZones: zones, jurisdiction: `US-${state}` },
      language: random() < 0.8 ? 'en' : 'es',
      channels: [
        { id: 'sms1', medium: 'sms', address: '+12125550100', addressKind: 'mobile', consent: random() < 0.8 ? { givenAt: '2026-11-20T17:00:00Z', source: 'consumerText' } : null, safeHarbor: { basis: 'consumerTexted', lastConsumerTextOn: '2026-11-20' } },
        { id: 'em1', medium: 'email', address: 'pat@example.com', addressKind: 'other', safeHarbor: { basis: 'consumerUsed' } },
        { id: 'home', medium: 'letter', address: '1 Main St, Springfield', addressKind: 'home' },
      ],
      debts: [{ id: 'd1' }],
      history,
    });
  }
  return {
    asOf: AS_OF,
    at: AT,
    policy: {
      offsetsDays: [-3, 0, 3],
      channels: ['sms', 'email', 'letter'],
      sendWindow: { start: '09:00', end: '20:00' },
      horizonDays,
      waysForward: { payNow: { url: 'https://pay.example.com' }, talkToSomeone: { phone: '1-800-555-0100' } },
      sender: { kind: 'debtCollector', businessName: 'ABC Recovery' },
    },
    accounts,
  };
}
