import { describe, expect, it } from 'vitest';
import { checkContact, checkContacts, checkEachContact, checkFurnishing, safeCheckFurnishing } from '../../src/compliance/index.js';
import type { CheckContactInput, ContactAttemptInput, ContactHistoryEntryInput, ConsumerInput } from '../../src/compliance/index.js';
import { codeOrNone } from '../support/errors.js';
import { violations, warnings } from './verdict.js';

// Issue 18: a check that allows a contact because a field was missing gives a false assurance.
// Each block is a case that passed on the code before the fix; each has a close negative.

type Overrides = Partial<Omit<CheckContactInput, 'attempt' | 'consumer'>> & { attempt?: Partial<ContactAttemptInput>; consumer?: Partial<ConsumerInput> };

/** A call to a New York consumer (state given) about debt d1 at 11:00 local; override what a test needs. */
function input(o: Overrides = {}): CheckContactInput {
  const { attempt, consumer, ...rest } = o;
  return {
    checkedAt: '2026-03-09T16:00:00Z',
    debts: [{ id: 'd1' }, { id: 'd2' }],
    history: [],
    ...rest,
    attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], to: { kind: 'mobile' }, ...attempt } as ContactAttemptInput,
    consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-NY', ...consumer } as ConsumerInput,
  };
}

function ids(i: CheckContactInput): string[] {
  return violations(checkContact(i)).map((v) => v.code);
}

function warningIds(i: CheckContactInput): string[] {
  return warnings(checkContact(i)).map((w) => w.code);
}

/** The same input judged by checkContacts (the batch path) as one attempt. */
function batchIds(i: CheckContactInput): string[] {
  const { attempt, checkedAt, jurisdictions, ...account } = i;
  const [r] = checkContacts({ checkedAt, accounts: [{ id: 'a', ...account }], attempts: [{ accountId: 'a', ...attempt }], ...(jurisdictions === undefined ? {} : { jurisdictions }) });
  return violations(r).map((v) => v.code);
}

describe('item 1: an opt-out that names an address stops an attempt that does not say which address it uses', () => {
  const optOuts = [{ at: '2026-03-01T00:00:00Z', channel: 'sms' as const, address: '+16175550100' }];
  const sms = { channel: 'sms' as const, optOutNotice: true };

  it('refuses a text without to.value, naming the missing address', () => {
    const r = checkContact(input({ attempt: { ...sms, to: { kind: 'mobile' } }, consumer: { optOuts } }));
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-MEDIUM']);
    expect(violations(r)[0]?.message).toContain('to.value');
    expect(r.earliestAllowedAt).toBeNull();
    expect(ids(input({ attempt: { ...sms, to: undefined }, consumer: { optOuts } }))).toEqual(['REGF-MEDIUM']);
    expect(batchIds(input({ attempt: { ...sms, to: { kind: 'mobile' } }, consumer: { optOuts } }))).toEqual(['REGF-MEDIUM']);
  });

  it('matches the same number written another way, and lets another number through', () => {
    expect(ids(input({ attempt: { ...sms, to: { kind: 'mobile', value: '(617) 555-0100' } }, consumer: { optOuts } }))).toEqual(['REGF-MEDIUM']);
    expect(ids(input({ attempt: { ...sms, to: { kind: 'mobile', value: '+1 617-555-0100' } }, consumer: { optOuts } }))).toEqual(['REGF-MEDIUM']);
    expect(checkContact(input({ attempt: { ...sms, to: { kind: 'mobile', value: '+1 617 555 0199' } }, consumer: { optOuts } })).ok).toBe(true);
    const email = [{ at: '2026-03-01T00:00:00Z', channel: 'email' as const, address: 'Me@Example.com' }];
    expect(ids(input({ attempt: { channel: 'email', optOutNotice: true, to: { kind: 'home', value: ' me@example.COM ' } }, consumer: { optOuts: email } }))).toEqual(['REGF-MEDIUM']);
    expect(checkContact(input({ attempt: { channel: 'email', optOutNotice: true, to: { kind: 'home', value: 'you@example.com' } }, consumer: { optOuts: email } })).ok).toBe(true);
  });
});

