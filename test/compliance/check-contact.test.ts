import { describe, expect, it } from 'vitest';
import { checkContact, checkContacts, earliestAllowedAt, safeCheckContact } from '../../src/compliance/index.js';
import type { CheckContactInput, ContactAttemptInput, ContactHistoryEntryInput, ConsumerInput } from '../../src/compliance/index.js';
import { violations, warnings } from './verdict.js';

type Overrides = Partial<Omit<CheckContactInput, 'attempt' | 'consumer'>> & { attempt?: Partial<ContactAttemptInput>; consumer?: Partial<ConsumerInput> };

/** A call to a New York consumer about debt d1; override what a test needs. */
function input(o: Overrides = {}): CheckContactInput {
  const { attempt, consumer, ...rest } = o;
  return {
    checkedAt: '2026-03-01T00:00:00Z',
    debts: [{ id: 'd1' }, { id: 'd2' }],
    history: [],
    ...rest,
    attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], to: { kind: 'mobile' }, ...attempt } as ContactAttemptInput,
    // A state is given, as it should be: without one every result warns STATE-UNKNOWN (fail-closed.test.ts).
    consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-NY', ...consumer } as ConsumerInput,
  };
}

function ids(i: CheckContactInput): string[] {
  return violations(checkContact(i)).map((v) => v.code);
}

function call(at: string, outcome: ContactHistoryEntryInput['outcome'] = 'noAnswer', extra: Partial<ContactHistoryEntryInput> = {}): ContactHistoryEntryInput {
  return { channel: 'call', at, outcome, debtIds: ['d1'], toKind: 'mobile', ...extra };
}

