import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/calendar speaks the vocabulary of STYLE.md. Its document functions
// (recurrence, createCalendar, fromLocalDateTime) take one input object with an exported
// <Fn>InputSchema and have safe* twins; it returns no verdicts.
describeVocabulary({ 'arrears/calendar': calendar }, {});

describe('arrears/calendar vocabulary', () => {
  it('lists the one frequency list of STYLE.md, semiAnnually included', () => {
    expect(calendar.FrequencySchema.options).toEqual(['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually']);
  });

  it('names a recurrence range { start, end }, both days included, and its days semiMonthlyDays', () => {
    expect(calendar.recurrence({ frequency: 'monthly', start: '2026-01-31', end: '2026-03-31' })).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(calendar.recurrence({ frequency: 'semiMonthly', start: '2026-01-01', semiMonthlyDays: [1, 15], count: 2 })).toEqual(['2026-01-01', '2026-01-15']);
  });

  it('takes camelCase day-count conventions', () => {
    expect(calendar.DayCountConventionSchema.options).toEqual(['thirty360', 'thirtyE360', 'actual360', 'actual365', 'actualActual']);
  });

  it('exports nothing internal', () => {
    for (const name of ['civilFromDayNumber', 'dayNumberFromCivil', 'daysInMonthOf', 'StepCountSchema', 'DayNumberSchema', 'CalendarYearSchema', 'MAX_OCCURRENCES', 'AddMonthsOptionsSchema', 'RecurrenceSchema', 'CalendarDefinitionSchema', 'LocalDateTimeInputSchema']) {
      expect([name, name in calendar]).toEqual([name, false]);
    }
  });
});
