import { checkContacts } from '../compliance/index.js';
import type { CheckContactsInput } from '../compliance/index.js';
import { ArrearsError, DomainRuleError, UnsupportedOptionError, ValidationError } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';

/** The account parts `arrears/compliance` owns, in its input shapes. */
export interface ComplianceParts {
  readonly consumer: unknown;
  readonly debts: unknown;
  readonly history: unknown;
  readonly contactPolicy?: unknown;
}

function remapPath(path: ErrorPath, prefix: ErrorPath): ErrorPath {
  // Compliance reports `accounts.0.<field>...`; ours is `<prefix>.<field>...`, with its
  // `policy` called `contactPolicy` here.
  const rest = path.slice(2);
  if (rest[0] === 'policy') rest[0] = 'contactPolicy';
  return [...prefix, ...rest];
}

function label(path: ErrorPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${String(key)}]` : out === '' ? key : `.${key}`;
  return out;
}

function remapMessage(message: string, prefix: ErrorPath): string {
  const head = prefix.length === 0 ? '' : `${label(prefix)}.`;
  return message.replace(/accounts\[0\]\.policy/g, `${head}contactPolicy`).replace(/accounts\[0\]\./g, head);
}

/**
 * Validates the consumer, debts, history and contact policy exactly as `arrears/compliance`
 * does (its own fast path for the common shape, its schemas otherwise), with the run's
 * instant as "now" (so history after the run is refused), and reports any error with our
 * paths. The planner then hands the same objects to `checkContact`.
 */
export function validateComplianceParts(parts: ComplianceParts, atText: string, jurisdictions: CheckContactsInput['jurisdictions'], prefix: ErrorPath): void {
  const account = { id: 'account', consumer: parts.consumer, debts: parts.debts, history: parts.history, ...(parts.contactPolicy === undefined ? {} : { policy: parts.contactPolicy }) };
  try {
    checkContacts({ asOf: atText, accounts: [account as CheckContactsInput['accounts'][number]], attempts: [], ...(jurisdictions === undefined ? {} : { jurisdictions }) });
  } catch (error) {
    if (!(error instanceof ArrearsError)) throw error;
    const onAccount = error.path[0] === 'accounts';
    if (!onAccount) throw error;
    const options = { path: remapPath(error.path, prefix), details: error.details, cause: error };
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'accounts' ? remapPath(issue.path, prefix) : issue.path, message: remapMessage(issue.message, prefix) })),
        { details: error.details, cause: error },
      );
    }
    if (error instanceof DomainRuleError) throw new DomainRuleError(error.code, remapMessage(error.message, prefix), options);
    if (error instanceof UnsupportedOptionError) throw new UnsupportedOptionError(remapMessage(error.message, prefix), options, error.code);
    throw error;
  }
}