describe('checkContact: calling hours (12 CFR 1006.6(b)(1)(i))', () => {
  // 2026-03-10 in New York is EDT (UTC-4).
  it('blocks 07:59:59 local and allows 08:00:00', () => {
    expect(ids(input({ attempt: { at: '2026-03-10T11:59:59Z' } }))).toEqual(['REGF-TIME']);
    expect(checkContact(input({ attempt: { at: '2026-03-10T11:59:59Z' } })).earliestAllowedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(checkContact(input({ attempt: { at: '2026-03-10T12:00:00Z' } })).ok).toBe(true);
  });

  it('allows 20:59:59 local and blocks 21:00:00, then points to 08:00 the next morning', () => {
    expect(checkContact(input({ attempt: { at: '2026-03-11T00:59:59Z' } })).ok).toBe(true);
    const late = checkContact(input({ attempt: { at: '2026-03-11T01:00:00Z' } }));
    expect(violations(late).map((v) => v.code)).toEqual(['REGF-TIME']);
    expect(violations(late)[0]?.message).toContain('2026-03-10 21:00:00 in America/New_York');
    expect(late.earliestAllowedAt).toBe('2026-03-11T12:00:00.000Z');
  });

  it('reads 08:00 on DST change days correctly (2026-03-08 and 2026-11-01 in New York)', () => {
    // Spring forward: 08:00 EDT = 12:00Z; fall back: 08:00 EST = 13:00Z.
    expect(earliestAllowedAt(input({ checkedAt: '2026-03-08T00:00:00Z', attempt: { at: '2026-03-08T05:00:00Z' } }))).toBe('2026-03-08T12:00:00.000Z');
    expect(earliestAllowedAt(input({ checkedAt: '2026-11-01T00:00:00Z', attempt: { at: '2026-11-01T05:00:00Z' } }))).toBe('2026-11-01T13:00:00.000Z');
    expect(checkContact(input({ checkedAt: '2026-11-01T00:00:00Z', attempt: { at: '2026-11-01T12:59:59Z' } })).ok).toBe(false);
    expect(checkContact(input({ checkedAt: '2026-11-01T00:00:00Z', attempt: { at: '2026-11-01T13:00:00Z' } })).ok).toBe(true);
    // 21:00 EST on the fall-back day is 02:00Z the next day.
    expect(checkContact(input({ checkedAt: '2026-11-01T00:00:00Z', attempt: { at: '2026-11-02T01:59:59Z' } })).ok).toBe(true);
    expect(checkContact(input({ checkedAt: '2026-11-01T00:00:00Z', attempt: { at: '2026-11-02T02:00:00Z' } })).ok).toBe(false);
  });

  it('requires a convenient time in every zone the consumer may be in (worked example 2)', () => {
    const two = input({ attempt: { at: '2026-03-10T12:30:00Z' }, consumer: { timeZones: ['America/New_York', 'America/Los_Angeles'] } });
    const result = checkContact(two);
    expect(result.ok).toBe(false);
    expect(violations(result)).toHaveLength(1);
    expect(violations(result)[0]?.message).toContain('America/Los_Angeles');
    expect(result.earliestAllowedAt).toBe('2026-03-10T15:00:00.000Z');
  });

  it('does not hold letters to calling hours, but holds emails at send time', () => {
    expect(checkContact(input({ attempt: { channel: 'letter', at: '2026-03-10T05:00:00Z' } })).ok).toBe(true);
    expect(ids(input({ attempt: { channel: 'email', at: '2026-03-10T05:00:00Z', optOutNotice: true, to: { kind: 'home', value: 'a@example.com' } } }))).toEqual(['REGF-TIME']);
  });

  it("honours the consumer's stated inconvenient times, per weekday", () => {
    // 2026-03-10 is a Tuesday (ISO 2).
    const notMornings = { inconvenientTimes: [{ start: '08:00', end: '12:00', weekdays: [2] }] };
    const r = checkContact(input({ attempt: { at: '2026-03-10T13:00:00Z' }, consumer: notMornings }));
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-TIME-STATED']);
    expect(r.earliestAllowedAt).toBe('2026-03-10T16:00:00.000Z');
    expect(checkContact(input({ attempt: { at: '2026-03-11T13:00:00Z' }, consumer: notMornings })).ok).toBe(true);
    // Every hour of every day inconvenient: no time will do.
    expect(checkContact(input({ consumer: { inconvenientTimes: [{ start: '00:00', end: '24:00' }] } })).earliestAllowedAt).toBeNull();
  });
});

describe('checkContact: telephone call frequency (12 CFR 1006.14(b))', () => {
  // Seven unanswered calls on local days 2026-03-02 .. 03-08 (New York).
  const seven = ['02', '03', '04', '05', '06', '07', '08'].map((d) => call(`2026-03-${d}T15:00:00Z`));

  it('blocks the eighth call in seven days and lets the first day roll off (worked example 3)', () => {
    const eighth = input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: seven });
    const r = checkContact(eighth);
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-7IN7']);
    expect(violations(r)[0]?.citation).toBe('12 CFR 1006.14(b)(2)(i)(A)');
    expect(r.earliestAllowedAt).toBe('2026-03-09T12:00:00.000Z');
    expect(checkContact({ ...eighth, attempt: { ...eighth.attempt, at: '2026-03-09T15:00:00Z' } }).ok).toBe(true);
  });

  it('rolls the window at local midnight exactly', () => {
    const base = input({ checkedAt: '2026-03-08T16:00:00Z', history: seven });
    // 23:59:59 EDT on 03-08 is still day 7; 00:00:00 on 03-09 is day 8.
    expect(ids({ ...base, attempt: { ...base.attempt, at: '2026-03-09T03:59:59Z' } })).toEqual(['REGF-TIME', 'REGF-7IN7']);
    expect(ids({ ...base, attempt: { ...base.attempt, at: '2026-03-09T04:00:00Z' } })).toEqual(['REGF-TIME']);
  });

  it('warns on the seventh call, the last one allowed', () => {
    const r = checkContact(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: seven.slice(1) }));
    expect(r.ok).toBe(true);
    expect(warnings(r).map((w) => w.code)).toEqual(['REGF-7IN7']);
  });

  it('counts per debt: calls about another debt do not count', () => {
    expect(checkContact(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z', debtIds: ['d2'] }, history: seven })).ok).toBe(true);
  });

  it('treats student loans serviced under one account as one debt', () => {
    const debts = [{ id: 'd1', studentLoanAccount: 'SL-9' }, { id: 'd2', studentLoanAccount: 'SL-9' }];
    expect(ids(input({ debts, checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z', debtIds: ['d2'] }, history: seven }))).toEqual(['REGF-7IN7']);
  });

  it('leaves out calls that never connected, calls to the attorney and calls the consumer placed', () => {
    const excluded = seven.map((h, i) => (i === 0 ? { ...h, outcome: 'notConnected' as const } : i === 1 ? { ...h, recipient: 'consumerAttorney' as const } : i === 2 ? { ...h, initiatedBy: 'consumer' as const } : h));
    expect(checkContact(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: excluded })).ok).toBe(true);
  });

  it('leaves out calls to each person of 1006.6(d)(1)(ii)-(vi), and only those', () => {
    for (const recipient of ['consumerAttorney', 'consumerReportingAgency', 'creditor', 'creditorAttorney', 'collectorAttorney'] as const) {
      const history = seven.map((h, i) => (i === 3 ? { ...h, recipient } : h));
      expect(checkContact(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history })).ok).toBe(true);
      // A call to that person is not a contact with the consumer: no third-party finding either.
      expect(ids(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z', recipient }, history: seven }))).toEqual([]);
    }
    // A call to the consumer at the same number counts: the eighth call is refused.
    expect(ids(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: seven.map((h) => ({ ...h, recipient: 'consumer' as const })) }))).toEqual(['REGF-7IN7']);
  });

  it('leaves out calls placed within seven days of direct prior consent (1006.14(b)(3)(i))', () => {
    const consented = input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: seven, consumer: { callConsents: [{ givenAt: '2026-03-02T14:00:00Z' }] } });
    expect(checkContact(consented).ok).toBe(true);
    // Consent on 03-01 covers 03-01..03-07; the call on 03-08 itself is no longer covered, six calls count.
    const older = input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: seven, consumer: { callConsents: [{ givenAt: '2026-03-01T14:00:00Z' }] } });
    expect(checkContact(older).ok).toBe(true);
  });

  it('starts a seven-day quiet period with a telephone conversation (worked example 4)', () => {
    // Conversation on Tuesday 2026-03-10: no call through Monday 03-16; Tuesday 03-17 is allowed.
    const talk = [call('2026-03-10T15:00:00Z', 'connected')];
    const monday = input({ checkedAt: '2026-03-10T16:00:00Z', attempt: { at: '2026-03-16T23:00:00Z' }, history: talk });
    const r = checkContact(monday);
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-7IN7-CONV']);
    expect(r.earliestAllowedAt).toBe('2026-03-17T12:00:00.000Z');
    expect(ids({ ...monday, attempt: { ...monday.attempt, at: '2026-03-10T18:00:00Z' } })).toEqual(['REGF-7IN7-CONV']);
    expect(checkContact({ ...monday, attempt: { ...monday.attempt, at: '2026-03-17T12:00:00Z' } }).ok).toBe(true);
    // A conversation the consumer started counts too; a text does not start the period.
    expect(ids({ ...monday, history: [{ ...talk[0], initiatedBy: 'consumer' } as ContactHistoryEntryInput] })).toEqual(['REGF-7IN7-CONV']);
    expect(checkContact({ ...monday, attempt: { ...monday.attempt, channel: 'sms', optOutNotice: true } }).ok).toBe(true);
  });
});

