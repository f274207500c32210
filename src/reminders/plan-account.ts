import type { CheckContactInput, ContactAttemptInput, ContactCheckResult, ContactPolicyInput, PreparedContactAccount } from '../compliance/index.js';
import type { Finding } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { dateOf } from './days.js';
import { historyEntryOf } from './history-entry.js';
import { activeHoldFinding, holdWarnings } from './holds.js';
import { checkReminderMessage, renderReminderMessage } from './message-port.js';
import type { CheckMessageResult, ReminderText, ReminderTextInput } from '../messages/index.js';
import { CHANNEL_RULES } from './rules/index.js';
import { dayOfText } from './rules/rule.js';
import type { ChannelRuleContext } from './rules/rule.js';
import { mergeContactPolicy, preparedDefaultPolicy } from './run.js';
import type { PreparedRun } from './run.js';
import { firstInstantInWindow, hhmm, localOf, localText } from './send-window.js';
import { shiftTargetDay } from './target-day.js';
import type { ParsedPlanRemindersInput, PlanRemindersResult, Reminder, ReminderChannel, ReminderInstallment, ReminderKind } from './types.js';

/** The per-account facts, parsed, beside the raw objects compliance is given. */
export interface AccountFacts {
  readonly parsed: Pick<ParsedPlanRemindersInput, 'plan' | 'account' | 'language' | 'channels'> & { readonly consumer: { readonly timeZones: readonly string[] }; readonly debts: readonly { readonly id: string }[] };
  readonly raw: {
    readonly consumer: CheckContactInput['consumer'];
    readonly debts: CheckContactInput['debts'];
    readonly history: CheckContactInput['history'];
    readonly contactPolicy: ContactPolicyInput | undefined;
  };
  /** The compliance parts, validated and compiled once (under the account's own contact policy). */
  readonly contacts: PreparedContactAccount;
  readonly accountKey: string;
}

/** The facts of one account from its parsed parts and the compliance parts (already validated by arrears/compliance). */
export function accountFacts(
  parsed: Pick<ParsedPlanRemindersInput, 'plan' | 'account' | 'language' | 'channels'>,
  raw: { consumer: CheckContactInput['consumer']; debts: CheckContactInput['debts']; history: CheckContactInput['history']; contactPolicy?: ContactPolicyInput | undefined },
  contacts: PreparedContactAccount,
  accountKey: string,
): AccountFacts {
  return {
    parsed: { plan: parsed.plan, account: parsed.account, language: parsed.language, channels: parsed.channels, consumer: raw.consumer, debts: raw.debts },
    raw: { consumer: raw.consumer, debts: raw.debts, history: raw.history, contactPolicy: raw.contactPolicy },
    contacts,
    accountKey,
  };
}

/** More than the longest weekend-and-holiday move (a holiday Monday after a weekend, and a little). */
const SHIFT_MARGIN = 16;

interface Candidate {
  readonly installment: number;
  readonly offsetIndex: number;
  readonly offsetDays: number;
  readonly targetDay: number;
  readonly sendDay: number;
  readonly latestDay: number;
  readonly trail: readonly Finding[];
}

/** Where a compliance finding's rule comes from: its jurisdiction, or `POLICY` for the company's own. */
function jurisdictionOfFinding(f: Finding): unknown {
  return f.details?.jurisdiction ?? 'POLICY';
}

function contactFinding(f: Finding, details: Record<string, unknown>): Finding {
  return { code: f.code, severity: 'violation', message: f.message, ...(f.citation === undefined ? {} : { citation: f.citation }), details: { ...details, jurisdiction: jurisdictionOfFinding(f) } };
}

function contactWarning(f: Finding): Finding {
  return { code: f.code, severity: 'warning', message: f.message, ...(f.citation === undefined ? {} : { citation: f.citation }), details: { jurisdiction: jurisdictionOfFinding(f) } };
}

function violationsOf(result: ContactCheckResult): Finding[] {
  return result.findings.filter((f) => f.severity === 'violation');
}

/** Where the consumer is, for the message rules: unknown (every state rule) without a state. */
function jurisdictionsOf(consumer: CheckContactInput['consumer']): readonly string[] | undefined {
  if (consumer.jurisdiction === undefined) return undefined;
  const local = (consumer.jurisdictions ?? []).filter((j) => /^US-[A-Z]{2}-[A-Z0-9]{1,3}$/.test(j));
  return ['US', consumer.jurisdiction, ...local];
}

/** What the reminder says, by the day it goes: before, on or after the due day. */
function kindOf(day: number, dueDay: number): ReminderKind {
  return day < dueDay ? 'upcoming' : day === dueDay ? 'dueToday' : 'pastDue';
}

