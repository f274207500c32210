import type { StatuteOfLimitations } from './types.js';

const UNVERIFIED = 'Not verified: the statute text was not read for this table; read the statute before relying on this row.';

function row(
  jurisdiction: string,
  name: string,
  writtenContract: number,
  writtenContractCitation: string,
  openAccount: number,
  openAccountCitation: string,
  verified: boolean,
  source: string,
  note: string | null = null,
): StatuteOfLimitations {
  return Object.freeze({ jurisdiction, name, writtenContract, writtenContractCitation, openAccount, openAccountCitation, verified, source, note });
}

/**
 * The statute of limitations for suits on consumer debts, by US jurisdiction (the 50 states and
 * DC): years for actions on written contracts and for open accounts (credit cards, where a state
 * has a distinct rule or its courts treat card debt as an open account; otherwise the same
 * period), each with its citation. `verified` says whether the statute text was read from a
 * primary or authoritative source for this table; `source` says where, or what is uncertain.
 *
 * This is data for the time-barred guard (12 CFR 1006.26(b)), not legal advice: periods depend
 * on the debt's kind, the contract's choice-of-law clause, borrowing statutes, tolling and
 * revival rules. Override any row with the policy's `limitations` or an account's
 * `limitations.years`.
 *
 * @example
 * ```ts
 * import { STATUTES_OF_LIMITATIONS } from 'arrears/escalation';
 * STATUTES_OF_LIMITATIONS.length; // => 51
 * STATUTES_OF_LIMITATIONS.find((r) => r.jurisdiction === 'US-CA')?.writtenContract; // => 4
 * ```
 */
