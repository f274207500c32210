import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EscalationEventSchema } from "../../src/escalation/index.js";
import { checkEvent } from "../../src/escalation/event-check.js";

// `checkEvent` is the fast path in front of EscalationEventSchema: whenever it answers, the
// schema accepts the same input and returns the same value (key order included); when it does
// not answer, `transition` runs the schema, so errors stay the schema's.

const goodDate = fc
  .integer({ min: 0, max: 3_000 })
  .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
const badDate = fc.oneof(
  fc.constantFrom(
    "2026-02-30",
    "2026-02-29",
    "2028-02-29",
    "2026-1-01",
    " 2026-01-01",
    "2026-01-01T00:00:00Z",
    "",
    "0000-01-01",
    "9999-12-31",
    "2026-13-01",
    "2026-00-10",
    "20260101"
  ),
  fc.string({ maxLength: 12 })
);
const goodAmount = fc
  .bigInt({ min: 1n, max: 10_000_000n })
  .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`);
const badAmount = fc.oneof(
  fc.constantFrom(
    "100.00",
    "0",
    "0.00",
    "-0.01",
    "-5.00",
    "1e3",
    "1.001",
    "001.00",
    "1,000.00",
    " 1.00",
    "1.",
    ".5",
    "+1.00",
    "NaN",
    "Infinity",
    "1.0000",
    "99999999999999999999.99",
    "-0",
    "0.1",
    "7"
  ),
  fc.string({ maxLength: 8 })
);
const goodText = (max: number) =>
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.slice(0, max));
const badText = (max: number) =>
  fc.constantFrom(
    "",
    "x".repeat(max),
    "x".repeat(max + 1),
    "y".repeat(64),
    "y".repeat(65)
  );
const goodName = fc.constantFrom(
  "review",
  "a",
  "state.review-1",
  "x".repeat(64),
  "B_2"
);
const badName = fc.oneof(
  fc.constantFrom("1st", "with space", "", "x".repeat(65), "É", "-a"),
  fc.string({ maxLength: 10 })
);

/** Per field: values of the expected kind, and edge or wrong ones. */
const values: Record<
  string,
  readonly [fc.Arbitrary<unknown>, fc.Arbitrary<unknown>]
> = {
  date: [goodDate, badDate],
  recordedOn: [goodDate, badDate],
  dueDate: [goodDate, badDate],
  endDate: [goodDate, badDate],
  serviceStart: [goodDate, badDate],
  serviceEnd: [goodDate, badDate],
  amount: [goodAmount, badAmount],
  actor: [goodText(200), badText(200)],
  note: [goodText(500), badText(500)],
  reason: [goodText(500), badText(500)],
  paymentId: [goodText(200), badText(200)],
  attorney: [goodText(200), badText(200)],
  agency: [goodText(200), badText(200)],
  buyer: [goodText(200), badText(200)],
  caseNumber: [goodText(100), badText(100)],
  holdId: [goodName, badName],
  name: [goodName, badName],
  withinValidationPeriod: [fc.boolean(), fc.constantFrom("true", 0, null)],
  withinLimitationPeriod: [fc.boolean(), fc.constantFrom("true", 1, null)],
  spokeWithConsumer: [fc.boolean(), fc.constantFrom("yes", 1, null)],
  mortgage: [fc.boolean(), fc.constantFrom(1, null, "false")],
  confirmed: [fc.boolean(), fc.constantFrom("yes", 0)],
  chapter: [
    fc.constantFrom(7, 11, 12, 13),
    fc.constantFrom(9, "7", 7.5, -0, 0),
  ],
  estate: [
    fc.constantFrom("open", "none", "unknown"),
    fc.constantFrom("closed", "", "Open"),
  ],
  channel: [
    fc.constantFrom("inPerson", "telephone", "letter", "electronic"),
    fc.constantFrom("fax", "Telephone", ""),
  ],
  kind: [
    fc.constantFrom("manual", "disaster", "exempt"),
    fc.constantFrom("dispute", "", "Manual"),
  ],
  freezes: [
    fc.constantFrom({ clock: true }, {}, { contact: false, fees: true }),
    fc.constantFrom({ interest: true }, null, { clock: 1 }),
  ],
  installments: [
    fc.constant([{ dueDate: "2026-02-01", amount: "10.00" }]),
    fc.constantFrom([], [{ dueDate: "2026-02-30", amount: "10.00" }], "x"),
  ],
};

const DATE_EDGES = [
  "2026-01-05",
  "2028-02-29",
  "2026-02-30",
  "2026-02-29",
  "2026-1-01",
  " 2026-01-01",
  "2026-01-01 ",
  "2026-01-01T00:00:00Z",
  "",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "2026-13-01",
  "2026-00-10",
  "20260101",
  "２026-01-01",
];
const AMOUNT_EDGES = [
  "10.00",
  "1",
  "0.01",
  "100.000",
  "0",
  "0.00",
  "-0",
  "-0.00",
  "-0.01",
  "-5.00",
  "1e3",
  "1.001",
  "001.00",
  "1,000.00",
  " 1.00",
  "1.",
  ".5",
  "+1.00",
  "NaN",
  "Infinity",
  "99999999999999999999.99",
  "0.1",
  "１.00",
];
const NAME_EDGES = [
  "review",
  "a",
  "state.review-1",
  "B_2",
  "x".repeat(64),
  "x".repeat(65),
  "1st",
  "with space",
  "",
  "É",
  "-a",
  "a\n",
];
const TEXT_EDGES = [
  "",
  "x",
  "x".repeat(100),
  "x".repeat(101),
  "x".repeat(200),
  "x".repeat(201),
  "x".repeat(500),
  "x".repeat(501),
];
const JUNK = [
  undefined,
  null,
  0,
  -0,
  1,
  7,
  11,
  12,
  13,
  7.5,
  Number.NaN,
  true,
  false,
  "",
  "true",
  "open",
  "none",
  "unknown",
  "manual",
  "disaster",
  "exempt",
  "dispute",
  "letter",
  "telephone",
  "inPerson",
  "electronic",
  "fax",
  {},
  [],
  10n,
  Symbol.for("x"),
];
const EDGES: Record<string, readonly unknown[]> = {
  date: DATE_EDGES,
  amount: AMOUNT_EDGES,
  name: NAME_EDGES,
  text: TEXT_EDGES,
  other: [
    { clock: true },
    { interest: true },
    [{ dueDate: "2026-02-01", amount: "10.00" }],
    [],
  ],
};
const KIND: Record<string, keyof typeof EDGES> = {
  date: "date",
  recordedOn: "date",
  dueDate: "date",
  endDate: "date",
  serviceStart: "date",
  serviceEnd: "date",
  amount: "amount",
  holdId: "name",
  name: "name",
  freezes: "other",
  installments: "other",
};
/** A well-formed value for each field, to build a valid base event. */
const GOOD: Record<string, unknown> = {
  date: "2026-01-05",
  dueDate: "2026-01-10",
  serviceStart: "2025-06-01",
  amount: "10.00",
  reason: "why",
  paymentId: "p1",
  holdId: "review",
  name: "skip",
  confirmed: true,
  kind: "manual",
  channel: "letter",
  installments: [{ dueDate: "2026-02-01", amount: "10.00" }],
};
const REQUIRED: Record<string, string[]> = {
  installmentDue: ["amount"],
  paymentReceived: ["amount"],
  paymentReversed: ["paymentId"],
  balanceAdjusted: ["amount", "reason"],
  promiseMade: ["amount", "dueDate"],
  planAgreed: ["installments"],
  settlementAccepted: ["amount", "dueDate"],
  servicememberNotice: ["serviceStart"],
  fraudResolved: ["confirmed"],
  holdPlaced: ["kind", "reason"],
  holdLifted: ["holdId"],
  communicationMade: ["channel"],
  planInstallmentMissed: ["dueDate"],
  custom: ["name"],
};

const FIELDS: Record<string, string[]> = {
  installmentDue: ["dueDate", "amount"],
  paymentReceived: ["amount", "paymentId"],
  paymentReversed: ["paymentId", "reason"],
  balanceAdjusted: ["amount", "reason"],
  promiseMade: ["amount", "dueDate"],
  planAgreed: ["installments"],
  planInstallmentMissed: ["dueDate"],
  planBroken: [],
  planCompleted: [],
  hardshipGranted: ["endDate", "reason"],
  hardshipEnded: [],
  settlementAccepted: ["amount", "dueDate"],
  settlementPaid: [],
  disputeReceived: ["withinValidationPeriod", "reason"],
  verificationSent: [],
  ceaseRequested: [],
  ceaseWithdrawn: [],
  attorneyNotice: ["attorney"],
  attorneyWithdrawn: [],
  bankruptcyFiled: ["chapter", "caseNumber"],
  bankruptcyDismissed: [],
  bankruptcyDischarged: [],
  deathNotified: ["estate"],
  servicememberNotice: ["serviceStart", "serviceEnd", "mortgage"],
  fraudClaimed: [],
  fraudResolved: ["confirmed"],
  holdPlaced: ["kind", "holdId", "reason", "endDate", "freezes"],
  holdLifted: ["holdId"],
  communicationMade: ["channel", "spokeWithConsumer"],
  communicationUndeliverable: [],
  chargeOff: [],
  placedWithAgency: ["agency"],
  recalled: [],
  legalReferral: ["withinLimitationPeriod"],
  sold: ["buyer"],
  writtenOff: [],
  custom: ["name"],
};

const typeArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...Object.keys(FIELDS)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("teleport", "", "PaymentReceived", "__proto__"),
  }
);

/** An event-like object: each possible field present (valid-looking or not), missing, or undefined; sometimes an extra key. */
const eventArb: fc.Arbitrary<Record<string, unknown>> = typeArb.chain(
  (type) => {
    const keys = [
      "date",
      "recordedOn",
      "actor",
      "note",
      ...(Object.hasOwn(FIELDS, type) ? (FIELDS[type] as string[]) : []),
    ];
    const entries = keys.map((key) => {
      const [good, bad] = values[key] as readonly [
        fc.Arbitrary<unknown>,
        fc.Arbitrary<unknown>
      ];
      return fc.oneof(
        { weight: 24, arbitrary: good.map((v) => [key, v] as const) },
        { weight: key === "date" ? 0 : 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant([key, undefined] as const) },
        { weight: 2, arbitrary: bad.map((v) => [key, v] as const) },
        { weight: 1, arbitrary: fc.anything().map((v) => [key, v] as const) }
      );
    });
    const extra = fc.oneof(
      { weight: 10, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom(
            "amount",
            "foo",
            "dueDate",
            "reason",
            "endDate",
            "__proto__",
            "constructor"
          ),
          fc.anything()
        ),
      }
    );
    return fc
      .tuple(fc.tuple(...entries), extra, fc.boolean())
      .map(([pairs, more, shuffle]) => {
        const list: Array<readonly [string, unknown]> = [
          ["type", type],
          ...pairs.filter((p): p is readonly [string, unknown] => p !== null),
        ];
        if (more !== null) list.push(more);
        if (shuffle) list.reverse();
        const out: Record<string, unknown> = {};
        for (const [k, v] of list)
          Object.defineProperty(out, k, {
            value: v,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return out;
      });
  }
);

describe("checkEvent (the fast path of transition)", () => {
  it("answers only for input the schema accepts, with the value the schema returns, keys in the same order", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        const fast = checkEvent(input);
        const slow = EscalationEventSchema.safeParse(input);
        if (fast === undefined) return;
        expect(slow.success).toBe(true);
        expect(fast).toStrictEqual(slow.data);
        expect(Object.keys(fast)).toEqual(Object.keys(slow.data as object));
        expect(fast).not.toBe(input);
      })
    );
  });

  it("answers for every flat event the schema accepts (only nested plans and freezes go to the schema)", () => {
    fc.assert(
      fc.property(eventArb, (input) => {
        const slow = EscalationEventSchema.safeParse(input);
        const nested = input.type === "planAgreed" || "freezes" in input;
        if (slow.success && !nested)
          expect(checkEvent(input)).toStrictEqual(slow.data);
      })
    );
  });

  it("agrees with the schema on every edge value of every field of every event type", () => {
    let answered = 0;
    for (const [type, own] of Object.entries(FIELDS)) {
      const base: Record<string, unknown> = { type, date: GOOD.date };
      for (const key of REQUIRED[type] ?? []) base[key] = GOOD[key];
      for (const key of [
        "date",
        "recordedOn",
        "actor",
        "note",
        ...own,
        "foo",
      ]) {
        const edges = [...(EDGES[KIND[key] ?? "text"] as unknown[]), ...JUNK];
        for (const value of [...edges, "missing"]) {
          const input = { ...base };
          if (value === "missing") delete input[key];
          else input[key] = value;
          const fast = checkEvent(input);
          const slow = EscalationEventSchema.safeParse(input);
          if (fast !== undefined) {
            answered += 1;
            expect(slow.success, `${type}.${key} = ${String(value)}`).toBe(
              true
            );
            expect(fast).toStrictEqual(slow.data);
          } else if (slow.success) {
            expect(
              type === "planAgreed" || key === "freezes",
              `${type}.${key} = ${String(value)} is left to the schema`
            ).toBe(true);
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(500);
  });

  it("never answers for junk", () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const fast = checkEvent(junk);
        if (fast !== undefined)
          expect(EscalationEventSchema.safeParse(junk).data).toStrictEqual(
            fast
          );
      })
    );
  });

  it("leaves class instances, arrays and objects without a prototype to the schema", () => {
    const event = { type: "legalReferral", date: "2026-01-05" };
    expect(checkEvent(event)).toStrictEqual(event);
    expect(
      checkEvent(Object.assign(Object.create(null) as object, event))
    ).toBeUndefined();
    expect(checkEvent([event])).toBeUndefined();
    class Event {
      type = "legalReferral";
      date = "2026-01-05";
    }
    expect(checkEvent(new Event())).toBeUndefined();
  });

  it("keeps an optional key given as undefined, as the schema does", () => {
    const input = {
      type: "paymentReceived",
      date: "2026-01-05",
      amount: "1.00",
      paymentId: undefined,
    };
    expect(checkEvent(input)).toStrictEqual(EscalationEventSchema.parse(input));
    expect(Object.keys(checkEvent(input) ?? {})).toEqual([
      "type",
      "date",
      "amount",
      "paymentId",
    ]);
  });
});