describe('checkContact: state and city rules', () => {
  it('applies Massachusetts: two telephone communications per debt in seven days, unanswered calls counting', () => {
    const two = [call('2026-03-05T15:00:00Z'), call('2026-03-06T15:00:00Z', 'voicemail')];
    const ma = input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: two, consumer: { jurisdiction: 'US-MA' } });
    const r = checkContact(ma);
    expect(violations(r).map((v) => v.code)).toEqual(['MA-CALLS-7D']);
    expect(violations(r)[0]?.details?.jurisdiction).toBe('US-MA');
    expect(r.earliestAllowedAt).toBe('2026-03-12T12:00:00.000Z');
    expect(checkContact({ ...ma, consumer: { timeZones: ['America/New_York'], jurisdiction: 'US-TX' } }).ok).toBe(true);
    // A call that never reached the line does not count.
    expect(checkContact({ ...ma, history: [two[0] as ContactHistoryEntryInput, call('2026-03-06T15:00:00Z', 'notConnected')] }).ok).toBe(true);
    // Work numbers have their own count: two in 30 days.
    const work = [call('2026-02-10T15:00:00Z', 'noAnswer', { toKind: 'work' }), call('2026-02-20T15:00:00Z', 'noAnswer', { toKind: 'work' })];
    expect(ids({ ...ma, history: work, attempt: { ...ma.attempt, to: { kind: 'work' } } })).toEqual(['MA-CALLS-30D']);
    expect(checkContact({ ...ma, history: work }).ok).toBe(true);
  });

  it('applies Massachusetts work-call refusals: an oral one lapses after ten days', () => {
    const refused = input({ consumer: { jurisdiction: 'US-MA', workCallsRefused: { requestedAt: '2026-03-05T15:00:00Z', inWriting: false } }, attempt: { to: { kind: 'work' } } });
    const r = checkContact(refused);
    expect(violations(r).map((v) => v.code)).toEqual(['MA-WORK']);
    expect(r.earliestAllowedAt).toBe('2026-03-15T15:00:00.000Z');
    expect(checkContact({ ...refused, consumer: { ...refused.consumer, workCallsRefused: { requestedAt: '2026-03-05T15:00:00Z', inWriting: true } } }).earliestAllowedAt).toBeNull();
  });

  it('applies New York City: two communications in seven days across media per consumer until 2026-08-31, three attempts per account after', () => {
    const history: ContactHistoryEntryInput[] = [
      { channel: 'email', at: '2026-03-05T15:00:00Z', outcome: 'messageSent', debtIds: ['d1'] },
      { channel: 'call', at: '2026-03-06T15:00:00Z', outcome: 'connected', debtIds: ['d2'] },
    ];
    const nyc = input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history, consumer: { jurisdiction: 'US-NY', jurisdictions: ['US-NY-NYC'] } });
    expect(ids(nyc)).toEqual(['NYC-FREQ']);
    // Unanswered calls and limited-content voicemails are not communications.
    expect(checkContact({ ...nyc, history: [history[0] as ContactHistoryEntryInput, { channel: 'voicemail', at: '2026-03-06T15:00:00Z', outcome: 'voicemail', debtIds: ['d2'], limitedContent: true }] }).ok).toBe(true);

    // From 2026-09-01: three attempts in seven days per account; unanswered calls count, letters do not.
    const attempts = (debtIds: string[][], outcome: 'noAnswer' | 'messageSent' = 'noAnswer'): ContactHistoryEntryInput[] =>
      debtIds.map((ids, i) => ({ channel: i === 1 ? 'sms' : 'call', at: `2026-09-0${2 + i}T15:00:00Z`, outcome: i === 1 ? 'messageSent' : outcome, debtIds: ids }));
    const amended = (history: ContactHistoryEntryInput[], at = '2026-09-08T17:00:00Z'): CheckContactInput =>
      input({ checkedAt: '2026-09-08T16:00:00Z', attempt: { at }, history, consumer: { jurisdiction: 'US-NY', jurisdictions: ['US-NY-NYC'] } });
    expect(checkContact(amended(attempts([['d1'], ['d1']]))).ok).toBe(true);
    const three = checkContact(amended(attempts([['d1'], ['d1'], ['d1']])));
    expect(violations(three).map((v) => v.code)).toEqual(['NYC-FREQ']);
    expect(violations(three)[0]?.citation).toBe('6 RCNY 5-77(b)(1) (as amended 2026)');
    // The first attempt (local 2026-09-02) rolls off at local midnight starting 2026-09-09.
    expect(three.earliestAllowedAt).toBe('2026-09-09T12:00:00.000Z');
    // Per account: three attempts about another debt leave d1's count alone; a letter is not capped.
    expect(checkContact(amended(attempts([['d2'], ['d2'], ['d2']]))).ok).toBe(true);
    expect(checkContact({ ...amended(attempts([['d1'], ['d1'], ['d1']])), attempt: { channel: 'letter', at: '2026-09-08T17:00:00Z', debtIds: ['d1'] } }).ok).toBe(true);
  });

  it('applies Washington: three communications a week, one at work', () => {
    const wa = (history: ContactHistoryEntryInput[], kind: 'mobile' | 'work' = 'mobile'): CheckContactInput =>
      input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T19:00:00Z', to: { kind } }, history, consumer: { timeZones: ['America/Los_Angeles'], jurisdiction: 'US-WA' } });
    const three = ['05', '06', '07'].map((d) => ({ channel: 'sms' as const, at: `2026-03-${d}T19:00:00Z`, outcome: 'messageSent' as const, debtIds: ['d1'] }));
    expect(ids(wa(three))).toEqual(['WA-FREQ']);
    expect(checkContact(wa(three.slice(1))).ok).toBe(true);
    expect(ids(wa([call('2026-03-06T19:00:00Z', 'connected', { toKind: 'work', channel: 'email' })], 'work'))).toEqual(['WA-WORK-FREQ']);
  });

  it('warns, but does not block, under California\'s Rosenthal Act', () => {
    const r = checkContact(input({ consumer: { timeZones: ['America/Los_Angeles'], jurisdiction: 'US-CA' }, attempt: { at: '2026-03-10T18:00:00Z' } }));
    expect(r.ok).toBe(true);
    expect(warnings(r).map((w) => w.code)).toEqual(['CA-ROSENTHAL']);
  });

  it('adds a jurisdiction from data, and rejects unknown or duplicate ones', () => {
    const custom = {
      id: 'US-ZZ-TOWN',
      name: 'Example Town',
      timeZone: 'America/Chicago',
      versions: [{ windows: [{ id: 'ZZ-TIME', citation: 'Town Code 1', start: '09:00', end: '20:00' }], limits: [{ id: 'ZZ-FREQ', citation: 'Town Code 2', max: 1, periodDays: 3, scope: 'consumer' as const, channels: ['call' as const] }] }],
    };
    const r = checkContact(input({ jurisdictions: [custom], consumer: { jurisdictions: ['US-ZZ-TOWN'] }, attempt: { at: '2026-03-10T12:30:00Z' }, checkedAt: '2026-03-09T20:00:00Z', history: [call('2026-03-09T15:00:00Z')] }));
    expect(violations(r).map((v) => [v.code, v.details?.jurisdiction])).toEqual([
      ['ZZ-TIME', 'US-ZZ-TOWN'],
      ['ZZ-FREQ', 'US-ZZ-TOWN'],
    ]);
    expect(r.earliestAllowedAt).toBe('2026-03-12T13:00:00.000Z');
    expect(safeCheckContact(input({ consumer: { jurisdictions: ['US-ZZ-TOWN'] } }))).toMatchObject({ success: false, error: { code: 'COMPLIANCE_UNKNOWN_JURISDICTION', name: 'UnsupportedOptionError' } });
    expect(safeCheckContact(input({ jurisdictions: [{ ...custom, id: 'US-MA' }] }))).toMatchObject({ success: false, error: { code: 'COMPLIANCE_DUPLICATE_JURISDICTION' } });
  });
});

