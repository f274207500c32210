/**
 * The error classes, codes and result type shared by every arrears module.
 *
 * @module arrears/errors
 */
export { ArrearsError, ValidationError, DomainRuleError, UnsupportedOptionError, isArrearsError } from './arrears-error.js';
export type { ArrearsIssue, ArrearsErrorJSON, ArrearsErrorOptions, ErrorPath } from './arrears-error.js';
export { CoreErrorCodes } from './codes.js';
export type { CoreErrorCode, ArrearsErrorCode } from './codes.js';
export type { Finding, Severity, TextSpan } from './finding.js';
export { attempt } from './result.js';
export type { ArrearsResult, ArrearsSuccess, ArrearsFailure } from './result.js';
