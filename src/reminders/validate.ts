import { DomainRuleError, ValidationError } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';
import { getCurrency } from '../money/index.js';
import { RemindersErrorCodes } from './codes.js';
import { dayOfText } from './rules/rule.js';
import type { ReminderChannel, ReminderPlan } from './types.js';

const PHONE_RE = /^\+[1-9]\d{6,14}$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY_MS = 86_400_000;

function invalid(code: string, path: ErrorPath, message: string): ValidationError {
  return new ValidationError([{ code, path, message }]);
}

/** `at` must fall within a day of `asOf` (UTC), so that a date and an instant from two different runs are caught. */
export function checkRun(asOf: string, at: number, path: ErrorPath): void {
  const day = dayOfText(asOf);
  const atDay = Math.floor(at / DAY_MS);
  if (atDay < day - 1 || atDay > day + 1) {
    throw new DomainRuleError(RemindersErrorCodes.REMINDERS_RUN_MISMATCH, `"at" (${new Date(at).toISOString()}) is not on or next to "asOf" (${asOf}): the run's instant and date must agree.`, { path: [...path, 'at'] });
  }
}

/** Cross-field checks of one account's channels, plan and facts against the run. */
export function checkAccountFacts(
  input: { plan: ReminderPlan; account: { currency: string }; channels: readonly ReminderChannel[]; debts: readonly { id: string }[] },
  asOf: string,
  at: number,
  path: ErrorPath,
): void {
  if (input.plan.currency !== input.account.currency) {
    throw new DomainRuleError(RemindersErrorCodes.REMINDERS_CURRENCY_MISMATCH, `The plan is in ${input.plan.currency} but the account is in ${input.account.currency}: reminders would state the wrong amounts.`, {
      path: [...path, 'plan', 'currency'],
      details: { plan: input.plan.currency, account: input.account.currency },
    });
  }
  const digits = getCurrency(input.plan.currency).minorUnits;
  input.plan.installments.forEach((row, i) => {
    for (const key of ['amount', 'paid'] as const) {
      const value = row[key];
      if (value === undefined) continue;
      const dot = value.indexOf('.');
      if (value.startsWith('-') || (dot >= 0 && value.length - dot - 1 > digits)) {
        throw invalid(RemindersErrorCodes.REMINDERS_INVALID_AMOUNT, [...path, 'plan', 'installments', i, key], `"plan.installments[${String(i)}].${key}" must be an amount of zero or more with at most ${String(digits)} decimals in ${input.plan.currency}, but got "${value}".`);
      }
    }
    if (row.number !== i + 1) throw invalid(RemindersErrorCodes.REMINDERS_DUPLICATE_ID, [...path, 'plan', 'installments', i, 'number'], `"plan.installments[${String(i)}].number" must be ${String(i + 1)}: installments are numbered 1, 2, 3 ... in order.`);
  });
  const debtIds = new Set(input.debts.map((d) => d.id));
  input.plan.debtIds?.forEach((id, i) => {
    if (!debtIds.has(id)) throw invalid(RemindersErrorCodes.REMINDERS_UNKNOWN_DEBT, [...path, 'plan', 'debtIds', i], `"plan.debtIds[${String(i)}]": the debt "${id}" is not in debts.`);
  });
  const seen = new Set<string>();
  const asOfDay = dayOfText(asOf);
  input.channels.forEach((channel, i) => {
    const here: ErrorPath = [...path, 'channels', i];
    if (seen.has(channel.id)) throw invalid(RemindersErrorCodes.REMINDERS_DUPLICATE_ID, [...here, 'id'], `"channels[${String(i)}].id": the id "${channel.id}" is used twice.`);
    seen.add(channel.id);
    if (channel.medium === 'sms' && !PHONE_RE.test(channel.address)) {
      throw invalid(RemindersErrorCodes.REMINDERS_INVALID_ADDRESS, [...here, 'address'], `"channels[${String(i)}].address": a text needs a phone number in E.164 form (+ and 7 to 15 digits).`);
    }
    if (channel.medium === 'email' && !EMAIL_RE.test(channel.address)) {
      throw invalid(RemindersErrorCodes.REMINDERS_INVALID_ADDRESS, [...here, 'address'], `"channels[${String(i)}].address": an email needs an address like "name@example.com".`);
    }
    if (channel.medium !== 'sms' && channel.consent !== undefined) {
      throw invalid(RemindersErrorCodes.REMINDERS_OPTION_WITHOUT_EFFECT, [...here, 'consent'], `"channels[${String(i)}].consent": text consent has no effect on a ${channel.medium} channel.`);
    }
    if (channel.medium === 'letter' && channel.safeHarbor !== undefined) {
      throw invalid(RemindersErrorCodes.REMINDERS_OPTION_WITHOUT_EFFECT, [...here, 'safeHarbor'], `"channels[${String(i)}].safeHarbor": a safe-harbor basis has no effect on a letter.`);
    }
    const consent = channel.consent;
    if (consent !== undefined && consent !== null) {
      for (const key of ['givenAt', 'revokedAt'] as const) {
        const value = consent[key];
        if (value !== undefined && Date.parse(value) > at) {
          throw new DomainRuleError(RemindersErrorCodes.REMINDERS_FACT_AFTER_AS_OF, `"channels[${String(i)}].consent.${key}" (${value}) is after the run (${new Date(at).toISOString()}): facts must already have happened.`, { path: [...here, 'consent', key] });
        }
      }
      if (consent.revokedAt !== undefined && Date.parse(consent.revokedAt) < Date.parse(consent.givenAt)) {
        throw invalid(RemindersErrorCodes.REMINDERS_FACT_AFTER_AS_OF, [...here, 'consent', 'revokedAt'], `"channels[${String(i)}].consent.revokedAt" is before the consent was given.`);
      }
    }
    for (const key of ['lastConsumerTextOn', 'reassignedCheckOn'] as const) {
      const value = channel.safeHarbor?.[key];
      if (value !== undefined && dayOfText(value) > asOfDay) {
        throw new DomainRuleError(RemindersErrorCodes.REMINDERS_FACT_AFTER_AS_OF, `"channels[${String(i)}].safeHarbor.${key}" (${value}) is after asOf (${asOf}).`, { path: [...here, 'safeHarbor', key] });
      }
    }
  });
}
