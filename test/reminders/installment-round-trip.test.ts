import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/calendar/index.js';
import { ReminderInstallmentSchema, reminderText, safeReminderText } from '../../src/messages/index.js';
import type { ReminderTextInput } from '../../src/messages/index.js';
import { planReminders } from '../../src/reminders/index.js';
import type { Reminder, ReminderInstallment } from '../../src/reminders/index.js';
import { baseInput, policy } from './fixture.js';

// One installment vocabulary in arrears/reminders and arrears/messages (issue 20):
// `{ number, installmentCount, dueDate, dueAmount, currency }`, so a planned reminder's
// installment goes into reminderText unchanged.

function planned(): readonly Reminder[] {
  const input = baseInput();
  const installments = [
    { number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '40.00' },
    { number: 2, dueDate: '2027-01-15', amount: '100.00' },
    { number: 3, dueDate: '2027-02-15', amount: '100.00' },
  ];
  return planReminders({ ...input, plan: { ...input.plan, installments } }).reminders;
}

/** The reminderText input that writes a planned reminder, its installment passed as it is. */
function textInputOf(r: Reminder): ReminderTextInput {
  // Compile-time half of the test: the reminders type fits the messages input as it is.
  const installment: ReminderTextInput['installment'] = r.installment;
  const daysLate = daysBetween(r.installment.dueDate, r.sendDate);
  return {
    kind: r.kind,
    ...(r.kind === 'pastDue' ? { daysLate } : {}),
    channel: r.medium,
    language: r.language,
    sender: policy.sender,
    waysForward: policy.waysForward,
    installment,
  };
}

describe('a reminder\'s installment in reminderText', () => {
  it('is accepted unchanged by the messages schema, key for key', () => {
    const reminders = planned();
    expect(reminders.length).toBe(3);
    for (const r of reminders) {
      expect(r.installment).toEqual({ number: 1, installmentCount: 3, dueDate: '2026-12-15', dueAmount: '60.00', currency: 'USD' });
      expect(ReminderInstallmentSchema.parse(r.installment)).toEqual(r.installment);
      expect(Object.keys(r.installment).sort()).toEqual(Object.keys(ReminderInstallmentSchema.def.shape).sort());
    }
  });

  it('writes the very text the planner sent, stating what is still due', () => {
    for (const r of planned()) {
      const text = reminderText(textInputOf(r));
      expect(text.text).toBe(r.text);
      expect(text.text).toContain('ayment 1 of 3 on your payment plan, $60.00,');
    }
  });

  it('refuses the former field names (a close negative: the schema is strict)', () => {
    const r = planned()[0] as Reminder;
    const { installmentCount, dueAmount, ...rest } = r.installment;
    const former = { ...rest, count: installmentCount, amountDue: dueAmount } as unknown as ReminderInstallment;
    const result = safeReminderText({ ...textInputOf(r), installment: former });
    expect(result.success).toBe(false);
    const oldMessages = safeReminderText({ ...textInputOf(r), installment: { ...rest, of: installmentCount, amount: dueAmount } });
    expect(oldMessages.success).toBe(false);
  });
});