describe('checkContact: communication restrictions', () => {
  it('stops collection after a cease request, except to say so or to notify a remedy', () => {
    const ceased = input({ consumer: { ceaseCommunication: { receivedAt: '2026-03-05T12:00:00Z' } } });
    const r = checkContact(ceased);
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-CEASE']);
    expect(r.earliestAllowedAt).toBeNull();
    expect(checkContact({ ...ceased, attempt: { ...ceased.attempt, channel: 'letter', purpose: 'remedyNotice' } }).ok).toBe(true);
    expect(checkContact({ ...ceased, attempt: { ...ceased.attempt, channel: 'letter', purpose: 'ceaseConfirmation' } }).ok).toBe(true);
    expect(checkContact({ ...ceased, consumer: { ...ceased.consumer, ceaseCommunication: { receivedAt: '2026-03-05T12:00:00Z', debtIds: ['d2'] } } }).ok).toBe(true);
  });

  it('sends nothing to a consumer represented by an attorney, unless the attorney consents or fails to respond', () => {
    const lawyer = { knownAt: '2026-03-01T00:00:00Z', name: 'A. Counsel', contact: '1 Main St' };
    expect(checkContact(input({ consumer: { attorney: lawyer } })).earliestAllowedAt).toBeNull();
    expect(ids(input({ consumer: { attorney: lawyer } }))).toEqual(['REGF-ATTORNEY']);
    expect(checkContact(input({ consumer: { attorney: { ...lawyer, consentsToDirectContact: true } } })).ok).toBe(true);
    expect(checkContact(input({ consumer: { attorney: { ...lawyer, failedToRespond: true } } })).ok).toBe(true);
    expect(checkContact(input({ consumer: { attorney: lawyer }, attempt: { recipient: 'consumerAttorney' } })).ok).toBe(true);
  });

  it('blocks work contact the employer prohibits, inconvenient places and third parties', () => {
    expect(ids(input({ consumer: { employerProhibitsContact: true }, attempt: { to: { kind: 'work' } } }))).toEqual(['REGF-WORK']);
    expect(checkContact(input({ consumer: { employerProhibitsContact: true } })).ok).toBe(true);
    expect(ids(input({ consumer: { inconvenientPlaces: ['Hospital'] }, attempt: { channel: 'inPerson', place: 'hospital' } }))).toEqual(['REGF-PLACE']);
    expect(ids(input({ consumer: { inconvenientPlaces: ['work'] }, attempt: { to: { kind: 'work' } } }))).toEqual(['REGF-PLACE']);
    expect(ids(input({ attempt: { recipient: 'thirdParty' } }))).toEqual(['REGF-3RD-PARTY']);
    expect(checkContact(input({ attempt: { recipient: 'thirdParty', purpose: 'locationInformation' } })).ok).toBe(true);
  });

  it('requires opt-out notices, honours opt-outs and work-email limits, and keeps social media private', () => {
    const sms = { channel: 'sms' as const, to: { kind: 'mobile' as const, value: '+1 617 555 0100' } };
    expect(ids(input({ attempt: sms }))).toEqual(['REGF-OPTOUT']);
    expect(checkContact(input({ attempt: { ...sms, optOutNotice: true } })).ok).toBe(true);
    expect(ids(input({ attempt: { ...sms, optOutNotice: true }, consumer: { optOuts: [{ at: '2026-03-02T00:00:00Z', channel: 'sms', address: '+1 617 555 0100' }] } }))).toEqual(['REGF-MEDIUM']);
    expect(checkContact(input({ attempt: { ...sms, optOutNotice: true }, consumer: { optOuts: [{ at: '2026-03-02T00:00:00Z', channel: 'sms', address: '+1 617 555 0199' }] } })).ok).toBe(true);
    expect(ids(input({ consumer: { optOuts: [{ at: '2026-03-02T00:00:00Z', channel: 'call' }] }, attempt: { channel: 'voicemail', limitedContent: true } }))).toEqual(['REGF-MEDIUM']);
    const work = { channel: 'email' as const, optOutNotice: true, to: { kind: 'work' as const, value: 'me@employer.example' } };
    expect(ids(input({ attempt: work }))).toEqual(['REGF-WORK-EMAIL']);
    expect(checkContact(input({ attempt: { ...work, to: { ...work.to, consumerUsedOrConsented: true } } })).ok).toBe(true);
    expect(ids(input({ attempt: { channel: 'socialMedia' } }))).toEqual(['REGF-SOCIAL']);
    expect(checkContact(input({ attempt: { channel: 'socialMedia', private: true } })).ok).toBe(true);
  });

  it('allows only limited-content voicemails, which still count as calls', () => {
    expect(ids(input({ attempt: { channel: 'voicemail' } }))).toEqual(['REGF-LCM']);
    expect(checkContact(input({ attempt: { channel: 'voicemail', limitedContent: true } })).ok).toBe(true);
    const sevenVoicemails = ['02', '03', '04', '05', '06', '07', '08'].map((d) => ({ channel: 'voicemail' as const, at: `2026-03-${d}T15:00:00Z`, outcome: 'voicemail' as const, debtIds: ['d1'] }));
    expect(ids(input({ checkedAt: '2026-03-08T16:00:00Z', attempt: { at: '2026-03-08T17:00:00Z' }, history: sevenVoicemails }))).toEqual(['REGF-7IN7']);
  });

  it('stops collection after a timely dispute until verification is sent (1006.38(d)(2))', () => {
    const debts = [{ id: 'd1', validationNoticeSentOn: '2026-02-20', disputedAt: '2026-03-02T00:00:00Z' }];
    const r = checkContact(input({ debts }));
    expect(violations(r).map((v) => v.code)).toEqual(['REGF-DISPUTE']);
    expect(r.earliestAllowedAt).toBeNull();
    expect(checkContact(input({ debts, attempt: { channel: 'letter', purpose: 'verification' } })).ok).toBe(true);
    expect(checkContact(input({ debts: [{ ...debts[0], id: 'd1', verificationSentAt: '2026-03-04T00:00:00Z' }] })).ok).toBe(true);
    // Verification recorded as scheduled after the attempt: that is when collection may resume.
    expect(checkContact(input({ debts: [{ ...debts[0], id: 'd1', verificationSentAt: '2026-03-12T16:00:00Z' }] })).earliestAllowedAt).toBe('2026-03-12T16:00:00.000Z');
    // A dispute after the validation period does not stop collection under 1006.38(d)(2).
    expect(checkContact(input({ debts: [{ id: 'd1', validationNoticeSentOn: '2025-12-01', disputedAt: '2026-03-02T00:00:00Z' }] })).ok).toBe(true);
    expect(ids(input({ debts: [{ id: 'd1', originalCreditorRequestedAt: '2026-03-02T00:00:00Z' }] }))).toEqual(['REGF-ORIG-CREDITOR']);
  });

  it('warns in the validation period and forbids a deadline that overshadows it', () => {
    const debts = [{ id: 'd1', validationNoticeSentOn: '2026-03-02' }];
    const r = checkContact(input({ debts }));
    expect(r.ok).toBe(true);
    expect(warnings(r).map((w) => w.code)).toEqual(['REGF-VALIDATION']);
    expect(warnings(r)[0]?.message).toContain('2026-04-08');
    expect(ids(input({ debts, attempt: { channel: 'letter', paymentDeadlineDate: '2026-03-20' } }))).toEqual(['REGF-OVERSHADOW']);
    expect(checkContact(input({ debts, attempt: { channel: 'letter', paymentDeadlineDate: '2026-04-30' } })).ok).toBe(true);
  });

  it('forbids threats of suit on time-barred debt, contact with a deceased consumer and collection during a bankruptcy stay', () => {
    expect(ids(input({ debts: [{ id: 'd1', timeBarred: true }], attempt: { channel: 'letter', threatensSuit: true } }))).toEqual(['REGF-TIMEBARRED']);
    expect(checkContact(input({ debts: [{ id: 'd1', timeBarred: true }], attempt: { channel: 'letter' } })).ok).toBe(true);
    expect(ids(input({ consumer: { deceasedAt: '2026-02-01T00:00:00Z' } }))).toEqual(['REGF-DECEASED']);
    const stay = checkContact(input({ consumer: { bankruptcy: { filedAt: '2026-03-01T00:00:00Z', closedAt: '2026-03-20T18:00:00Z' } } }));
    expect(violations(stay).map((v) => v.code)).toEqual(['BANKRUPTCY-STAY']);
    expect(stay.earliestAllowedAt).toBe('2026-03-20T18:00:00.000Z');
    expect(checkContact(input({ consumer: { bankruptcy: { filedAt: '2026-03-01T00:00:00Z' } } })).earliestAllowedAt).toBeNull();
  });
});

