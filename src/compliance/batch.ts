import { ValidationError } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { ComplianceErrorCodes } from './codes.js';
import { checkAttemptAgainst } from './check-contact.js';
import { evaluateAttempt } from './evaluate.js';
import { fastBatchAttempt, parseAccountFast } from './fast-attempt.js';
import { checkHistoryBefore, jurisdictionRegistry, prepareAccount } from './prepare.js';
import type { PreparedAccount } from './prepare.js';
import { z } from 'zod';
import { BatchAttemptSchema, CheckContactsInputSchema, ContactAccountSchema, ContactIdSchema } from './schemas.js';
import type { BatchCheckResult, CheckContactsInput, ParsedAccount } from './types.js';

const BatchAccountSchema = ContactAccountSchema.extend({ id: ContactIdSchema });
const BatchEnvelopeSchema = CheckContactsInputSchema.extend({ accounts: z.array(z.unknown()).max(1_000_000) });

/**
 * Checks many proposed contacts at once (a dialer list): each account (consumer, debts,
 * history, policy) is validated and compiled once, then every attempt that refers to it is
 * judged against the precomputed local days of its history. Results come back in the
 * attempts' order, each with its `index` and `accountId`; the rules are those of
 * {@link checkContact}.
 *
 * @param input - `{ asOf, accounts: [{ id, consumer, debts, history, policy? }], attempts: [{ accountId, channel, at, debtIds, ... }], jurisdictions? }`
 * @returns one {@link BatchCheckResult} per attempt
 * @throws {@link arrears!ValidationError} as {@link checkContact}, with paths into `accounts`
 *   or `attempts`; `COMPLIANCE_UNKNOWN_ACCOUNT` for an attempt whose account is missing
 * @throws {@link arrears!DomainRuleError} as {@link checkContact}
 *
 * @example
 * ```ts
 * import { checkContacts } from 'arrears/compliance';
 * const results = checkContacts({
 *   asOf: '2026-03-10T12:00:00Z',
 *   accounts: [{ id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [] }],
 *   attempts: [
 *     { accountId: 'a1', channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
 *     { accountId: 'a1', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
 *   ],
 * });
 * results.map((r) => r.allowed); // => [false, true]
 * results[0]?.earliestAllowedAt; // => '2026-03-10T13:00:00.000Z'
 * ```
 */
export function checkContacts(input: CheckContactsInput): BatchCheckResult[] {
  // The envelope first; then each account with the fast path for its history.
  const parsed = parseInput(BatchEnvelopeSchema, input);
  const registry = jurisdictionRegistry(parsed.jurisdictions);
  const accounts = new Map<string, { account: ParsedAccount; prepared: PreparedAccount }>();
  parsed.accounts.forEach((raw, index) => {
    const account = parseAccountFast(BatchAccountSchema, raw, ['accounts', index]);
    if (accounts.has(account.id)) {
      throw new ValidationError([
        { code: 'INPUT_INVALID_VALUE', path: ['accounts', index, 'id'], message: `"accounts[${index}].id": the account id "${account.id}" appears twice.` },
      ]);
    }
    checkHistoryBefore(account, parsed.asOf, ['accounts', index]);
    accounts.set(account.id, { account, prepared: prepareAccount(account, registry, ['accounts', index]) });
  });
  const results: BatchCheckResult[] = [];
  parsed.attempts.forEach((raw, index) => {
    const attempt = fastBatchAttempt(raw) ?? parseInput(BatchAttemptSchema, raw, ['attempts', index]);
    const entry = accounts.get(attempt.accountId);
    if (entry === undefined) {
      throw new ValidationError([
        {
          code: ComplianceErrorCodes.COMPLIANCE_UNKNOWN_ACCOUNT,
          path: ['attempts', index, 'accountId'],
          message: `"attempts[${index}].accountId": no account has the id "${attempt.accountId}".`,
        },
      ]);
    }
    checkAttemptAgainst(entry.account, entry.prepared, attempt, parsed.asOf, ['attempts', index]);
    results.push({ index, accountId: attempt.accountId, ...evaluateAttempt(entry.prepared, attempt) });
  });
  return results;
}
