import type { CompiledPolicy } from './policy.js';

/** The policy's graph as a Mermaid `stateDiagram-v2` (states, guarded moves, terminal states). */
export function toMermaidDiagram(p: CompiledPolicy): string {
  const lines: string[] = ['stateDiagram-v2'];
  const ladder = p.ladder;
  lines.push('  [*] --> current');
  for (let i = 1; i < ladder.length; i += 1) {
    const rung = ladder[i];
    const prev = ladder[i - 1];
    if (rung === undefined || prev === undefined) continue;
    const extra = [rung.minPastDue === null ? '' : ` and pastDue >= ${rung.minPastDue}`, rung.minUnpaid > 0 ? ` and unpaid >= ${rung.minUnpaid}` : ''].join('');
    lines.push(`  ${prev.id} --> ${rung.id}: time [dpd >= ${rung.minDays}${extra}]`);
  }
  const top = ladder[ladder.length - 1];
  if (top !== undefined && p.chargeOffDays !== null) lines.push(`  ${top.id} --> chargedOff: time [dpd >= ${p.chargeOffDays}]`);
  for (let i = 1; i < ladder.length; i += 1) {
    const rung = ladder[i];
    if (rung !== undefined) lines.push(`  ${rung.id} --> current: paymentReceived [nothing past due]`);
  }
  for (let i = 1; i < ladder.length; i += 1) {
    const rung = ladder[i];
    if (rung !== undefined) lines.push(`  ${rung.id} --> chargedOff: chargeOff`);
  }
  for (const from of p.placementFrom) lines.push(`  ${from} --> placed: placedWithAgency`);
  lines.push('  placed --> recalled: recalled');
  for (const from of p.legalReferralFrom) lines.push(`  ${from} --> referredToLegal: legalReferral [not time-barred, no open dispute, no stay]`);
  for (const [event, list] of p.customTransitions) {
    for (const t of list) for (const from of t.from) lines.push(`  ${from} --> ${t.to ?? 'ladder'}: ${event}`);
  }
  if ([...p.customTransitions.values()].some((list) => list.some((t) => t.to === null))) lines.push('  state "the stage the days justify" as ladder');
  lines.push('  state "any open state" as open');
  lines.push('  open --> paidInFull: paymentReceived [balance = 0]');
  lines.push('  open --> settled: settlement paid');
  lines.push('  open --> discharged: bankruptcyDischarged');
  lines.push('  open --> closedDeceased: deathNotified [no estate]');
  lines.push('  open --> sold: sold');
  lines.push('  open --> writtenOff: writtenOff');
  for (const id of p.terminal) lines.push(`  ${id} --> [*]`);
  return lines.join('\n');
}