describe('checkContact: company policy (stricter, never looser)', () => {
  it('narrows the calling window and rejects a wider one', () => {
    const r = checkContact(input({ policy: { callingWindow: { start: '09:00', end: '20:00' } }, attempt: { at: '2026-03-10T12:30:00Z' } }));
    expect(violations(r).map((v) => v.code)).toEqual(['POLICY-TIME']);
    expect(r.earliestAllowedAt).toBe('2026-03-10T13:00:00.000Z');
    expect(safeCheckContact(input({ policy: { callingWindow: { start: '07:00', end: '20:00' } } }))).toMatchObject({ success: false, error: { code: 'COMPLIANCE_POLICY_LOOSER_THAN_LAW', name: 'DomainRuleError' } });
  });

  it('adds quiet weekdays, federal holidays, blocked dates and its own caps', () => {
    // 2026-03-14 is a Saturday; 2026-05-25 is Memorial Day; 2026-07-03 is Independence Day observed.
    const sat = checkContact(input({ policy: { quietWeekdays: [6, 7] }, attempt: { at: '2026-03-14T15:00:00Z' } }));
    expect(violations(sat).map((v) => v.code)).toEqual(['POLICY-QUIET-DAY']);
    expect(sat.earliestAllowedAt).toBe('2026-03-16T12:00:00.000Z');
    expect(ids(input({ policy: { avoidFederalHolidays: true }, checkedAt: '2026-05-01T00:00:00Z', attempt: { at: '2026-05-25T15:00:00Z' } }))).toEqual(['POLICY-HOLIDAY']);
    expect(ids(input({ policy: { avoidFederalHolidays: true }, checkedAt: '2026-05-01T00:00:00Z', attempt: { at: '2026-07-03T15:00:00Z' } }))).toEqual(['POLICY-HOLIDAY']);
    expect(ids(input({ policy: { blockedDates: ['2026-03-10'] } }))).toEqual(['POLICY-HOLIDAY']);
    const capped = input({
      checkedAt: '2026-03-09T16:00:00Z',
      history: [{ channel: 'sms', at: '2026-03-09T15:00:00Z', outcome: 'messageSent', debtIds: ['d2'] }],
      attempt: { channel: 'sms', optOutNotice: true },
      policy: { limits: [{ id: 'POLICY-SMS-3D', max: 1, periodDays: 3, scope: 'consumer', channels: ['sms'] }] },
    });
    const r = checkContact(capped);
    expect(violations(r)).toEqual([{ code: 'POLICY-SMS-3D', severity: 'violation', message: expect.stringContaining('limit of 1'), citation: 'Company policy', details: { source: 'policy' } }]);
    expect(r.earliestAllowedAt).toBe('2026-03-12T12:00:00.000Z');
  });
});