describe('item 2: an attempt whose address kind is unknown gets the workplace rules too', () => {
  it('applies REGF-WORK, REGF-WORK-EMAIL, REGF-PLACE and MA-WORK without to.kind', () => {
    expect(ids(input({ attempt: { to: undefined }, consumer: { employerProhibitsContact: true } }))).toEqual(['REGF-WORK']);
    expect(batchIds(input({ attempt: { to: undefined }, consumer: { employerProhibitsContact: true } }))).toEqual(['REGF-WORK']);
    expect(ids(input({ attempt: { to: { kind: 'home' } }, consumer: { employerProhibitsContact: true } }))).toEqual([]);
    expect(ids(input({ attempt: { channel: 'email', optOutNotice: true, to: undefined } }))).toEqual(['REGF-WORK-EMAIL']);
    expect(ids(input({ attempt: { channel: 'email', optOutNotice: true, to: { kind: 'home' } } }))).toEqual([]);
    expect(ids(input({ attempt: { to: undefined }, consumer: { inconvenientPlaces: ['work'] } }))).toEqual(['REGF-PLACE']);
    const ma = { jurisdiction: 'US-MA' as const, workCallsRefused: { requestedAt: '2026-03-05T00:00:00Z', inWriting: true } };
    expect(ids(input({ attempt: { to: undefined }, consumer: ma }))).toEqual(['MA-WORK']);
    expect(ids(input({ attempt: { to: { kind: 'mobile' } }, consumer: ma }))).toEqual([]);
    const r = checkContact(input({ attempt: { to: undefined }, consumer: { employerProhibitsContact: true } }));
    expect(violations(r)[0]?.message).toContain('to.kind');
  });

  it('treats a place the consumer called "home" like "work": it matches home numbers and unknown kinds', () => {
    expect(ids(input({ attempt: { to: { kind: 'home' } }, consumer: { inconvenientPlaces: ['Home'] } }))).toEqual(['REGF-PLACE']);
    expect(ids(input({ attempt: { to: undefined }, consumer: { inconvenientPlaces: ['home'] } }))).toEqual(['REGF-PLACE']);
    expect(ids(input({ attempt: { to: { kind: 'mobile' } }, consumer: { inconvenientPlaces: ['home'] } }))).toEqual([]);
  });
});

describe('item 3: a printed validation end date earlier than the computed one does not shorten the period', () => {
  // Mailed Monday 2026-11-02: assumed receipt 2026-11-09, computed end 2026-12-09.
  const base = { checkedAt: '2026-11-05T12:00:00Z', attempt: { channel: 'letter' as const, at: '2026-11-05T15:00:00Z', paymentDeadlineDate: '2026-11-20' } };

  it('uses the later of the printed and the computed end date, with a warning', () => {
    const printedEarly = input({ ...base, debts: [{ id: 'd1', validationNoticeSentOn: '2026-11-02', validationPeriodEndsOn: '2026-11-10' }] });
    expect(ids(printedEarly)).toEqual(['REGF-OVERSHADOW']);
    expect(violations(checkContact(printedEarly))[0]?.message).toContain('2026-12-09');
    expect(batchIds(printedEarly)).toEqual(['REGF-OVERSHADOW']);
    expect(warnings(checkContact(printedEarly)).some((w) => w.code === 'REGF-VALIDATION' && w.message.includes('2026-11-10'))).toBe(true);
  });

  it('keeps a printed date later than the computed one', () => {
    const printedLate = input({ ...base, attempt: { ...base.attempt, paymentDeadlineDate: '2026-12-15' }, debts: [{ id: 'd1', validationNoticeSentOn: '2026-11-02', validationPeriodEndsOn: '2026-12-20' }] });
    expect(ids(printedLate)).toEqual(['REGF-OVERSHADOW']);
    expect(checkContact({ ...printedLate, attempt: { ...printedLate.attempt, paymentDeadlineDate: '2026-12-20' } }).ok).toBe(true);
  });
});

