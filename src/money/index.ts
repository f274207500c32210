/**
 * Placeholder: being written.
 *
 * @module arrears/money
 */
export * from '../errors/index.js';
