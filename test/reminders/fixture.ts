import type { Finding } from '../../src/errors/index.js';
import type { PlanRemindersInput } from '../../src/reminders/index.js';

/** The reference note's planner input (communication.md 3.2 and 3.6 example 13), in this library's shapes. */
export const policy = {
  offsetsDays: [-3, 0, 3],
  channels: ['sms', 'email'],
  sendWindow: { start: '09:00', end: '20:00' },
  weekend: 'shiftEarlier',
  holidays: 'shiftLater',
  horizonDays: 30,
  waysForward: { payNow: { url: 'https://pay.example.com' }, talkToSomeone: { phone: '1-800-555-0100' } },
  sender: { kind: 'debtCollector', businessName: 'ABC Recovery' },
} as const;

export const sms1 = {
  id: 'sms1',
  medium: 'sms',
  address: '+12125550100',
  addressKind: 'mobile',
  consent: { givenAt: '2026-11-20T17:00:00Z', source: 'consumerText' },
  safeHarbor: { basis: 'consumerTexted', lastConsumerTextOn: '2026-11-20' },
} as const;

export const em1 = { id: 'em1', medium: 'email', address: 'pat@example.com', addressKind: 'other', safeHarbor: { basis: 'consumerUsed' } } as const;

export function baseInput(): PlanRemindersInput {
  return {
    asOf: '2026-12-01',
    at: '2026-12-01T15:00:00Z',
    plan: { id: 'P1', currency: 'USD', debtIds: ['D1'], installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00' }] },
    account: { currency: 'USD' },
    consumer: { timeZones: ['America/New_York', 'America/Los_Angeles'], jurisdiction: 'US-NY' },
    language: 'en',
    channels: [sms1, em1],
    debts: [{ id: 'D1' }],
    history: [],
    policy,
  };
}

type Found = { readonly findings: readonly Finding[] };

/** The findings about a reminder or a channel not used (`details.skipped` set): what `skipped` held before issue 20. */
export function skippedOf(result: Found): Finding[] {
  return result.findings.filter((f) => f.details?.['skipped'] !== undefined);
}

/** The other findings: missing or presumed facts (what `warnings` held before issue 20). */
export function warningsOf(result: Found): Finding[] {
  return result.findings.filter((f) => f.details?.['skipped'] === undefined);
}

/** Rule codes of skips, with their channel. */
export function skipCodes(result: Found): string[] {
  return skippedOf(result).map((s) => `${String(s.details?.['offsetDays'])}:${String(s.details?.['channelId'] ?? '-')}:${s.code}`);
}
