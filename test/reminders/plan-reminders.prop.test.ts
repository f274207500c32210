import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContact } from '../../src/compliance/index.js';
import type { CheckContactInput } from '../../src/compliance/index.js';
import { checkMessage } from '../../src/messages/index.js';
import { planReminders, toHistoryEntry } from '../../src/reminders/index.js';
import type { PlanRemindersInput } from '../../src/reminders/index.js';
import { reminderScenario, restrictions } from '../arbitraries/reminders.js';

const DAY_MS = 86_400_000;

describe('planReminders: properties', () => {
  it('every planned reminder passes checkContact against the history plus the reminders planned before it, and its message check', () => {
    fc.assert(
      fc.property(reminderScenario, (input) => {
        const { reminders } = planReminders(input);
        const history = [...input.history];
        for (const r of reminders) {
          const result = checkContact({
            checkedAt: r.sendAt,
            attempt: { channel: r.medium, at: r.sendAt, debtIds: [...r.debtIds], to: r.medium === 'email' && r.addressKind === 'work' ? { kind: r.addressKind, value: r.address, consumerUsedOrConsented: true } : { kind: r.addressKind, value: r.address }, ...(r.medium === 'letter' ? {} : { optOutNotice: true }) },
            consumer: input.consumer as CheckContactInput['consumer'],
            debts: input.debts as CheckContactInput['debts'],
            history: history as CheckContactInput['history'],
            ...(input.contactPolicy === undefined ? {} : { policy: input.contactPolicy as CheckContactInput['policy'] }),
          });
          expect(result.findings.filter((f) => f.severity === 'violation')).toEqual([]);
          expect(r.messageCheck.ok).toBe(true);
          const again = checkMessage({ channel: r.medium, text: r.text, ...(r.subject === null ? {} : { subject: r.subject }), context: { sender: input.policy.sender.kind, language: r.language, recipient: 'consumer' } });
          expect(again.findings.filter((f) => f.severity === 'violation')).toEqual([]);
          expect(Date.parse(r.sendAt)).toBeGreaterThanOrEqual(Date.parse(input.at));
          history.push(toHistoryEntry(r));
        }
      }),
    );
  });

  it('never plans two reminders for the same installment on the same channel on one day', () => {
    fc.assert(
      fc.property(reminderScenario, (input) => {
        const keys = planReminders(input).reminders.map((r) => `${String(r.installment.number)} ${r.channelId} ${r.sendDate}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('adding history or holds never adds a reminder', () => {
    fc.assert(
      fc.property(reminderScenario, restrictions, (input, extra) => {
        const base = planReminders(input).reminders.length;
        const at = Date.parse(input.at);
        const asOfDay = Date.parse(`${input.asOf}T00:00:00Z`);
        const more: PlanRemindersInput = {
          ...input,
          history: [...input.history, ...extra.history.map((h) => ({ channel: h.channel, at: new Date(at - h.hoursAgo * 3_600_000).toISOString(), outcome: 'messageSent' as const, debtIds: ['D1'] }))],
          account: {
            currency: 'USD',
            holds: extra.holds.map((h, i) => ({
              id: `h${String(i)}`,
              kind: h.kind,
              reason: 'test',
              start: new Date(asOfDay + h.startIn * DAY_MS).toISOString().slice(0, 10),
              end: h.length === null ? null : new Date(asOfDay + (h.startIn + h.length) * DAY_MS).toISOString().slice(0, 10),
              source: 'test',
              citation: null,
              freezes: { contact: true },
            })),
          },
        };
        expect(planReminders(more).reminders.length).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(reminderScenario, (input) => {
        expect(planReminders(structuredClone(input))).toEqual(planReminders(input));
      }),
    );
  });
});
