/**
 * Placeholder: being written.
 *
 * @module arrears/calendar
 */
export * from '../errors/index.js';
