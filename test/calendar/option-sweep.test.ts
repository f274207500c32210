// Issue 19 item 4: every option of the calendar input schemas has an effect or is refused.
import {
  FromLocalDateTimeInputSchema,
  RecurrenceInputSchema,
  UsFederalCalendarOptionsSchema,
  addMonths,
  fromLocalDateTime,
  recurrence,
  usFederalCalendar,
} from '../../src/calendar/index.js';
// Internal since issue 20 (no longer exported from arrears/calendar).
import { AddMonthsOptionsSchema } from '../../src/calendar/schemas.js';
import type { AddMonthsOptionsInput, FromLocalDateTimeInput, RecurrenceInput, UsFederalCalendarOptionsInput } from '../../src/calendar/index.js';
import { sweepOptions } from '../support/option-sweep.js';

sweepOptions<AddMonthsOptionsInput>('addMonths (AddMonthsOptionsSchema)', {
  schema: AddMonthsOptionsSchema,
  call: (o) => addMonths('2026-02-28', 1, o),
  base: {},
  options: { anchorDay: { values: ['last', 30] } },
});

sweepOptions<UsFederalCalendarOptionsInput>('usFederalCalendar (UsFederalCalendarOptionsSchema)', {
  schema: UsFederalCalendarOptionsSchema,
  call: (o) => [usFederalCalendar(o).isHoliday('2021-12-31'), usFederalCalendar(o).isHoliday('2022-01-01')],
  base: {},
  options: { dates: { values: ['statutory', 'both'] } },
});

const monthly: RecurrenceInput = { frequency: 'monthly', start: '2026-01-30', count: 3 };
sweepOptions<RecurrenceInput>('recurrence (RecurrenceInputSchema)', {
  schema: RecurrenceInputSchema,
  call: (r) => recurrence(r),
  base: monthly,
  options: {
    frequency: { exempt: 'required' },
    start: { exempt: 'required' },
    count: { values: [5] },
    end: { values: [{ value: '2026-03-31', base: { frequency: 'monthly', start: '2026-01-30', end: '2026-02-28' } }, '2026-02-28'] },
    semiMonthlyDays: { values: [{ value: [15, 30], base: { frequency: 'semiMonthly', start: '2026-01-30', count: 3 } }] },
    anchorDay: { values: ['last', 31] },
  },
});

sweepOptions<FromLocalDateTimeInput>('fromLocalDateTime (FromLocalDateTimeInputSchema)', {
  schema: FromLocalDateTimeInputSchema,
  call: (i) => fromLocalDateTime(i),
  base: { date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' },
  options: {
    date: { exempt: 'required' },
    time: { exempt: 'required' },
    timeZone: { exempt: 'required' },
    disambiguation: { values: ['later', 'reject'] },
  },
});
