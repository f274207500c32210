import * as calendar from '../../calendar/index.js';
import type { CliModule } from '../registry.js';

/** arrears/calendar on the command line: its schemas, with the formats zod's refinements hide. */
export const calendarCli: CliModule = {
  name: 'calendar',
  exports: calendar,
  jsonIncompatible: {
    BusinessCalendarSchema: 'a calendar object with an isHoliday function, which JSON cannot carry',
  },
  jsonHints: {
    CalendarDateSchema: { format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'A calendar date, YYYY-MM-DD (a real day: 2025-02-30 is rejected).' },
    InstantSchema: {
      format: 'date-time',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$',
      description: 'An instant: an ISO 8601 timestamp with seconds and "Z" or an offset ("2026-03-10T08:30:00-04:00").',
    },
    LocalTimeSchema: { pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,3})?)?|24:00(:00(\\.0{1,3})?)?)$', description: 'A wall-clock time: HH:mm, HH:mm:ss or HH:mm:ss.SSS, or 24:00 for the end of the day.' },
    TimeZoneSchema: { minLength: 1, maxLength: 64, description: 'An IANA time zone name such as "America/New_York".' },
  },
};
