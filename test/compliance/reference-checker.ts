import { DateTime } from 'luxon';
import type { CheckContactInput } from '../../src/compliance/index.js';

// An independent, deliberately simple reference checker for the domain of `callScenario`:
// luxon DateTimes for every local time (no caches, no day numbers), plain loops, the rules
// written straight from the regulations. Used by the properties to judge checkContact.

function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() as string;
}

function daysBetween(a: string, b: string): number {
  return Math.round(DateTime.fromISO(b, { zone: 'utc' }).diff(DateTime.fromISO(a, { zone: 'utc' }), 'days').days);
}

function minutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/** The rule ids the reference finds broken by a call at instant `t` (ms). */
export function referenceViolations(input: CheckContactInput, t: number): Set<string> {
  const broken = new Set<string>();
  const zones = input.consumer.timeZones;
  const history = input.history.map((h) => ({ ...h, ms: Date.parse(h.at) }));
  const window = input.policy?.callingWindow;
  for (const zone of zones) {
    const local = DateTime.fromMillis(t, { zone });
    const m = local.hour * 60 + local.minute + local.second / 60;
    // 12 CFR 1006.6(b)(1)(i): after 8:00 a.m. and before 9:00 p.m., in every zone.
    if (m < 8 * 60 || m >= 21 * 60) broken.add('REGF-TIME');
    if (window !== undefined && (m < minutes(window.start) || m >= minutes(window.end))) broken.add('POLICY-TIME');
    for (const w of input.consumer.inconvenientTimes ?? []) {
      if ((w.weekdays ?? [1, 2, 3, 4, 5, 6, 7]).includes(local.weekday) && m >= minutes(w.start) && m < minutes(w.end)) broken.add('REGF-TIME-STATED');
    }
    const today = local.toISODate() as string;
    for (const debt of input.attempt.debtIds) {
      // 1006.14(b)(2)(i)(A): calls placed about the debt on days D-6..D (not the ones that never connected).
      const calls = history.filter(
        (h) =>
          (h.channel === 'call' || h.channel === 'voicemail') &&
          h.outcome !== 'notConnected' &&
          h.outcome !== 'bounced' &&
          (h.initiatedBy ?? 'collector') === 'collector' &&
          h.debtIds.includes(debt) &&
          daysBetween(localDate(h.ms, zone), today) <= 6 &&
          daysBetween(localDate(h.ms, zone), today) >= 0,
      );
      if (calls.length >= 7) broken.add('REGF-7IN7');
      // 1006.14(b)(2)(i)(B): a conversation on days D-6..D, before the call.
      const talked = history.some(
        (h) => (h.channel === 'call' || h.channel === 'voicemail') && h.outcome === 'connected' && h.debtIds.includes(debt) && h.ms < t && daysBetween(localDate(h.ms, zone), today) <= 6,
      );
      if (talked) broken.add('REGF-7IN7-CONV');
      if (input.consumer.jurisdiction === 'US-MA') {
        // 940 CMR 7.04(1)(f): two telephone communications per debt in seven days to home or mobile.
        const ma = history.filter(
          (h) =>
            ['call', 'voicemail', 'sms'].includes(h.channel) &&
            ['connected', 'noAnswer', 'voicemail', 'messageSent'].includes(h.outcome) &&
            (h.initiatedBy ?? 'collector') === 'collector' &&
            (h.toKind === undefined || h.toKind === 'home' || h.toKind === 'mobile') &&
            h.debtIds.includes(debt) &&
            daysBetween(localDate(h.ms, zone), today) <= 6 &&
            daysBetween(localDate(h.ms, zone), today) >= 0,
        );
        if (ma.length >= 2) broken.add('MA-CALLS-7D');
      }
    }
  }
  return broken;
}
