// The nightly reminder run of a small servicer: read the night's accounts (NDJSON), plan each
// account's reminders with one policy, "send" them, and record each sent reminder as a contact-
// history entry so that tomorrow's run and every other contact check count it. The run's date
// and instant are inputs: the job passes its own clock.
import { readFileSync } from 'node:fs';
import { planEachReminders, toHistoryEntry } from 'arrears/reminders';
import type { ReminderBatchAccountInput, ReminderHistoryEntry, ReminderPolicyInput } from 'arrears/reminders';

const dir = new URL('./data/', import.meta.url);
const policy = JSON.parse(readFileSync(new URL('reminder-policy.json', dir), 'utf8')) as ReminderPolicyInput;
const accounts = readFileSync(new URL('reminder-accounts.ndjson', dir), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as ReminderBatchAccountInput);

const sent = new Map<string, ReminderHistoryEntry[]>();
planEachReminders({ asOf: '2026-12-01', at: '2026-12-01T15:00:00Z', policy, accounts }, (result) => {
  for (const reminder of result.reminders) {
    // A real job hands the reminder to its SMS, email or print queue for `sendAt` here.
    console.log(`${result.accountId}: ${reminder.sendAt} ${reminder.medium} to ${reminder.address} (installment ${reminder.installment.number}, ${reminder.kind})`);
    sent.set(result.accountId, [...(sent.get(result.accountId) ?? []), toHistoryEntry(reminder)]);
  }
  const reasons = [...new Set(result.findings.filter((f) => f.details?.['skipped'] !== undefined).map((f) => `${f.code} (${f.citation ?? 'policy'})`))];
  if (reasons.length > 0) console.log(`${result.accountId}: skipped ${reasons.join(', ')}`);
});
console.log(`history entries to record: ${[...sent.values()].reduce((n, list) => n + list.length, 0)}`);