describe('item 4: a consumer without a state', () => {
  const history = [8, 9].map((d) => ({ channel: 'call' as const, at: `2026-03-0${d}T15:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'] }));

  it('warns that state rules were not applied, naming the missing fact', () => {
    const r = checkContact(input({ history, consumer: { jurisdiction: undefined } }));
    expect(r.ok).toBe(true);
    expect(warnings(r).map((w) => w.code)).toEqual(['STATE-UNKNOWN']);
    expect(warnings(r)[0]?.message).toContain('consumer.jurisdiction');
    const [b] = checkContacts({ checkedAt: '2026-03-09T16:00:00Z', accounts: [{ id: 'a', consumer: { timeZones: ['America/New_York'] }, debts: [{ id: 'd1' }], history }], attempts: [{ accountId: 'a', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], to: { kind: 'mobile' } }] });
    expect(warnings(b).map((w) => w.code)).toEqual(['STATE-UNKNOWN']);
    expect(warningIds(input({ history }))).toEqual([]);
    expect(ids(input({ history, consumer: { jurisdiction: 'US-MA' } }))).toEqual(['MA-CALLS-7D']);
  });

  it('is an error when the policy requires the state', () => {
    const required = input({ history, consumer: { jurisdiction: undefined }, policy: { requireJurisdiction: true } });
    expect(codeOrNone(() => checkContact(required))).toBe('INPUT_MISSING');
    expect(checkContact(input({ history, policy: { requireJurisdiction: true } })).ok).toBe(true);
    const { attempt, checkedAt, ...account } = required;
    expect(codeOrNone(() => checkContacts({ checkedAt, accounts: [{ id: 'a', ...account }], attempts: [{ accountId: 'a', ...attempt }] }))).toBe('INPUT_MISSING');
  });
});

describe('item 5: a policy limit written for calls counts voicemails (comment 2(b)-1)', () => {
  const policy = { limits: [{ id: 'POLICY-CALL-2D', max: 1, periodDays: 2, scope: 'consumer' as const, channels: ['call' as const] }] };

  it('counts a proposed limited-content voicemail and a past voicemail against a call limit', () => {
    const calls = [{ channel: 'call' as const, at: '2026-03-09T15:00:00Z', outcome: 'noAnswer' as const, debtIds: ['d1'] }];
    expect(ids(input({ policy, history: calls, attempt: { channel: 'voicemail', limitedContent: true } }))).toEqual(['POLICY-CALL-2D']);
    expect(batchIds(input({ policy, history: calls, attempt: { channel: 'voicemail', limitedContent: true } }))).toEqual(['POLICY-CALL-2D']);
    const voicemails = [{ channel: 'voicemail' as const, at: '2026-03-09T15:00:00Z', outcome: 'voicemail' as const, debtIds: ['d1'], limitedContent: true }];
    expect(ids(input({ policy, history: voicemails }))).toEqual(['POLICY-CALL-2D']);
    // A text is not a call.
    expect(checkContact(input({ policy, history: [{ channel: 'sms', at: '2026-03-09T15:00:00Z', outcome: 'messageSent', debtIds: ['d1'] }] })).ok).toBe(true);
  });
});

describe('item 5, sibling: an advisory written for calls applies to voicemails', () => {
  it('warns on a voicemail under a custom advisory for calls', () => {
    const town = { id: 'US-ZZ-TOWN', name: 'Town', timeZone: 'America/New_York', versions: [{ limits: [], advisories: [{ id: 'ZZ-CALLS', citation: 'Town 1', message: 'Calls are watched.', channels: ['call' as const] }] }] };
    const i = input({ jurisdictions: [town], consumer: { jurisdictions: ['US-ZZ-TOWN'] }, attempt: { channel: 'voicemail', limitedContent: true } });
    expect(warningIds(i)).toEqual(['ZZ-CALLS']);
    expect(warningIds({ ...i, attempt: { ...i.attempt, channel: 'sms', optOutNotice: true } })).toEqual([]);
  });
});

describe('item 6: replies to a communication the consumer initiated', () => {
  // Wednesday 2026-03-11, New York (EDT): the consumer said weekdays 15:00-17:00 are inconvenient.
  const inconvenientTimes = [{ start: '15:00', end: '17:00', weekdays: [1, 2, 3, 4, 5] }];
  const theirEmail: ContactHistoryEntryInput = { id: 'h1', channel: 'email', at: '2026-03-11T19:30:00Z', outcome: 'messageSent', debtIds: ['d1'], initiatedBy: 'consumer' };
  const reply = { channel: 'email' as const, optOutNotice: true, to: { kind: 'home' as const, value: 'me@example.com' }, at: '2026-03-11T20:00:00Z', inReplyTo: 'h1' };
  const base = { checkedAt: '2026-03-11T19:45:00Z', history: [theirEmail], consumer: { inconvenientTimes } };

  it('lets one reply through the same medium at the inconvenient time (comment 6(b)(1)-2.i)', () => {
    expect(checkContact(input({ ...base, attempt: reply })).ok).toBe(true);
    // Without the declaration, or by another medium, or after 17:00 the stated time applies.
    expect(ids(input({ ...base, attempt: { ...reply, inReplyTo: undefined } }))).toEqual(['REGF-TIME-STATED']);
    expect(ids(input({ ...base, attempt: { channel: 'call', at: reply.at, inReplyTo: 'h1' } }))).toEqual(['REGF-TIME-STATED']);
    // Only once: a reply already recorded uses it up.
    const replied = [theirEmail, { channel: 'email' as const, at: '2026-03-11T19:40:00Z', outcome: 'messageSent' as const, debtIds: ['d1'], inReplyTo: 'h1' }];
    expect(ids(input({ ...base, history: replied, attempt: reply }))).toEqual(['REGF-TIME-STATED']);
    // Another day's inconvenient time is not "that time".
    expect(ids(input({ ...base, checkedAt: '2026-03-12T12:00:00Z', attempt: { ...reply, at: '2026-03-12T19:30:00Z' } }))).toEqual(['REGF-TIME-STATED']);
  });

  it('lets one reply through a medium the consumer opted out of (1006.14(h)(2)(ii))', () => {
    const optOuts = [{ at: '2026-03-01T00:00:00Z', channel: 'email' as const }];
    const noon = { ...base, consumer: { optOuts }, attempt: { ...reply, at: '2026-03-11T20:00:00Z' } };
    expect(checkContact(input(noon)).ok).toBe(true);
    expect(ids(input({ ...noon, attempt: { ...noon.attempt, inReplyTo: undefined } }))).toEqual(['REGF-MEDIUM']);
    // The opt-out came after the consumer's message: the message did not use an opted-out medium.
    expect(ids(input({ ...noon, consumer: { optOuts: [{ at: '2026-03-11T19:35:00Z', channel: 'email' as const }] } }))).toEqual(['REGF-MEDIUM']);
  });

  it('does not count a reply under state limits that leave replies out, but counts it under Regulation F', () => {
    const calls = [1, 2].map((h) => ({ channel: 'call' as const, at: `2026-03-10T1${h}:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'] }));
    const theirCall: ContactHistoryEntryInput = { id: 'c1', channel: 'call', at: '2026-03-11T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'], initiatedBy: 'consumer' };
    const ma = { checkedAt: '2026-03-11T15:30:00Z', history: [...calls, theirCall], consumer: { jurisdiction: 'US-MA' as const }, attempt: { at: '2026-03-11T16:00:00Z' } };
    expect(ids(input(ma))).toEqual(['MA-CALLS-7D']);
    expect(checkContact(input({ ...ma, attempt: { ...ma.attempt, inReplyTo: 'c1' } })).ok).toBe(true);
    const seven = [2, 3, 4, 5, 6, 7, 8].map((d) => ({ channel: 'call' as const, at: `2026-03-0${d}T15:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'] }));
    const federal = { checkedAt: '2026-03-08T16:00:00Z', history: [...seven, { ...theirCall, at: '2026-03-08T15:30:00Z' }], attempt: { at: '2026-03-08T17:00:00Z', inReplyTo: 'c1' } };
    expect(ids(input(federal))).toEqual(['REGF-7IN7']);
  });

  it('leaves a recorded reply out of the state counts, as inResponseToConsumer does', () => {
    const theirCall: ContactHistoryEntryInput = { id: 'c1', channel: 'call', at: '2026-03-09T14:00:00Z', outcome: 'noAnswer', debtIds: ['d1'], initiatedBy: 'consumer' };
    const ours = (extra: Partial<ContactHistoryEntryInput>): ContactHistoryEntryInput => ({ channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'], ...extra });
    const ma = (history: ContactHistoryEntryInput[]) => input({ history: [theirCall, ours({ at: '2026-03-08T15:00:00Z' }), ...history], consumer: { jurisdiction: 'US-MA' } });
    expect(ids(ma([ours({})]))).toEqual(['MA-CALLS-7D']);
    expect(checkContact(ma([ours({ inReplyTo: 'c1' })])).ok).toBe(true);
    expect(ids(ma([ours({ inReplyTo: 'c9' })]))).toEqual(['MA-CALLS-7D']);
  });

  it('refuses an answer to nothing, or to a contact the consumer did not initiate', () => {
    // Not a reply, so the consumer's inconvenient time applies as well.
    expect(ids(input({ ...base, attempt: { ...reply, inReplyTo: 'h9' } }))).toEqual(['REGF-REPLY', 'REGF-TIME-STATED']);
    expect(batchIds(input({ ...base, attempt: { ...reply, inReplyTo: 'h9' } }))).toEqual(['REGF-REPLY', 'REGF-TIME-STATED']);
    expect(ids(input({ ...base, consumer: {}, attempt: { ...reply, inReplyTo: 'h9' } }))).toEqual(['REGF-REPLY']);
    const ours = { ...theirEmail, initiatedBy: 'collector' as const };
    expect(ids(input({ ...base, history: [ours], attempt: reply }))).toContain('REGF-REPLY');
    expect(checkContact(input({ ...base, attempt: { ...reply, inReplyTo: 'h9' } })).earliestAllowedAt).toBeNull();
  });

  it('lets one answer go to a represented consumer who wrote first (comment 6(b)(2)-1), and only one', () => {
    const attorney = { knownAt: '2026-03-01T00:00:00Z', name: 'A. Counsel' };
    const noon = { ...base, consumer: { attorney }, attempt: reply };
    expect(checkContact(input(noon)).ok).toBe(true);
    expect(ids(input({ ...noon, attempt: { ...reply, inReplyTo: undefined } }))).toEqual(['REGF-ATTORNEY']);
    const answered = [theirEmail, { channel: 'letter' as const, at: '2026-03-11T19:40:00Z', outcome: 'messageSent' as const, debtIds: ['d1'], inReplyTo: 'h1' }];
    expect(ids(input({ ...noon, history: answered }))).toEqual(['REGF-ATTORNEY']);
  });

  it('lets one reply through the same medium reach a consumer who called from a place they called inconvenient (comment 6(b)(1)-2.ii)', () => {
    const fromHome: ContactHistoryEntryInput = { id: 'c2', channel: 'call', at: '2026-03-11T14:00:00Z', outcome: 'noAnswer', debtIds: ['d1'], initiatedBy: 'consumer', toKind: 'home' };
    const callBack = { checkedAt: '2026-03-11T14:30:00Z', history: [fromHome], consumer: { inconvenientPlaces: ['home'] }, attempt: { at: '2026-03-11T15:00:00Z', to: { kind: 'home' as const }, inReplyTo: 'c2' } };
    expect(checkContact(input(callBack)).ok).toBe(true);
    expect(ids(input({ ...callBack, attempt: { ...callBack.attempt, channel: 'letter' } }))).toEqual(['REGF-PLACE']);
    expect(ids(input({ ...callBack, attempt: { ...callBack.attempt, inReplyTo: undefined } }))).toEqual(['REGF-PLACE']);
    // A place named in the attempt itself is not covered.
    expect(ids(input({ ...callBack, consumer: { inconvenientPlaces: ['home', 'Clinic'] }, attempt: { ...callBack.attempt, place: 'clinic' } }))).toEqual(['REGF-PLACE']);
  });

  it('refuses a reply to an entry addressed to someone else, or dated after the reply', () => {
    const toLawyer = { ...theirEmail, recipient: 'consumerAttorney' as const };
    expect(ids(input({ ...base, consumer: {}, history: [toLawyer], attempt: reply }))).toEqual(['REGF-REPLY']);
    const audit = input({ ...base, consumer: {}, policy: { allowPastAttempts: true }, attempt: { ...reply, at: '2026-03-11T19:00:00Z' } });
    expect(ids(audit)).toEqual(['REGF-REPLY']);
    expect(violations(checkContact(audit))[0]?.message).toContain('2026-03-11T19:30:00.000Z');
  });

  it('rejects two history entries with one id', () => {
    expect(codeOrNone(() => checkContact(input({ ...base, history: [theirEmail, { ...theirEmail, at: '2026-03-11T19:31:00Z' }], attempt: reply })))).toBe('INPUT_INVALID_VALUE');
  });
});

describe('item 7: checkFurnishing (12 CFR 1006.30(a)(1))', () => {
  const timeZones = ['America/New_York'];
  const letter = { channel: 'letter' as const, at: '2026-05-01T14:00:00Z', outcome: 'messageSent' as const, debtIds: ['d1'] };

  it('refuses before any communication, allows after speaking to the consumer', () => {
    const none = checkFurnishing({ checkedAt: '2026-05-01T12:00:00Z', debtId: 'd1', timeZones, history: [] });
    expect(none.ok).toBe(false);
    expect(violations(none).map((v) => v.code)).toEqual(['REGF-REPORTING']);
    expect(none.earliestAllowedAt).toBeNull();
    const talk = { channel: 'call' as const, at: '2026-05-01T14:00:00Z', outcome: 'connected' as const, debtIds: ['d1'] };
    const spoke = [talk];
    expect(checkFurnishing({ checkedAt: '2026-05-01T15:00:00Z', debtId: 'd1', timeZones, history: spoke }).ok).toBe(true);
    expect(checkFurnishing({ checkedAt: '2026-05-01T15:00:00Z', debtId: 'd2', timeZones, history: spoke }).ok).toBe(false);
    // An unanswered call or a voicemail is not speaking to the consumer.
    expect(checkFurnishing({ checkedAt: '2026-05-01T15:00:00Z', debtId: 'd1', timeZones, history: [{ ...talk, outcome: 'voicemail' as const }] }).ok).toBe(false);
  });

  it('waits 14 consecutive days after a letter, the mailing day first (comment 30(a)(1)-2.iii)', () => {
    const r = checkFurnishing({ checkedAt: '2026-05-14T20:00:00Z', debtId: 'd1', timeZones, history: [letter] });
    expect(r.ok).toBe(false);
    expect(r.earliestAllowedAt).toBe('2026-05-15T04:00:00.000Z');
    expect(checkFurnishing({ checkedAt: '2026-05-15T04:00:00Z', debtId: 'd1', timeZones, history: [letter] }).ok).toBe(true);
  });

  it('does not count a letter returned undeliverable within the period, and counts one returned after it (comment 30(a)(1)-3)', () => {
    const bounced = { channel: 'letter' as const, at: '2026-05-10T14:00:00Z', outcome: 'bounced' as const, debtIds: ['d1'] };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [letter, bounced] }).ok).toBe(false);
    const late = { ...bounced, at: '2026-05-16T14:00:00Z' };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [letter, late] }).ok).toBe(true);
    // Example ii: a second notice mailed on May 11 after the return: furnishing from May 25.
    const second = { ...letter, at: '2026-05-11T14:00:00Z' };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [letter, bounced, second] }).earliestAllowedAt).toBe('2026-05-25T04:00:00.000Z');
  });

  it('counts the days in every zone the consumer may be in, and only the collector\'s own messages to the consumer', () => {
    const two = checkFurnishing({ checkedAt: '2026-05-15T05:00:00Z', debtId: 'd1', timeZones: ['America/New_York', 'America/Los_Angeles'], history: [letter] });
    expect(two.ok).toBe(false);
    expect(two.earliestAllowedAt).toBe('2026-05-15T07:00:00.000Z');
    expect(violations(two)[0]?.message).toContain('2026-05-15T07:00:00.000Z');
    const theirs = { ...letter, channel: 'email' as const, initiatedBy: 'consumer' as const };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [theirs] }).earliestAllowedAt).toBeNull();
    const toLawyer = { ...letter, recipient: 'consumerAttorney' as const };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [toLawyer] }).ok).toBe(false);
    const returned = { ...letter, outcome: 'bounced' as const };
    expect(checkFurnishing({ checkedAt: '2026-05-20T12:00:00Z', debtId: 'd1', timeZones, history: [returned] }).ok).toBe(false);
    expect(safeCheckFurnishing({ checkedAt: '2026-04-20T12:00:00Z', debtId: 'd1', timeZones, history: [letter] })).toMatchObject({ success: false, error: { code: 'COMPLIANCE_HISTORY_AFTER_CHECKED_AT' } });
  });

  it('accepts a longer wait, refuses a shorter one, and rejects junk', () => {
    expect(checkFurnishing({ checkedAt: '2026-05-15T12:00:00Z', debtId: 'd1', timeZones, history: [letter], waitDays: 21 }).ok).toBe(false);
    expect(safeCheckFurnishing({ checkedAt: '2026-05-15T12:00:00Z', debtId: 'd1', timeZones, history: [letter], waitDays: 7 }).success).toBe(false);
    expect(safeCheckFurnishing({ checkedAt: 'now' }).success).toBe(false);
  });
});

describe('item 8: a call that reached no voicemail or answering service', () => {
  const calls = (extra: Partial<ContactHistoryEntryInput>) => [8, 9].map((d) => ({ channel: 'call' as const, at: `2026-03-0${d}T15:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'], toKind: 'mobile' as const, ...extra }));

  it('does not count in Massachusetts (truly unable to leave a message), still counts for Regulation F', () => {
    expect(ids(input({ history: calls({}), consumer: { jurisdiction: 'US-MA' } }))).toEqual(['MA-CALLS-7D']);
    expect(checkContact(input({ history: calls({ noVoicemail: true }), consumer: { jurisdiction: 'US-MA' } })).ok).toBe(true);
    const seven = [2, 3, 4, 5, 6, 7, 8].map((d) => ({ channel: 'call' as const, at: `2026-03-0${d}T15:00:00Z`, outcome: 'noAnswer' as const, debtIds: ['d1'], noVoicemail: true }));
    expect(ids(input({ checkedAt: '2026-03-08T16:00:00Z', history: seven, attempt: { at: '2026-03-08T17:00:00Z' } }))).toEqual(['REGF-7IN7']);
  });

  it('is an error on an entry that is not an unanswered call', () => {
    expect(codeOrNone(() => checkContact(input({ history: calls({ outcome: 'voicemail', noVoicemail: true }) })))).toBe('INPUT_INVALID_VALUE');
  });
});

describe('siblings: other facts whose absence used to let a contact through', () => {
  it('refuses a threat of suit on a debt whose limitation status is not given', () => {
    const threat = input({ attempt: { channel: 'letter', threatensSuit: true } });
    expect(ids(threat)).toEqual(['REGF-TIMEBARRED']);
    expect(violations(checkContact(threat))[0]?.message).toContain('timeBarred');
    expect(batchIds(threat)).toEqual(['REGF-TIMEBARRED']);
    expect(checkContact(input({ debts: [{ id: 'd1', timeBarred: false }], attempt: { channel: 'letter', threatensSuit: true } })).ok).toBe(true);
  });

  it('ends a prior consent to calls at the next conversation about the debt (comment 14(b)(3)(i)-2, example 3.ii)', () => {
    const talk = (at: string): ContactHistoryEntryInput => ({ channel: 'call', at, outcome: 'connected', debtIds: ['d1'], toKind: 'mobile' });
    const friday = talk('2026-04-03T15:00:00Z');
    const consent = { givenAt: '2026-04-03T15:05:00Z' };
    const monday = input({ checkedAt: '2026-04-06T12:00:00Z', attempt: { at: '2026-04-06T15:00:00Z' }, history: [friday], consumer: { callConsents: [consent] } });
    expect(checkContact(monday).ok).toBe(true);
    const wednesday = input({ checkedAt: '2026-04-07T12:00:00Z', attempt: { at: '2026-04-08T15:00:00Z' }, history: [friday, talk('2026-04-06T15:00:00Z')], consumer: { callConsents: [consent] } });
    expect(ids(wednesday)).toEqual(['REGF-7IN7-CONV']);
    expect(batchIds(wednesday)).toEqual(['REGF-7IN7-CONV']);
    // Without Monday's conversation the consent still covers Wednesday.
    expect(checkContact({ ...wednesday, history: [friday] }).ok).toBe(true);
  });

  it('warns that a payment deadline cannot be checked against an unknown validation period', () => {
    const deadline = input({ attempt: { channel: 'letter', paymentDeadlineDate: '2026-03-20' } });
    expect(checkContact(deadline).ok).toBe(true);
    expect(warningIds(deadline)).toEqual(['REGF-OVERSHADOW']);
    expect(warningIds(input({ debts: [{ id: 'd1', validationNoticeSentOn: '2025-01-02' }], attempt: { channel: 'letter', paymentDeadlineDate: '2026-03-20' } }))).toEqual([]);
  });
});

describe('item 15: checkEachContact without its callback', () => {
  it('throws a typed error', () => {
    const batch = { checkedAt: '2026-03-10T12:00:00Z', accounts: [], attempts: [] };
    expect(codeOrNone(() => checkEachContact(batch, undefined as never))).toBe('INPUT_INVALID_TYPE');
    expect(codeOrNone(() => checkEachContact(batch, 'log' as never))).toBe('INPUT_INVALID_TYPE');
    expect(codeOrNone(() => checkEachContact(batch, null as never))).toBe('INPUT_INVALID_TYPE');
    expect(checkEachContact(batch, () => undefined)).toBe(0);
  });
});