describe('checkContact: audits and edge cases', () => {
  it('counts later calls too when auditing a past contact (every seven-day window containing its day)', () => {
    const later = ['10', '11', '12', '13', '14', '15', '16'].map((d) => call(`2026-03-${d}T15:00:00Z`));
    const audit = input({ checkedAt: '2026-03-20T00:00:00Z', policy: { allowPastAttempts: true }, history: later });
    expect(ids(audit)).toEqual(['REGF-7IN7']);
    expect(checkContact({ ...audit, attempt: { ...audit.attempt, at: '2026-03-09T15:00:00Z' } }).ok).toBe(true);
  });

  it('uses a printed validation end date, and a policy holiday reading', () => {
    const printed = checkContact(input({ debts: [{ id: 'd1', validationPeriodEndsOn: '2026-03-31' }] }));
    expect(warnings(printed).map((w) => w.message)).toEqual([expect.stringContaining('2026-03-31')]);
    const observed = checkContact(input({ checkedAt: '2026-07-02T00:00:00Z', attempt: { at: '2026-07-08T15:00:00Z' }, debts: [{ id: 'd1', validationNoticeSentOn: '2026-07-02' }], policy: { validationHolidayDates: 'both' } }));
    expect(warnings(observed)[0]?.message).toContain('2026-08-09');
  });

  it('applies a jurisdiction window only to its number kinds', () => {
    const custom = { id: 'US-YY', name: 'Y', timeZone: 'America/New_York', states: ['US-VT' as const], versions: [{ windows: [{ id: 'YY-TIME', citation: 'Y 1', start: '10:00', end: '18:00', addressKinds: ['home' as const] }], limits: [] }] };
    const early = input({ jurisdictions: [custom], consumer: { jurisdiction: 'US-VT' }, attempt: { at: '2026-03-10T13:00:00Z' } });
    expect(checkContact(early).ok).toBe(true);
    expect(ids({ ...early, attempt: { ...early.attempt, to: { kind: 'home' } } })).toEqual(['YY-TIME']);
  });

  it('answers null from earliestAllowedAt when no time will do', () => {
    expect(earliestAllowedAt(input({ consumer: { ceaseCommunication: { receivedAt: '2026-03-02T00:00:00Z' } } }))).toBeNull();
  });
});

