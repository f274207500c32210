// Whether the host's Intl knows a time zone name: the check luxon's IANAZone.isValidZone makes,
// without luxon, so that a page validating schemas (a plan's dates) does not bundle luxon. The
// functions that compute in a zone (calendar/instant.ts, compliance, reminders) still use luxon.

const known = new Map<string, boolean>();
const MAX_KNOWN = 1000;

/** True when `Intl.DateTimeFormat` accepts `name` as a time zone. Memoized (bounded). @internal */
export function isKnownZoneName(name: string): boolean {
  let valid = known.get(name);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
      valid = true;
    } catch {
      valid = false;
    }
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(name, valid);
  }
  return valid;
}
