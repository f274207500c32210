// A dialer in plain CommonJS: checkContact in front of every call. Run: node examples/dialer.cjs (after npm run build).
const { checkContact } = require('arrears/compliance');

const now = '2026-03-10T12:00:00Z';
const queue = [
  { name: 'Ana (New York)', timeZones: ['America/New_York'], at: '2026-03-10T13:30:00Z' },
  { name: 'Ben (New York, works in Los Angeles)', timeZones: ['America/New_York', 'America/Los_Angeles'], at: '2026-03-10T13:30:00Z' },
];
for (const entry of queue) {
  const answer = checkContact({ checkedAt: now, attempt: { channel: 'call', at: entry.at, debtIds: ['d1'] }, consumer: { timeZones: entry.timeZones }, debts: [{ id: 'd1' }], history: [] });
  if (answer.ok) console.log(`${entry.name}: dial`);
  else if (answer.earliestAllowedAt !== null) console.log(`${entry.name}: reschedule at ${answer.earliestAllowedAt} (${answer.findings.filter((f) => f.severity === 'violation').map((f) => f.code).join(', ')})`);
  else console.log(`${entry.name}: do not call (${answer.findings.filter((f) => f.severity === 'violation').map((f) => f.code).join(', ')})`);
}