export const STATUTES_OF_LIMITATIONS: readonly StatuteOfLimitations[] = Object.freeze([
  row('US-AL', 'Alabama', 6, 'Ala. Code § 6-2-34(4)', 3, 'Ala. Code § 6-2-37(1)', false, 'Secondary sources only (state-by-state summaries citing Ala. Code 6-2-34 and 6-2-37); the statute text was not read.'),
  row('US-AK', 'Alaska', 3, 'Alaska Stat. § 09.10.053', 3, 'Alaska Stat. § 09.10.053', true, 'Statute text read at akleg.gov (AS 09.10.053): three years for an action upon a contract or liability, express or implied.'),
  row('US-AZ', 'Arizona', 6, 'Ariz. Rev. Stat. § 12-548(A)', 3, 'Ariz. Rev. Stat. § 12-543', true, 'Statute text of A.R.S. 12-548 (six years, debt on a contract in writing executed in Arizona) and 12-543 (three years, debt not evidenced by a writing), as quoted from azleg.gov.', '12-548 covers writings executed in Arizona; card debt is often argued to be an open account (3 years).'),
  row('US-AR', 'Arkansas', 5, 'Ark. Code Ann. § 16-56-111(a)', 3, 'Ark. Code Ann. § 16-56-105', false, UNVERIFIED),
  row('US-CA', 'California', 4, 'Cal. Civ. Proc. Code § 337(a)', 4, 'Cal. Civ. Proc. Code § 337(a)', true, 'Statute text of Cal. Code Civ. Proc. 337 read (code reproduction): four years for written instruments (a) and for book accounts, accounts stated and open accounts (b).', '337(d): after the period runs, no suit or arbitration to collect the debt.'),
  row('US-CO', 'Colorado', 6, 'Colo. Rev. Stat. § 13-80-103.5(1)(a)', 6, 'Colo. Rev. Stat. § 13-80-103.5(1)(a)', false, UNVERIFIED),
  row('US-CT', 'Connecticut', 6, 'Conn. Gen. Stat. § 52-576(a)', 6, 'Conn. Gen. Stat. § 52-576(a)', false, UNVERIFIED),
  row('US-DE', 'Delaware', 3, 'Del. Code Ann. tit. 10, § 8106', 3, 'Del. Code Ann. tit. 10, § 8106', false, UNVERIFIED),
  row('US-DC', 'District of Columbia', 3, 'D.C. Code § 12-301(7)', 3, 'D.C. Code § 12-301(7)', false, UNVERIFIED),
  row('US-FL', 'Florida', 5, 'Fla. Stat. § 95.11(2)(b)', 4, 'Fla. Stat. § 95.11(3)(k)', false, 'Written contracts read in the official text at flsenate.gov (2020 Florida Statutes, 95.11(2)(b): five years, a contract, obligation or liability founded on a written instrument). The four-year paragraph for obligations not founded on a written instrument was not read, and the 2023 amendments relettered subsection (3): check its current letter.'),
  row('US-GA', 'Georgia', 6, 'Ga. Code Ann. § 9-3-24', 4, 'Ga. Code Ann. § 9-3-25', true, 'Statute text read (code reproduction at law.justia.com, 2020 and 2021 Georgia Code): 9-3-24, six years for simple contracts in writing after they become due and payable; 9-3-25, four years for open accounts and contracts not under the hand of the party charged.', 'Georgia courts have treated card debt both ways; 9-3-25 runs from the last item on an open account.'),
  row('US-HI', 'Hawaii', 6, 'Haw. Rev. Stat. § 657-1(1)', 6, 'Haw. Rev. Stat. § 657-1(1)', false, UNVERIFIED),
  row('US-ID', 'Idaho', 5, 'Idaho Code § 5-216', 4, 'Idaho Code § 5-217', false, UNVERIFIED),
  row('US-IL', 'Illinois', 10, '735 ILCS 5/13-206', 5, '735 ILCS 5/13-205', true, 'Statute text read at ilga.gov (735 ILCS 5/13-206): 10 years for written contracts and other evidences of indebtedness in writing.', 'A payment or new written promise restarts the 10 years (13-206).'),
  row('US-IN', 'Indiana', 6, 'Ind. Code § 34-11-2-9', 6, 'Ind. Code § 34-11-2-7', false, UNVERIFIED, 'Ind. Code 34-11-2-9 (six years) covers written contracts for the payment of money; 34-11-2-11 (ten years) covers other written contracts.'),
  row('US-IA', 'Iowa', 10, 'Iowa Code § 614.1(5)', 5, 'Iowa Code § 614.1(4)', false, UNVERIFIED),
  row('US-KS', 'Kansas', 5, 'Kan. Stat. Ann. § 60-511(1)', 3, 'Kan. Stat. Ann. § 60-512(1)', false, UNVERIFIED),
  row('US-KY', 'Kentucky', 10, 'Ky. Rev. Stat. § 413.090(2)', 5, 'Ky. Rev. Stat. § 413.120(1)', false, UNVERIFIED, 'Ky. Rev. Stat. 413.090(2) was amended in 2014 (10 years for contracts executed after July 15, 2014; 15 years before): older summaries say 15.'),
  row('US-LA', 'Louisiana', 10, 'La. Civ. Code art. 3499', 3, 'La. Civ. Code art. 3494', false, UNVERIFIED, 'Civil-law prescription: three years for open accounts and money lent (art. 3494), ten years for personal actions (art. 3499).'),
  row('US-ME', 'Maine', 6, 'Me. Rev. Stat. tit. 14, § 752', 6, 'Me. Rev. Stat. tit. 14, § 752', false, UNVERIFIED),
  row('US-MD', 'Maryland', 3, 'Md. Code, Cts. & Jud. Proc. § 5-101', 3, 'Md. Code, Cts. & Jud. Proc. § 5-101', false, UNVERIFIED),
  row('US-MA', 'Massachusetts', 6, 'Mass. Gen. Laws ch. 260, § 2', 6, 'Mass. Gen. Laws ch. 260, § 2', false, UNVERIFIED),
  row('US-MI', 'Michigan', 6, 'Mich. Comp. Laws § 600.5807(9)', 6, 'Mich. Comp. Laws § 600.5807(9)', true, 'Statute text of MCL 600.5807 read (code reproduction at casetext.com, current through Public Act 35 of 2024): (9) six years for an action to recover damages or money due for breach of contract not described in (2) to (8).'),
  row('US-MN', 'Minnesota', 6, 'Minn. Stat. § 541.05, subd. 1(1)', 6, 'Minn. Stat. § 541.05, subd. 1(1)', false, UNVERIFIED),
  row('US-MS', 'Mississippi', 3, 'Miss. Code Ann. § 15-1-49', 3, 'Miss. Code Ann. § 15-1-29', false, UNVERIFIED),
  row('US-MO', 'Missouri', 10, 'Mo. Rev. Stat. § 516.110(1)', 5, 'Mo. Rev. Stat. § 516.120(1)', false, UNVERIFIED),
  row('US-MT', 'Montana', 8, 'Mont. Code Ann. § 27-2-202(1)', 5, 'Mont. Code Ann. § 27-2-202(2)', false, UNVERIFIED),
  row('US-NE', 'Nebraska', 5, 'Neb. Rev. Stat. § 25-205', 4, 'Neb. Rev. Stat. § 25-206', false, UNVERIFIED),
  row('US-NV', 'Nevada', 6, 'Nev. Rev. Stat. § 11.190(1)(b)', 4, 'Nev. Rev. Stat. § 11.190(2)(c)', false, UNVERIFIED),
  row('US-NH', 'New Hampshire', 3, 'N.H. Rev. Stat. Ann. § 508:4(I)', 3, 'N.H. Rev. Stat. Ann. § 508:4(I)', false, UNVERIFIED),
  row('US-NJ', 'New Jersey', 6, 'N.J. Stat. Ann. § 2A:14-1', 6, 'N.J. Stat. Ann. § 2A:14-1', false, UNVERIFIED),
  row('US-NM', 'New Mexico', 6, 'N.M. Stat. Ann. § 37-1-3(A)', 4, 'N.M. Stat. Ann. § 37-1-4', false, UNVERIFIED),
  row('US-NY', 'New York', 3, 'N.Y. C.P.L.R. § 214-i', 3, 'N.Y. C.P.L.R. § 214-i', true, 'Text of CPLR 214-i as quoted by ACA International and the Consumer Credit Fairness Act (S.153/A.2382): three years for actions arising out of consumer credit transactions, from April 7, 2022.', 'No revival by payment or acknowledgment after the period expires (214-i); 6 years under CPLR 213 for other contracts.'),
  row('US-NC', 'North Carolina', 3, 'N.C. Gen. Stat. § 1-52(1)', 3, 'N.C. Gen. Stat. § 1-52(1)', true, 'Statute text of N.C. Gen. Stat. 1-52 read (code reproduction at statutes.laws.com): (1) three years upon a contract, obligation or liability arising out of a contract, express or implied.', 'Ten years for a sealed instrument (1-47(2)).'),
  row('US-ND', 'North Dakota', 6, 'N.D. Cent. Code § 28-01-16(1)', 6, 'N.D. Cent. Code § 28-01-16(1)', false, UNVERIFIED),
  row('US-OH', 'Ohio', 6, 'Ohio Rev. Code § 2305.07(C)', 6, 'Ohio Rev. Code § 2305.07(C)', true, 'Statute text of Ohio Rev. Code 2305.07 read (code reproduction at codes.findlaw.com, current as of 2024-01-01): (C) six years for an action arising out of a consumer transaction for personal, family or household purposes, on any contract or account stated, written or not, notwithstanding 2305.06.', 'Under 2305.07(C) the claim accrues 30 days after the later of the last charge or the last payment. 2305.06 (written contracts generally; six years since 2021 S.B. 13, eight or fifteen before) was not read.'),
  row('US-OK', 'Oklahoma', 5, 'Okla. Stat. tit. 12, § 95(A)(1)', 3, 'Okla. Stat. tit. 12, § 95(A)(2)', false, UNVERIFIED),
  row('US-OR', 'Oregon', 6, 'Or. Rev. Stat. § 12.080(1)', 6, 'Or. Rev. Stat. § 12.080(1)', false, UNVERIFIED),
  row('US-PA', 'Pennsylvania', 4, '42 Pa. Cons. Stat. § 5525(a)', 4, '42 Pa. Cons. Stat. § 5525(a)', false, 'A secondary source (law firm article) states four years under 42 Pa.C.S. 5525; the statute text was not read.'),
  row('US-RI', 'Rhode Island', 10, 'R.I. Gen. Laws § 9-1-13(a)', 10, 'R.I. Gen. Laws § 9-1-13(a)', false, UNVERIFIED),
  row('US-SC', 'South Carolina', 3, 'S.C. Code Ann. § 15-3-530(1)', 3, 'S.C. Code Ann. § 15-3-530(1)', false, UNVERIFIED),
  row('US-SD', 'South Dakota', 6, 'S.D. Codified Laws § 15-2-13(1)', 6, 'S.D. Codified Laws § 15-2-13(1)', false, UNVERIFIED),
  row('US-TN', 'Tennessee', 6, 'Tenn. Code Ann. § 28-3-109(a)(3)', 6, 'Tenn. Code Ann. § 28-3-109(a)(3)', false, UNVERIFIED),
  row('US-TX', 'Texas', 4, 'Tex. Civ. Prac. & Rem. Code § 16.004(a)(3)', 4, 'Tex. Civ. Prac. & Rem. Code § 16.004(a)(3)', true, 'Statute text of Tex. Civ. Prac. & Rem. Code 16.004 read (code reproduction at law.justia.com): four years for debt (a)(3) and open or stated accounts (c).'),
  row('US-UT', 'Utah', 6, 'Utah Code Ann. § 78B-2-309(2)', 4, 'Utah Code Ann. § 78B-2-307(1)', false, UNVERIFIED),
  row('US-VT', 'Vermont', 6, 'Vt. Stat. Ann. tit. 12, § 511', 6, 'Vt. Stat. Ann. tit. 12, § 511', false, UNVERIFIED),
  row('US-VA', 'Virginia', 5, 'Va. Code Ann. § 8.01-246(2)', 3, 'Va. Code Ann. § 8.01-246(4)', false, UNVERIFIED),
  row('US-WA', 'Washington', 6, 'Wash. Rev. Code § 4.16.040(1)', 3, 'Wash. Rev. Code § 4.16.080(3)', false, UNVERIFIED),
  row('US-WV', 'West Virginia', 10, 'W. Va. Code § 55-2-6', 5, 'W. Va. Code § 55-2-6', false, UNVERIFIED),
  row('US-WI', 'Wisconsin', 6, 'Wis. Stat. § 893.43', 6, 'Wis. Stat. § 893.43', false, UNVERIFIED),
  row('US-WY', 'Wyoming', 10, 'Wyo. Stat. Ann. § 1-3-105(a)(i)', 8, 'Wyo. Stat. Ann. § 1-3-105(a)(ii)', false, UNVERIFIED),
]);
