// The plan calculator page: reads the form, builds the schedule with arrears/plan, and shows
// either the rows or each error next to its field, in the library's words without the field
// path (the label already names the field). Bundled by build.mjs from the built package.
import { safeBuildSchedule } from 'arrears/plan';

/** "12.5" (percent, as people write a rate) → "0.125" (a decimal fraction, as arrears reads it), exactly. */
export function percentToFraction(percent) {
  const text = percent.trim();
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) return text; // let arrears say what is wrong with it
  const [whole, fraction = ''] = text.split('.');
  const digits = `${whole.padStart(3, '0')}${fraction}`;
  const shifted = `${digits.slice(0, -2 - fraction.length) || '0'}.${digits.slice(-2 - fraction.length)}`;
  return shifted.replace(/^0+(?=\d)/, '').replace(/\.?0+$/, '') || '0';
}

/** A library message without its leading field path: '"principal": "1,200" is not ...' → '"1,200" is not ...'. */
export function forPeople(message) {
  const text = message.replace(/^"[^"]*":\s*/, '').replace(/^The input:\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The terms the form describes (the field names of PlanTermsSchema). */
export function termsOf(form) {
  const value = (name) => form.elements.namedItem(name).value;
  const by = form.querySelector('input[name="by"]:checked').value;
  const count = value('count').trim();
  return {
    principal: value('principal').trim(),
    currency: 'USD',
    annualRate: percentToFraction(value('rate')),
    frequency: value('frequency'),
    agreementDate: value('agreement'),
    firstDueDate: value('first'),
    // A count that is not a whole number goes as text, so that arrears names the problem.
    ...(by === 'installments' ? { installments: /^[0-9]+$/.test(count) ? Number(count) : count } : { installmentAmount: count }),
  };
}

/** The issues of an arrears error, each with the form field it belongs to. */
function issuesOf(error) {
  const issues = Array.isArray(error.issues) && error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
  return issues.map((issue) => ({ field: String(issue.path?.[0] ?? ''), message: forPeople(issue.message) }));
}

function show(form, schedule) {
  const body = document.querySelector('#schedule tbody');
  body.replaceChildren();
  for (const row of schedule.installments) {
    const tr = document.createElement('tr');
    for (const cell of [row.number, row.dueDate, row.amount, row.principal, row.interest, row.balance]) {
      const td = document.createElement('td');
      td.textContent = String(cell);
      tr.append(td);
    }
    body.append(tr);
  }
  document.querySelector('#schedule').hidden = false;
  document.querySelector('#summary').textContent = `${schedule.installmentCount} installments of ${schedule.regularInstallmentAmount} USD; total interest ${schedule.totals.interest}, APR ${schedule.apr.aprPercent}%.`;
}

function clearErrors(form) {
  for (const field of form.querySelectorAll('.field')) field.classList.remove('invalid');
  for (const span of form.querySelectorAll('.error')) span.textContent = '';
}

export function calculate(form) {
  clearErrors(form);
  const result = safeBuildSchedule(termsOf(form));
  if (result.success) {
    show(form, result.data);
    return;
  }
  document.querySelector('#schedule').hidden = true;
  const unplaced = [];
  for (const { field, message } of issuesOf(result.error)) {
    const name = field === 'installmentAmount' ? 'installments' : field;
    const span = form.querySelector(`#${CSS.escape(name)}-error`);
    if (span === null) unplaced.push(message);
    else {
      span.textContent = span.textContent === '' ? message : `${span.textContent} ${message}`;
      span.closest('.field').classList.add('invalid');
    }
  }
  document.querySelector('#summary').textContent = unplaced.length > 0 ? unplaced.join(' ') : 'Please correct the fields marked in red.';
}

if (typeof document !== 'undefined') {
  const form = document.querySelector('#plan');
  for (const radio of form.querySelectorAll('input[name="by"]')) {
    radio.addEventListener('change', () => {
      document.querySelector('#count-label').textContent = radio.value === 'installments' ? 'Installments' : 'Installment amount (USD)';
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    calculate(form);
  });
  calculate(form);
}
