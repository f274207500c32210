import { prepareContactAccount } from '../compliance/index.js';
import type { PrepareContactAccountInput, PreparedContactAccount } from '../compliance/index.js';
import { ArrearsError, DomainRuleError, UnsupportedOptionError, ValidationError } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';

/** The account parts `arrears/compliance` owns, in its input shapes. */
export interface ComplianceParts {
  readonly consumer: unknown;
  readonly debts: unknown;
  readonly history: unknown;
  readonly contactPolicy?: unknown;
}

/** Compliance's path of an account part, as ours: under `prefix`, its `policy` called `contactPolicy`; run-level fields as they are. */
function remapPath(path: ErrorPath, prefix: ErrorPath): ErrorPath {
  const head = path[0];
  if (head === 'jurisdictions' || head === 'checkedAt') return path;
  const rest = [...path];
  if (head === 'policy') rest[0] = 'contactPolicy';
  return [...prefix, ...rest];
}

function label(path: ErrorPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${String(key)}]` : out === '' ? key : `.${key}`;
  return out;
}

/** A message that quotes compliance's path, quoting ours instead. */
function remapMessage(message: string, from: ErrorPath, to: ErrorPath): string {
  if (from.length === 0) return message;
  const old = `"${label(from)}`;
  return message.includes(old) ? message.split(old).join(`"${label(to)}`) : message;
}

/**
 * Validates and compiles the consumer, debts, history and contact policy once, exactly as
 * `arrears/compliance` does (`prepareContactAccount`: its own fast path for the common shape,
 * its schemas otherwise), with the run's instant as "now" (so history after the run is
 * refused), and reports any error with our paths. The planner checks every reminder with the
 * prepared account (under its merged contact policy) and records each one it plans.
 */
export function prepareComplianceParts(parts: ComplianceParts, atText: string, jurisdictions: PrepareContactAccountInput['jurisdictions'], prefix: ErrorPath): PreparedContactAccount {
  const input = { checkedAt: atText, consumer: parts.consumer, debts: parts.debts, history: parts.history, ...(parts.contactPolicy === undefined ? {} : { policy: parts.contactPolicy }), ...(jurisdictions === undefined ? {} : { jurisdictions }) };
  try {
    return prepareContactAccount(input as PrepareContactAccountInput);
  } catch (error) {
    if (!(error instanceof ArrearsError)) throw error;
    if (error instanceof ValidationError) {
      throw new ValidationError(
        error.issues.map((issue) => {
          const path = remapPath(issue.path, prefix);
          return { ...issue, path, message: remapMessage(issue.message, issue.path, path) };
        }),
        { details: error.details, cause: error },
      );
    }
    const path = remapPath(error.path, prefix);
    const options = { path, details: error.details, cause: error };
    if (error instanceof DomainRuleError) throw new DomainRuleError(error.code, remapMessage(error.message, error.path, path), options);
    if (error instanceof UnsupportedOptionError) throw new UnsupportedOptionError(remapMessage(error.message, error.path, path), options, error.code);
    throw error;
  }
}