describe('checkContact: bad input', () => {
  const bad = (i: unknown): { code?: string; name?: string } => {
    const r = safeCheckContact(i);
    return r.success ? {} : { code: r.error.code, name: r.error.name };
  };

  it('rejects an unknown time zone or state', () => {
    expect(bad(input({ consumer: { timeZones: ['America/Springfield'] } }))).toEqual({ code: 'CALENDAR_UNKNOWN_TIME_ZONE', name: 'ValidationError' });
    expect(bad(input({ consumer: { jurisdiction: 'US-XX' as 'MA' } }))).toEqual({ code: 'COMPLIANCE_UNKNOWN_STATE', name: 'ValidationError' });
  });

  it('rejects a history entry without a time and timestamps without an offset', () => {
    expect(bad(input({ history: [{ channel: 'call', outcome: 'noAnswer', debtIds: ['d1'] } as unknown as ContactHistoryEntryInput] }))).toEqual({ code: 'INPUT_MISSING', name: 'ValidationError' });
    expect(bad(input({ attempt: { at: '2026-03-10T15:00:00' } }))).toEqual({ code: 'CALENDAR_INVALID_INSTANT', name: 'ValidationError' });
    expect(bad(input({ checkedAt: '2026-03-01' }))).toEqual({ code: 'CALENDAR_INVALID_INSTANT', name: 'ValidationError' });
  });

  it('rejects an attempt before checkedAt unless the policy allows auditing, and history after checkedAt', () => {
    expect(bad(input({ checkedAt: '2026-03-11T00:00:00Z' }))).toEqual({ code: 'COMPLIANCE_ATTEMPT_IN_PAST', name: 'DomainRuleError' });
    expect(checkContact(input({ checkedAt: '2026-03-11T00:00:00Z', policy: { allowPastAttempts: true } })).ok).toBe(true);
    expect(bad(input({ history: [call('2026-03-05T00:00:00Z')], checkedAt: '2026-03-04T00:00:00Z' }))).toEqual({ code: 'COMPLIANCE_HISTORY_AFTER_CHECKED_AT', name: 'DomainRuleError' });
  });

  it('rejects an attempt about a debt that is not listed, and unknown fields', () => {
    expect(bad(input({ attempt: { debtIds: ['nope'] } }))).toEqual({ code: 'COMPLIANCE_UNKNOWN_DEBT', name: 'ValidationError' });
    expect(bad({ ...input(), extra: 1 })).toEqual({ code: 'INPUT_UNRECOGNIZED_KEYS', name: 'ValidationError' });
    expect(bad(input({ consumer: { inconvenientTimes: [{ start: '12:00', end: '09:00' }] } }))).toEqual({ code: 'COMPLIANCE_INVALID_WINDOW', name: 'ValidationError' });
    expect(bad(input({ policy: { callingWindow: { start: '9:00', end: '20:00' } } }))).toEqual({ code: 'CALENDAR_INVALID_TIME', name: 'ValidationError' });
  });
});

