// A dialer: before each call in the queue, ask checkContact; call now, or reschedule at the
// earliest lawful time, or drop the call. "Now" is an input: the dialer passes its own clock.
import { checkContact } from 'arrears/compliance';
import type { CheckContactInput } from 'arrears/compliance';

const now = '2026-03-10T12:00:00Z';
const queue: Array<{ name: string; timeZones: string[]; at: string }> = [
  { name: 'Ana (New York)', timeZones: ['America/New_York'], at: '2026-03-10T13:30:00Z' },
  { name: 'Ben (New York, works in Los Angeles)', timeZones: ['America/New_York', 'America/Los_Angeles'], at: '2026-03-10T13:30:00Z' },
];
for (const entry of queue) {
  const input: CheckContactInput = { checkedAt: now, attempt: { channel: 'call', at: entry.at, debtIds: ['d1'] }, consumer: { timeZones: entry.timeZones }, debts: [{ id: 'd1' }], history: [] };
  const answer = checkContact(input);
  if (answer.ok) console.log(`${entry.name}: dial`);
  else if (answer.earliestAllowedAt !== null) console.log(`${entry.name}: reschedule at ${answer.earliestAllowedAt} (${answer.findings.filter((f) => f.severity === 'violation').map((f) => f.code).join(', ')})`);
  else console.log(`${entry.name}: do not call (${answer.findings.filter((f) => f.severity === 'violation').map((f) => f.code).join(', ')})`);
}
