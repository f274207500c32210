import { bench, describe } from 'vitest';
import { checkMessage } from 'arrears/messages';
import type { CheckMessageInput } from 'arrears/messages';

// checkMessage on messages of 160 to 2,000 characters, one core. Target (issue 16): at least
// 50,000 SMS-length messages per second, and time linear in the text's length. Never
// asserted: each run prints messages per second (wall and per CPU second) and microseconds per
// 1,000 characters, which should stay flat from 160 to 2,000 characters if the check is linear.
// The whole check runs per message: schema parsing, folding, the lexicon scan, every rule.

/** A small deterministic generator (mulberry32), so every run checks the same messages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SENTENCES = [
  'Reminder: payment 2 of 3 ($100.00) is due Jan 5.',
  'Your balance of $1,250.00 can be paid in three parts.',
  'Call us at 1-800-555-1212 between 9 am and 5 pm.',
  'We may report this to the credit bureaus.',
  'If you do not pay by Friday, we may file a lawsuit against you.',
  'Your account has been sent to our legal department for review.',
  'Finish your plan and your credit score will go up.',
  'Thank you for setting up your plan with ABC, Inc.',
  'Pay online at example.com or by check to PO Box 1, Albany NY 12201.',
  'Questions? Our team is here Monday to Friday.',
];
const FOOTER = ' This communication is from a debt collector. Reply STOP to opt out.';
const CONTEXT = { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', businessName: 'ABC, Inc.', attorneyInvolved: false, debt: { timeBarred: false, amount: '1250.00', currency: 'USD' }, jurisdictions: ['US', 'US-CA'], licenseNumber: '10000' } as const;

function makeMessages(count: number, length: number, seed: number): CheckMessageInput[] {
  const random = rng(seed);
  const out: CheckMessageInput[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length + FOOTER.length < length) text += `${SENTENCES[Math.floor(random() * SENTENCES.length)] as string} `;
    text = (text.slice(0, length - FOOTER.length) + FOOTER).slice(0, length);
    out.push({ channel: i % 2 === 0 ? 'sms' : 'email', text, context: CONTEXT });
  }
  return out;
}

function timed(label: string, messages: readonly CheckMessageInput[], length: number): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let findings = 0;
  for (const message of messages) findings += checkMessage(message).findings.length;
  const used = process.cpuUsage(cpu);
  const wallS = (performance.now() - started) / 1000;
  const cpuS = (used.user + used.system) / 1e6;
  const rate = (s: number): string => Math.round(messages.length / s).toLocaleString('en-US');
  const perK = ((cpuS / messages.length) * 1e6 * (1000 / length)).toFixed(1);
  console.log(`[messages bench] ${label}: ${messages.length.toLocaleString('en-US')} messages (${findings.toLocaleString('en-US')} findings) in ${wallS.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU: ${rate(wallS)} msgs/s wall, ${rate(cpuS)} per CPU second, ${perK} µs CPU per 1,000 characters`);
}

const SHAPES = [
  { length: 160, count: 50_000 },
  { length: 500, count: 20_000 },
  { length: 1000, count: 10_000 },
  { length: 2000, count: 5_000 },
] as const;

describe('checkMessage, one message per call', () => {
  for (const { length, count } of SHAPES) {
    let messages: CheckMessageInput[] | undefined;
    bench(`${count.toLocaleString('en-US')} messages of ${length} characters`, () => {
      messages ??= makeMessages(count, length, length);
      timed(`${length} characters`, messages, length);
    }, { iterations: 2, warmupIterations: 1, time: 0, teardown: () => { messages = undefined; } });
  }
});
