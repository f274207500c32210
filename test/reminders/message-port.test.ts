import { describe, expect, test } from 'vitest';
import { fastCheckMessageInput } from '../../src/messages/fast-input.js';
import { CheckMessageInputSchema, reminderText } from '../../src/messages/index.js';
import type { ReminderTextInput } from '../../src/messages/index.js';
import { reminderCheckInput } from '../../src/reminders/message-port.js';
import { expectSchemaAgrees } from '../support/fast-path.js';

// The planner checks every reminder it writes with checkMessage. Its input must take the
// zod-free fast path of arrears/messages (send day and jurisdictions included), or every
// reminder pays a full schema parse; and that path must parse it as the schema does.

const installment = { number: 2, installmentCount: 12, dueDate: '2026-12-15', dueAmount: '100.00', currency: 'USD' };
const senders = [
  { kind: 'debtCollector', businessName: 'ABC Recovery' },
  { kind: 'creditor', businessName: 'Ficus Bank', businessNameIndicatesDebtCollection: false },
] as const;
const cases = (['sms', 'email', 'letter'] as const).flatMap((channel) =>
  senders.flatMap((sender) =>
    [undefined, ['US', 'US-NY', 'US-NY-NYC']].map((jurisdictions) => ({ channel, sender, jurisdictions })),
  ),
);

describe('the planner’s message check', () => {
  test.each(cases)('takes the fast path: $channel, $sender.kind, jurisdictions $jurisdictions', ({ channel, sender, jurisdictions }) => {
    const input: ReminderTextInput = { kind: 'pastDue', daysLate: 3, installment, language: 'es', channel, sender, ...(channel === 'email' ? { unsubscribeUrl: 'https://example.com/u' } : {}) };
    const raw = reminderCheckInput(input, reminderText(input), { jurisdictions, sendDate: '2026-12-18' });
    const fast = fastCheckMessageInput(raw);
    expect(fast).toBeDefined();
    expect(fast?.context.asOf).toBe('2026-12-18');
    expectSchemaAgrees(fast, CheckMessageInputSchema, raw);
  });

  test('an impossible send day is left to the schema (close negative)', () => {
    const input: ReminderTextInput = { kind: 'upcoming', installment, channel: 'sms', sender: senders[0] };
    expect(fastCheckMessageInput(reminderCheckInput(input, reminderText(input), { jurisdictions: undefined, sendDate: '2026-02-30' }))).toBeUndefined();
  });
});
