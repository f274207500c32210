/**
 * arrears: exact, pure domain logic for consumer debt collection. This entry point re-exports
 * every module; import a subpath (`arrears/money`, `arrears/calendar`, ...) to take only one.
 *
 * @module arrears
 */
export * from './errors/index.js';
export * from './money/index.js';
export * from './calendar/index.js';
export * from './plan/index.js';
export * from './fees/index.js';
export * from './escalation/index.js';
export * from './compliance/index.js';
export * from './settlement/index.js';
export * from './messages/index.js';
export * from './reminders/index.js';