describe('checkContact: asking a third party for location information once (15 U.S.C. 1692b(3); 12 CFR 1006.10(c))', () => {
  /** As `input`, with checkedAt after the history's contacts. */
  const inp = (o: Overrides = {}): CheckContactInput => input({ checkedAt: '2026-03-10T00:00:00Z', ...o });
  const ask = { recipient: 'thirdParty' as const, purpose: 'locationInformation' as const, recipientId: 'neighbour-1', to: { kind: 'home' as const } };
  const reached = (outcome: ContactHistoryEntryInput['outcome'], recipientId = 'neighbour-1'): ContactHistoryEntryInput => call('2026-03-05T15:00:00Z', outcome, { recipient: 'thirdParty', recipientId, toKind: 'home' });

  it('allows the first request, and blocks a second one to the same person for good', () => {
    const first = checkContact(inp({ attempt: ask }));
    expect(first.ok).toBe(true);
    expect(warnings(first)).toEqual([]);
    const second = checkContact(inp({ attempt: ask, history: [reached('connected')] }));
    expect(violations(second).map((v) => [v.code, v.citation])).toEqual([['REGF-LOCATION-ONCE', '15 U.S.C. 1692b(3); 12 CFR 1006.10(c)']]);
    expect(violations(second)[0]?.message).toContain('neighbour-1 on 2026-03-05');
    expect(second.earliestAllowedAt).toBeNull();
    expect(earliestAllowedAt(inp({ attempt: ask, history: [reached('voicemail')] }))).toBeNull();
    expect(ids(inp({ attempt: ask, history: [reached('messageSent')] }))).toEqual(['REGF-LOCATION-ONCE']);
  });

  it('counts only contacts that reached that person', () => {
    expect(checkContact(inp({ attempt: ask, history: [reached('connected', 'neighbour-2')] })).ok).toBe(true);
    expect(checkContact(inp({ attempt: ask, history: [reached('noAnswer'), reached('notConnected'), reached('bounced')] })).ok).toBe(true);
    // The same id on a contact with the consumer is not a location request to a third party.
    expect(checkContact(inp({ attempt: ask, history: [call('2026-03-05T15:00:00Z', 'connected', { recipientId: 'neighbour-1' })] })).ok).toBe(true);
  });

  it('allows a second request the person asked for, or after a wrong or incomplete answer', () => {
    expect(checkContact(inp({ attempt: { ...ask, locationFollowUp: 'requestedByPerson' }, history: [reached('connected')] })).ok).toBe(true);
    expect(checkContact(inp({ attempt: { ...ask, locationFollowUp: 'earlierAnswerIncomplete' }, history: [reached('connected')] })).ok).toBe(true);
  });

  it('warns when the person is not named, since a second request could not be caught', () => {
    const { recipientId: _id, ...unnamed } = ask;
    const result = checkContact(inp({ attempt: unnamed, history: [reached('connected')] }));
    expect(result.ok).toBe(true);
    expect(warnings(result).map((w) => w.code)).toEqual(['REGF-LOCATION-ONCE']);
  });

  it('does not block an audited contact by its own record', () => {
    const audit = inp({ checkedAt: '2026-03-06T00:00:00Z', attempt: { ...ask, at: '2026-03-05T15:00:00Z' }, history: [reached('connected')], policy: { allowPastAttempts: true } });
    expect(checkContact(audit).ok).toBe(true);
    expect(ids({ ...audit, attempt: { ...audit.attempt, at: '2026-03-05T15:00:01Z' } })).toEqual(['REGF-LOCATION-ONCE']);
  });

  it('gives the batch the same answers', () => {
    const { checkedAt, consumer, debts } = inp();
    const results = checkContacts({
      checkedAt,
      accounts: [{ id: 'a1', consumer, debts, history: [reached('connected')] }],
      attempts: [
        { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], ...ask },
        { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'], ...ask, recipientId: 'neighbour-2' },
      ],
    });
    expect(results.map((r) => violations(r).map((v) => v.code))).toEqual([['REGF-LOCATION-ONCE'], []]);
  });
});