/** Plans one account's reminders (input already parsed and cross-checked). */
export function planAccount(run: PreparedRun, facts: AccountFacts): PlanRemindersResult {
  const { plan, consumer, channels, language } = facts.parsed;
  const zones = consumer.timeZones;
  const primary = zones[0] as string;
  const currency = plan.currency;
  const count = plan.installments.length;
  const debtIds = plan.debtIds ?? facts.parsed.debts.map((d) => d.id);
  const holds = facts.parsed.account.holds ?? [];
  const reminders: Reminder[] = [];
  const skipped: Finding[] = [];
  const warnings: Finding[] = [...holdWarnings(holds)];
  const contactPolicy = facts.raw.contactPolicy === undefined ? run.defaultContactPolicy : mergeContactPolicy(run, facts.raw.contactPolicy);
  const closed = plan.status === 'closed';
  const offsets = run.policy.offsetsDays;
  const firstOffset = offsets[0] as number;
  const lastOffset = offsets[offsets.length - 1] as number;

  // Every candidate in this run's days, then planned in time order (so caps favour the earliest).
  const candidates: Candidate[] = [];
  const dueMinor: bigint[] = [];
  for (const row of plan.installments) {
    const dueDay = dayOfText(row.dueDate);
    // Weekend and holiday moves are a few days at most: installments far from this run's days need no work.
    if (dueDay + lastOffset + SHIFT_MARGIN < run.asOfDay || dueDay + firstOffset - SHIFT_MARGIN > run.horizonEndDay) continue;
    const due = toMinorUnits(row.amount, currency) - (row.paid === undefined ? 0n : toMinorUnits(row.paid, currency));
    dueMinor[row.number - 1] = due;
    const shifted = offsets.map((offset) => shiftTargetDay(dueDay + offset, run.weekend, run.holidays));
    for (let k = 0; k < offsets.length; k++) {
      const offset = offsets[k] as number;
      const target = dueDay + offset;
      const s = shifted[k] as ReturnType<typeof shiftTargetDay>;
      let sendDay = s.day ?? target;
      if (sendDay > run.horizonEndDay || Math.max(sendDay, target) < run.asOfDay) continue;
      const base = { installment: row.number, offsetDays: offset, targetDate: dateOf(target), skipped: true };
      if (closed) {
        skipped.push({ code: 'REMINDERS_PLAN_CLOSED', severity: 'info', message: `The plan is closed: no reminder for installment ${String(row.number)}.`, details: base });
        continue;
      }
      if (due <= 0n) {
        skipped.push({ code: 'REMINDERS_INSTALLMENT_PAID', severity: 'info', message: `Installment ${String(row.number)} is paid: no ${offset > 0 ? 'follow-up' : 'reminder'} (offset ${String(offset)} days).`, details: base });
        continue;
      }
      if (s.dropped !== null) {
        skipped.push({ ...s.dropped, details: { ...base, ...s.dropped.details } });
        continue;
      }
      const trail: Finding[] = [{ code: 'REMINDERS_OFFSET', severity: 'info', message: `Due ${row.dueDate}, offset ${offset > 0 ? '+' : ''}${String(offset)} days (policy.offsetsDays[${String(k)}]): target ${dateOf(target)}.`, details: { targetDate: dateOf(target) } }, ...s.trail];
      if (sendDay < run.asOfDay) {
        trail.push({ code: 'REMINDERS_NOT_BEFORE_RUN', severity: 'info', message: `The shifted day ${dateOf(sendDay)} is before the run (${run.asOf}): sent on ${run.asOf}.` });
        sendDay = run.asOfDay;
      }
      let nextDay = Number.POSITIVE_INFINITY;
      for (let j = k + 1; j < offsets.length; j++) {
        const n = shifted[j] as ReturnType<typeof shiftTargetDay>;
        if (n.day !== null) {
          nextDay = Math.max(n.day, run.asOfDay);
          break;
        }
      }
      if (nextDay <= sendDay) {
        skipped.push({ code: 'REMINDERS_SAME_DAY', severity: 'info', message: `The reminder at offset ${String(offset)} lands on ${dateOf(sendDay)} with a later reminder of the same installment: only the later one is planned.`, details: base });
        continue;
      }
      const latestDay = Math.min(sendDay + run.maxDelayDays, nextDay - 1);
      candidates.push({ installment: row.number, offsetIndex: k, offsetDays: offset, targetDay: target, sendDay, latestDay, trail });
    }
  }
  if (candidates.length === 0) return verdict(reminders, skipped, warnings);
  if (contactPolicy === undefined) {
    for (const c of candidates) skipped.push({ code: 'REMINDERS_NO_COMMON_WINDOW', severity: 'violation', message: 'The reminder send window and the contact policy calling window do not overlap.', details: { installment: c.installment, offsetDays: c.offsetDays, targetDate: dateOf(c.targetDay), skipped: true } });
    return verdict(reminders, skipped, warnings);
  }
  const window = contactPolicy.callingWindow as { start: string; end: string };
  const windowStart = Number(window.start.slice(0, 2)) * 60 + Number(window.start.slice(3, 5));
  const windowEnd = Number(window.end.slice(0, 2)) * 60 + Number(window.end.slice(3, 5));
  candidates.sort((a, b) => a.sendDay - b.sendDay || a.installment - b.installment || a.offsetIndex - b.offsetIndex);

  // The account under the merged contact policy; each planned reminder is recorded in it.
  // Planned reminders stay in time order, so each check sees every earlier one as history.
  const contacts = facts.contacts.withPolicy(facts.raw.contactPolicy === undefined ? preparedDefaultPolicy(run) : contactPolicy);
  let notBefore = run.at;
  const ruleContext = { requireSafeHarbor: run.requireSafeHarbor, senderKind: run.policy.sender.kind };
  const { waysForward, unsubscribeUrl, sender } = run.policy;
  const messageJurisdictions = jurisdictionsOf(facts.raw.consumer);
  for (const c of candidates) {
    const row = plan.installments[c.installment - 1] as (typeof plan.installments)[number];
    const details = { installment: c.installment, offsetDays: c.offsetDays, targetDate: dateOf(c.targetDay) };
    const hold = activeHoldFinding(holds, c.sendDay, { ...details, skipped: true });
    if (hold !== null) {
      skipped.push(hold);
      continue;
    }
    const dueDay = c.targetDay - c.offsetDays;
    // One object: the text's installment is the planned reminder's (one shape in both modules).
    const installment: ReminderInstallment = { number: c.installment, installmentCount: count, dueDate: row.dueDate, dueAmount: fromMinorUnits(dueMinor[c.installment - 1] as bigint, currency), currency };
    // The text depends on the send day (upcoming, due today, or how many days late) and the medium.
    const messageFor = (day: number, medium: ReminderChannel['medium']): { input: ReminderTextInput; text: ReminderText; verdict: CheckMessageResult } => {
      const kind = kindOf(day, dueDay);
      const input: ReminderTextInput = {
        kind,
        installment,
        ...(kind === 'pastDue' ? { daysLate: day - dueDay } : {}),
        language,
        channel: medium,
        sender,
        ...(waysForward === undefined ? {} : { waysForward }),
        ...(medium === 'email' && unsubscribeUrl !== undefined ? { unsubscribeUrl } : {}),
      };
      const text = renderReminderMessage(input);
      return { input, text, verdict: checkReminderMessage(input, text, { jurisdictions: messageJurisdictions, sendDate: dateOf(day) }) };
    };
    const passedOver: Finding[] = [];
    let planned: Reminder | null = null;
    const context: ChannelRuleContext = { ...ruleContext, sendDay: c.sendDay };
    for (const medium of run.policy.channels) {
      for (const channel of channels) {
        if (channel.medium !== medium) continue;
        planned = tryChannel(channel);
        if (planned !== null) break;
      }
      if (planned !== null) break;
    }
    if (planned === null) {
      if (passedOver.length === 0) {
        skipped.push({ code: 'REMINDERS_NO_CHANNEL', severity: 'violation', message: `No channel of the consumer uses a medium the policy lists (${run.policy.channels.join(', ')}).`, details: { ...details, skipped: true, fallback: null } });
      }
      for (const f of passedOver) skipped.push({ ...f, details: { ...details, ...f.details, skipped: true, fallback: null } });
      continue;
    }
    const carried = planned.channelId;
    // The rule kept this channel out, and another carried the reminder: for the record.
    for (const f of passedOver) skipped.push({ ...f, severity: 'info', details: { ...details, ...f.details, skipped: false, fallback: carried } });
    reminders.push(planned);
    notBefore = Date.parse(planned.sendAt) + 60_000;
    contacts.record(historyEntryOf(planned));

    function tryChannel(channel: ReminderChannel): Reminder | null {
      const ruleWarnings: Finding[] = [];
      let blocked = false;
      for (const rule of CHANNEL_RULES) {
        if (!rule.media.includes(channel.medium) || !rule.binds.includes(context.senderKind)) continue;
        for (const f of rule.check(channel, context)) {
          if (f.severity === 'violation') {
            passedOver.push(f);
            blocked = true;
          } else ruleWarnings.push(f);
        }
      }
      if (blocked) return null;
      const trail: Finding[] = [...c.trail];
      let t: number | null = null;
      let day = c.sendDay;
      for (; day <= c.latestDay; day++) {
        t = firstInstantInWindow(day, windowStart, windowEnd, zones, notBefore);
        if (t !== null) break;
      }
      if (t === null) {
        passedOver.push({ code: 'REMINDERS_NO_COMMON_WINDOW', severity: 'violation', message: `No instant from ${dateOf(c.sendDay)} to ${dateOf(c.latestDay)} lies inside ${hhmm(windowStart)}-${hhmm(windowEnd)} in every zone (${zones.join(', ')}) and after the run.`, details: { channelId: channel.id } });
        return null;
      }
      if (day !== c.sendDay) trail.push({ code: 'REMINDERS_WINDOW_PASSED', severity: 'info', message: `No window instant left on ${dateOf(c.sendDay)} after the run: moved to ${dateOf(day)}.` });
      trail.push({ code: 'REMINDERS_SEND_WINDOW', severity: 'info', message: `Window ${hhmm(windowStart)}-${hhmm(windowEnd)} in every zone (${zones.join(', ')}): first instant ${new Date(t).toISOString()}.` });
      const to = channel.medium === 'email' && channel.addressKind === 'work' ? { kind: channel.addressKind, value: channel.address, consumerUsedOrConsented: true } : { kind: channel.addressKind, value: channel.address };
      let result: ContactCheckResult | null = null;
      // The contact is judged as carrying the opt-out statement its medium needs; the text is
      // written (once, for the final day) and checked afterwards, and a text without it is
      // refused there, so the assumption never reaches a planned reminder.
      for (let round = 0; round < 4; round++) {
        const at = new Date(t).toISOString();
        const attempt: ContactAttemptInput = channel.medium === 'letter' ? { channel: 'letter', at, debtIds, to } : { channel: channel.medium, at, debtIds, to, optOutNotice: true };
        result = contacts.check(attempt, at);
        if (result.ok) break;
        const earliest = result.earliestAllowedAt === null ? null : Date.parse(result.earliestAllowedAt);
        if (earliest === null || localOf(earliest, primary).day > c.latestDay) {
          for (const v of violationsOf(result)) passedOver.push(contactFinding(v, { channelId: channel.id, ...(earliest === null ? {} : { earliestAllowedAt: result.earliestAllowedAt }) }));
          return null;
        }
        trail.push({ code: 'REMINDERS_MOVED', severity: 'info', message: `${violationsOf(result).map((v) => v.code).join(', ')} blocked ${new Date(t).toISOString()}: moved to the earliest allowed instant ${new Date(earliest).toISOString()}.`, details: { rules: violationsOf(result).map((v) => v.code) } });
        t = earliest;
      }
      if (result === null || !result.ok) {
        for (const v of result === null ? [] : violationsOf(result)) passedOver.push(contactFinding(v, { channelId: channel.id }));
        return null;
      }
      const message = messageFor(localOf(t, primary).day, channel.medium);
      if (!message.verdict.ok) {
        for (const f of message.verdict.findings) if (f.severity === 'violation') passedOver.push({ ...f, details: { ...f.details, channelId: channel.id } });
        return null;
      }
      trail.push({ code: 'REMINDERS_CHANNEL', severity: 'info', message: `Channel "${channel.id}" (${channel.medium}) is the first eligible in policy.channels (${run.policy.channels.join(', ')})${passedOver.length > 0 ? `, after ${[...new Set(passedOver.map((f) => f.code))].join(', ')}` : ''}; checkContact allows ${new Date(t).toISOString()}.` });
      const sendAt = new Date(t).toISOString();
      const local: Record<string, string> = {};
      for (const zone of zones) local[zone] = localText(t, zone);
      for (const w of ruleWarnings) warnings.push({ ...w, details: { ...details, ...w.details } });
      return {
        id: `${facts.accountKey}:${String(c.installment)}:${String(c.offsetDays)}:${channel.id}`,
        installment,
        offsetDays: c.offsetDays,
        kind: message.input.kind,
        targetDate: dateOf(c.targetDay),
        sendDate: dateOf(localOf(t, primary).day),
        sendAt,
        local,
        channelId: channel.id,
        medium: channel.medium,
        address: channel.address,
        addressKind: channel.addressKind,
        debtIds,
        language,
        text: message.text.text,
        requiredContent: message.text.requiredContent,
        subject: message.text.subject ?? null,
        messageCheck: message.verdict,
        contactWarnings: [...ruleWarnings, ...result.findings.filter((f) => f.severity === 'warning').map(contactWarning)],
        trail,
      };
    }
  }
  reminders.sort((a, b) => (a.sendAt < b.sendAt ? -1 : a.sendAt > b.sendAt ? 1 : a.id < b.id ? -1 : 1));
  return verdict(reminders, skipped, warnings);
}

/** The verdict: the reminders, then every reason in one list (skips first); `ok` unless a rule kept a reminder from going. */
function verdict(reminders: readonly Reminder[], skipped: readonly Finding[], warnings: readonly Finding[]): PlanRemindersResult {
  const findings = [...skipped, ...warnings];
  return { ok: !findings.some((f) => f.severity === 'violation'), findings, reminders };
}
