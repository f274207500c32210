// One worker of the nightly reminder job (bench/nightly-reminders.bench.ts, and the recipe in
// docs/recipes.md, "The nightly reminder run"): stream the NDJSON accounts of this worker's
// shard (a stable hash of the account id), plan them in chunks with planEachReminders, and
// write one NDJSON line per reminder. Plain JavaScript on the built package, as a job would run.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parentPort, workerData } from 'node:worker_threads';
import { planEachReminders } from 'arrears/reminders';

const { input, output, shard, shards, asOf, at, policy, chunkSize } = workerData;

/** FNV-1a of the account id: the same shard every night. */
function shardOf(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % shards;
}

/** The id of a line written as `{"id":"...",...}` without parsing the rest; otherwise parsed. */
function idOf(line) {
  if (line.startsWith('{"id":"')) {
    const end = line.indexOf('"', 7);
    if (end > 7 && !line.slice(7, end).includes('\\')) return line.slice(7, end);
  }
  return JSON.parse(line).id;
}

const out = createWriteStream(output);
const times = { read: 0, plan: 0, write: 0 };
let chunk = [];
let accounts = 0;
let reminders = 0;

async function flush() {
  let t = performance.now();
  let text = '';
  const found = [];
  planEachReminders({ asOf, at, policy, accounts: chunk }, (result) => {
    if (result.reminders.length > 0) found.push(result);
  });
  times.plan += performance.now() - t;
  t = performance.now();
  for (const result of found) {
    for (const reminder of result.reminders) text += `${JSON.stringify({ accountId: result.accountId, ...reminder })}\n`;
    reminders += result.reminders.length;
  }
  accounts += chunk.length;
  chunk = [];
  if (!out.write(text)) await once(out, 'drain');
  times.write += performance.now() - t;
}

let t = performance.now();
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line === '' || shardOf(idOf(line)) !== shard) continue;
  chunk.push(JSON.parse(line));
  if (chunk.length >= chunkSize) {
    times.read += performance.now() - t;
    await flush();
    t = performance.now();
  }
}
times.read += performance.now() - t;
if (chunk.length > 0) await flush();
out.end();
await once(out, 'finish');
parentPort.postMessage({ accounts, reminders, times });
