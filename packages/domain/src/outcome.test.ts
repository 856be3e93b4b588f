import { describe, expect, it } from "vitest";
import { EVENT_STATUSES, OUTCOMES, type EventStatus } from "./enums";
import {
  OutcomeInputError,
  STATUS_OUTCOME,
  deriveOutcome,
  findOutcomeInputProblems,
  orderEventsForOutcome,
  type OutcomeBatchInput,
  type OutcomeEventInput,
} from "./outcome";

// The six seed batches, copied from data/seed/batches.csv (subpoena_count, recipient_agency_slugs) and
// data/seed/events.csv (date, status, agency_slug, subpoenas_affected, court_case_slug), rows in file order.
const SEED: Record<string, OutcomeBatchInput> = {
  "2020-01-13-denver": {
    subpoenaCount: 4,
    recipientAgencySlugs: ["denver-sheriff"],
    events: [
      { date: "2020-01-13", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-01",
        status: "declined",
        agencySlug: "denver-sheriff",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
      {
        date: "2020-02-06",
        status: "enforcement_petition_filed",
        agencySlug: "denver-sheriff",
        subpoenasAffected: 3,
        courtCaseSlug: "ice-v-gomez-2020",
      },
      {
        date: "2020-04-20",
        status: "court_ordered_compliance",
        agencySlug: "denver-sheriff",
        subpoenasAffected: 3,
        courtCaseSlug: "ice-v-gomez-2020",
      },
      {
        date: "2020",
        status: "appeal_declined",
        agencySlug: "denver-sheriff",
        subpoenasAffected: 3,
        courtCaseSlug: "ice-v-gomez-2020",
      },
    ],
  },
  "2020-01-17-nyc": {
    subpoenaCount: 4,
    recipientAgencySlugs: ["nyc-doc"],
    events: [
      { date: "2020-01-17", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-02-02",
        status: "no_response",
        agencySlug: "nyc-doc",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
      {
        date: "2020-02-03",
        status: "enforcement_petition_filed",
        agencySlug: "nyc-doc",
        subpoenasAffected: 2,
        courtCaseSlug: "edny-nyc-doc-2020",
      },
    ],
  },
  "2020-02-13-connecticut": {
    subpoenaCount: 3,
    recipientAgencySlugs: ["ct-judicial-cssd"],
    events: [
      { date: "2020-02-13", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-02-25",
        status: "under_review",
        agencySlug: "ct-judicial-cssd",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
    ],
  },
  "2020-02-14-san-diego": {
    subpoenaCount: 4,
    recipientAgencySlugs: ["san-diego-county-sheriff"],
    events: [
      { date: "2020-02-14", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-02-20",
        status: "complied",
        agencySlug: "san-diego-county-sheriff",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
    ],
  },
  "2020-02-18-washington-county-or": {
    subpoenaCount: 2,
    recipientAgencySlugs: ["washington-county-or-sheriff"],
    events: [
      { date: "2020-02-18", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-02",
        status: "complied",
        agencySlug: "washington-county-or-sheriff",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
    ],
  },
  "2020-02-21-oregon": {
    subpoenaCount: 5,
    recipientAgencySlugs: [
      "hillsboro-police",
      "wasco-county-sheriff",
      "oregon-state-police",
      "clackamas-county-sheriff",
    ],
    events: [
      { date: "2020-02-21", status: "issued", agencySlug: null, subpoenasAffected: null, courtCaseSlug: null },
      {
        date: "2020-03-06",
        status: "declined",
        agencySlug: "hillsboro-police",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
      {
        date: "2020-03-08",
        status: "declined",
        agencySlug: "oregon-state-police",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
      {
        date: "2020-03-08",
        status: "declined",
        agencySlug: "clackamas-county-sheriff",
        subpoenasAffected: null,
        courtCaseSlug: null,
      },
    ],
  },
};

function event(
  date: string,
  status: EventStatus,
  options: { agency?: string; affected?: number; courtCase?: string } = {},
): OutcomeEventInput {
  return {
    date,
    status,
    agencySlug: options.agency ?? null,
    subpoenasAffected: options.affected ?? null,
    courtCaseSlug: options.courtCase ?? null,
  };
}

function batch(
  subpoenaCount: number | null,
  recipientAgencySlugs: string[],
  ...events: OutcomeEventInput[]
): OutcomeBatchInput {
  return { subpoenaCount, recipientAgencySlugs, events };
}

describe("the seed batches", () => {
  it("Denver: 3 court-ordered and 1 declined", () => {
    expect(deriveOutcome(SEED["2020-01-13-denver"])).toEqual([
      { outcome: "DECLINED", subpoenas: 1 },
      { outcome: "COURT_ORDERED", subpoenas: 3 },
    ]);
  });

  it("New York City: 2 no response and 2 in court", () => {
    expect(deriveOutcome(SEED["2020-01-17-nyc"])).toEqual([
      { outcome: "NO_RESPONSE", subpoenas: 2 },
      { outcome: "IN_COURT", subpoenas: 2 },
    ]);
  });

  it("Connecticut: 3 pending (under review)", () => {
    expect(deriveOutcome(SEED["2020-02-13-connecticut"])).toEqual([{ outcome: "PENDING", subpoenas: 3 }]);
  });

  it("San Diego County: 4 complied", () => {
    expect(deriveOutcome(SEED["2020-02-14-san-diego"])).toEqual([{ outcome: "COMPLIED", subpoenas: 4 }]);
  });

  it("Washington County: 2 complied, the month-only response coming after the day it was issued", () => {
    expect(deriveOutcome(SEED["2020-02-18-washington-county-or"])).toEqual([{ outcome: "COMPLIED", subpoenas: 2 }]);
  });

  it("Oregon: 5 mixed, three agencies declined and Wasco never responded in the record", () => {
    expect(deriveOutcome(SEED["2020-02-21-oregon"])).toEqual([{ outcome: "MIXED", subpoenas: 5 }]);
  });

  it("Oregon becomes 5 declined once Wasco declines too", () => {
    const oregon = SEED["2020-02-21-oregon"];
    const withWasco = {
      ...oregon,
      events: [...oregon.events, event("2020-03", "declined", { agency: "wasco-county-sheriff" })],
    };
    expect(deriveOutcome(withWasco)).toEqual([{ outcome: "DECLINED", subpoenas: 5 }]);
  });

  it("have no input problems", () => {
    for (const seedBatch of Object.values(SEED)) expect(findOutcomeInputProblems(seedBatch)).toEqual([]);
  });
});

describe("STATUS_OUTCOME", () => {
  it("maps every event status", () => {
    expect(Object.keys(STATUS_OUTCOME).sort()).toEqual([...EVENT_STATUSES].sort());
  });

  it("maps appeal_declined to no change", () => {
    expect(STATUS_OUTCOME.appeal_declined).toBeNull();
  });
});

describe("each outcome", () => {
  const expected: [EventStatus, string][] = [
    ["under_review", "PENDING"],
    ["complied", "COMPLIED"],
    ["partially_complied", "PARTIALLY_COMPLIED"],
    ["declined", "DECLINED"],
    ["no_response", "NO_RESPONSE"],
    ["recipient_sued", "IN_COURT"],
    ["enforcement_petition_filed", "IN_COURT"],
    ["court_ordered_compliance", "COURT_ORDERED"],
    ["complied_after_order", "COMPLIED_AFTER_ORDER"],
    ["quashed", "QUASHED"],
    ["withdrawn", "WITHDRAWN"],
  ];
  it.each(expected)("%s gives %s to the whole batch", (status, outcome) => {
    // A prior decline shows that the event really moves the standing (PENDING included).
    const input = batch(3, ["a"], event("2020-01-01", "declined"), event("2020-02-01", status));
    expect(deriveOutcome(input)).toEqual([{ outcome, subpoenas: 3 }]);
  });

  it("a batch with no events is pending", () => {
    expect(deriveOutcome(batch(2, ["a"]))).toEqual([{ outcome: "PENDING", subpoenas: 2 }]);
  });

  it("covers every outcome in these tests", () => {
    const covered = new Set([...expected.map(([, outcome]) => outcome), "MIXED"]);
    expect([...covered].sort()).toEqual([...OUTCOMES].sort());
  });
});

describe("events that do not change the standing", () => {
  it("issued and served never reset a later standing, even when they sort after it", () => {
    const input = batch(
      2,
      ["a"],
      event("2020-01-10", "complied"),
      event("2020", "issued"),
      event("2020-01", "served", { agency: "a" }),
    );
    expect(deriveOutcome(input)).toEqual([{ outcome: "COMPLIED", subpoenas: 2 }]);
  });

  it("appeal_declined keeps the court order", () => {
    const input = batch(
      2,
      ["a"],
      event("2020-01-10", "court_ordered_compliance", { courtCase: "c" }),
      event("2020-02", "appeal_declined", { courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([{ outcome: "COURT_ORDERED", subpoenas: 2 }]);
  });
});

describe("date order", () => {
  it("applies a month-only event after the days of that month", () => {
    // Listed first, but "2020-01" ends on 31 Jan, after the 13th.
    const input = batch(2, ["a"], event("2020-01", "declined"), event("2020-01-13", "complied"));
    expect(deriveOutcome(input)).toEqual([{ outcome: "DECLINED", subpoenas: 2 }]);
  });

  it("applies a year-only event after every day of the year", () => {
    const input = batch(2, ["a"], event("2020", "withdrawn"), event("2020-12-30", "declined"));
    expect(deriveOutcome(input)).toEqual([{ outcome: "WITHDRAWN", subpoenas: 2 }]);
  });

  it("keeps the input order on ties", () => {
    const first = batch(2, ["a"], event("2020-01-31", "complied"), event("2020-01", "declined"));
    const second = batch(2, ["a"], event("2020-01", "declined"), event("2020-01-31", "complied"));
    expect(deriveOutcome(first)).toEqual([{ outcome: "DECLINED", subpoenas: 2 }]);
    expect(deriveOutcome(second)).toEqual([{ outcome: "COMPLIED", subpoenas: 2 }]);
  });

  it("orderEventsForOutcome sorts by last possible day, stably", () => {
    const events = [
      { date: "2020", id: 1 },
      { date: "2020-04-20", id: 2 },
      { date: "2020-01", id: 3 },
      { date: "2020-01-13", id: 4 },
      { date: "2020-01-31", id: 5 },
    ];
    expect(orderEventsForOutcome(events).map((e) => e.id)).toEqual([4, 3, 5, 2, 1]);
  });
});

describe("subpoenasAffected splits", () => {
  it("splits the most recently changed portion that can hold n", () => {
    // 5 pending -> 3 declined + 2 pending -> 2 of the 3 declined comply (the most recent change) -> 2 complied.
    const input = batch(
      5,
      ["a"],
      event("2020-01-01", "declined", { affected: 3 }),
      event("2020-02-01", "complied", { affected: 2 }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 2 },
      { outcome: "COMPLIED", subpoenas: 2 },
      { outcome: "DECLINED", subpoenas: 1 },
    ]);
  });

  it("skips a more recent portion too small to hold n", () => {
    // 5 -> 1 declined (recent) + 4 pending; 3 complied cannot come from the 1, so they come from the 4.
    const input = batch(
      5,
      ["a"],
      event("2020-01-01", "declined", { affected: 1 }),
      event("2020-02-01", "complied", { affected: 3 }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 1 },
      { outcome: "COMPLIED", subpoenas: 3 },
      { outcome: "DECLINED", subpoenas: 1 },
    ]);
  });

  it("moves the whole portion when n equals it", () => {
    const input = batch(
      4,
      ["a"],
      event("2020-01-01", "declined", { affected: 3 }),
      event("2020-02-01", "complied", { affected: 3 }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 1 },
      { outcome: "COMPLIED", subpoenas: 3 },
    ]);
  });

  it("gathers from several portions when none holds n alone", () => {
    // 4 declined -> 2 of them sued over (case c) -> the order covers 3: the 2 in court and 1 of the declined.
    const input = batch(
      4,
      ["a"],
      event("2020-01-01", "declined"),
      event("2020-01-02", "recipient_sued", { affected: 2, courtCase: "c" }),
      event("2020-02-01", "court_ordered_compliance", { affected: 3, courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "DECLINED", subpoenas: 1 },
      { outcome: "COURT_ORDERED", subpoenas: 3 },
    ]);
  });

  it("a blanket event after splits moves every portion", () => {
    const input = batch(
      4,
      ["a"],
      event("2020-01-01", "declined", { affected: 1 }),
      event("2020-01-02", "enforcement_petition_filed", { affected: 2, courtCase: "c" }),
      event("2020-03-01", "withdrawn", { agency: "a" }),
    );
    expect(deriveOutcome(input)).toEqual([{ outcome: "WITHDRAWN", subpoenas: 4 }]);
  });
});

describe("court-case affinity", () => {
  it("takes n from the portion tied to the same court case, even when another changed more recently", () => {
    // 6 -> 2 in court (case c) + 4 pending -> 3 of the pending declined (the most recent change) -> the order in case
    // c concerns the 2 in court, not the 3 declined.
    const input = batch(
      6,
      ["a"],
      event("2020-01-01", "enforcement_petition_filed", { affected: 2, courtCase: "c" }),
      event("2020-01-02", "declined", { affected: 3 }),
      event("2020-03-01", "court_ordered_compliance", { affected: 2, courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 1 },
      { outcome: "DECLINED", subpoenas: 3 },
      { outcome: "COURT_ORDERED", subpoenas: 2 },
    ]);
  });

  it("when a case grows, gathers its own portion first, then the most recently changed", () => {
    // 6 declined -> 2 sued over (case c) -> 3 of the 4 declined comply -> the order covers 4 in case c: the 2 in
    // court, then 2 of the 3 complied (changed most recently).
    const input = batch(
      6,
      ["a"],
      event("2020-01-01", "declined"),
      event("2020-01-02", "recipient_sued", { affected: 2, courtCase: "c" }),
      event("2020-01-03", "complied", { affected: 3 }),
      event("2020-03-01", "court_ordered_compliance", { affected: 4, courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "COMPLIED", subpoenas: 1 },
      { outcome: "DECLINED", subpoenas: 1 },
      { outcome: "COURT_ORDERED", subpoenas: 4 },
    ]);
  });

  it("a step without a court case does not untie subpoenas from theirs", () => {
    // 8 -> 3 in court (case c) -> those 3 declined again (no case named) -> 4 of the 5 pending get no response (the
    // most recent change) -> the order in case c still finds the 3 declined, not the 4 without response.
    const input = batch(
      8,
      ["a"],
      event("2020-02-06", "enforcement_petition_filed", { affected: 3, courtCase: "c" }),
      event("2020-03-01", "declined", { affected: 3 }),
      event("2020-03-02", "no_response", { affected: 4 }),
      event("2020-04-20", "court_ordered_compliance", { affected: 3, courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 1 },
      { outcome: "NO_RESPONSE", subpoenas: 4 },
      { outcome: "COURT_ORDERED", subpoenas: 3 },
    ]);
  });
});

describe("unknown counts", () => {
  it("keeps an unknown count unknown", () => {
    expect(deriveOutcome(batch(null, ["a"], event("2020-02", "complied")))).toEqual([
      { outcome: "COMPLIED", subpoenas: null },
    ]);
  });

  it("splits an unknown count into a known part and an unknown remainder", () => {
    const input = batch(
      null,
      ["a"],
      event("2020-01", "declined"),
      event("2020-02-03", "enforcement_petition_filed", { affected: 2, courtCase: "c" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "DECLINED", subpoenas: null },
      { outcome: "IN_COURT", subpoenas: 2 },
    ]);
  });

  it("merges a known part into an unknown one of the same outcome as unknown", () => {
    const input = batch(null, ["a"], event("2020-01-01", "complied", { affected: 2 }), event("2020-02-01", "complied"));
    expect(deriveOutcome(input)).toEqual([{ outcome: "COMPLIED", subpoenas: null }]);
  });

  it("a multi-agency batch of unknown count standing differently is mixed, of unknown size", () => {
    const input = batch(null, ["a", "b"], event("2020-03-01", "declined", { agency: "a" }));
    expect(deriveOutcome(input)).toEqual([{ outcome: "MIXED", subpoenas: null }]);
  });
});

describe("multi-agency batches", () => {
  it("give the whole count when every agency stands the same", () => {
    const input = batch(
      5,
      ["a", "b", "c"],
      event("2020-03-01", "complied", { agency: "a" }),
      event("2020-03-02", "complied", { agency: "c" }),
      event("2020-03-03", "complied", { agency: "b" }),
    );
    expect(deriveOutcome(input)).toEqual([{ outcome: "COMPLIED", subpoenas: 5 }]);
  });

  it("an event without agency concerns every agency", () => {
    const input = batch(5, ["a", "b"], event("2020-03-01", "declined", { agency: "a" }), event("2020-04", "withdrawn"));
    expect(deriveOutcome(input)).toEqual([{ outcome: "WITHDRAWN", subpoenas: 5 }]);
  });

  it("an event with an agency concerns only that agency", () => {
    const input = batch(
      5,
      ["a", "b"],
      event("2020-03-01", "declined"),
      event("2020-04-01", "complied", { agency: "b" }),
    );
    expect(deriveOutcome(input)).toEqual([{ outcome: "MIXED", subpoenas: 5 }]);
  });

  it("keeps a known part apart and gives the rest the unknown shares' common standing", () => {
    // Agency a: 2 complied, its remaining share (perhaps none) still pending, like b's: 2 complied + 3 pending.
    const input = batch(5, ["a", "b"], event("2020-03-01", "complied", { agency: "a", affected: 2 }));
    expect(deriveOutcome(input)).toEqual([
      { outcome: "PENDING", subpoenas: 3 },
      { outcome: "COMPLIED", subpoenas: 2 },
    ]);
  });

  it("keeps a known part apart and makes the rest mixed when the unknown shares differ", () => {
    const input = batch(
      5,
      ["a", "b"],
      event("2020-03-01", "complied", { agency: "a", affected: 2 }),
      event("2020-03-02", "declined", { agency: "b" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "COMPLIED", subpoenas: 2 },
      { outcome: "MIXED", subpoenas: 3 },
    ]);
  });

  it("drops a remainder of zero: known parts that make up the whole count are the whole story", () => {
    const input = batch(5, ["a", "b"], event("2020-03-01", "declined", { agency: "a", affected: 5 }));
    expect(deriveOutcome(input)).toEqual([{ outcome: "DECLINED", subpoenas: 5 }]);
  });

  it("does not attribute a batch-wide partial event to any one agency", () => {
    // 2 of the 5 complied, agency unknown; then a declines. Had the 2 been put with a, a's decline would swallow them.
    const input = batch(
      5,
      ["a", "b"],
      event("2020-03-01", "complied", { affected: 2 }),
      event("2020-03-02", "declined", { agency: "a" }),
      event("2020-03-03", "declined", { agency: "b" }),
    );
    expect(deriveOutcome(input)).toEqual([
      { outcome: "COMPLIED", subpoenas: 2 },
      { outcome: "DECLINED", subpoenas: 3 },
    ]);
  });

  it("lists duplicate recipients once", () => {
    expect(findOutcomeInputProblems(batch(2, ["a", "a"]))).toEqual(['agency "a" is listed twice among the recipients']);
  });
});

describe("parts", () => {
  it("always add up to a known count, in canonical order, merged by outcome", () => {
    const input = batch(
      7,
      ["a"],
      event("2020-01-01", "declined", { affected: 2 }),
      event("2020-01-02", "complied", { affected: 2 }),
      event("2020-01-03", "declined", { affected: 1 }),
      event("2020-01-04", "quashed", { affected: 1, courtCase: "q" }),
    );
    const parts = deriveOutcome(input);
    expect(parts.reduce((sum, part) => sum + (part.subpoenas ?? 0), 0)).toBe(7);
    const order = parts.map((part) => OUTCOMES.indexOf(part.outcome));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(parts.map((part) => part.outcome)).size).toBe(parts.length);
  });
});

describe("input problems", () => {
  it("reports an event naming an agency that was not served", () => {
    const input = batch(2, ["a"], event("2020-01-01", "declined", { agency: "b" }));
    expect(findOutcomeInputProblems(input)).toEqual([
      'event 1 (2020-01-01 declined) names agency "b", which is not among the batch\'s recipients',
    ]);
  });

  it("reports unreadable dates and impossible counts", () => {
    const input = batch(3, ["a"], event("2020-13", "declined"), event("2020-02-01", "complied", { affected: 4 }));
    expect(findOutcomeInputProblems(input)).toEqual([
      'event 1 (2020-13 declined): month 13 is not between 01 and 12 in "2020-13"',
      "event 2 (2020-02-01 complied) affects 4 subpoenas, more than the batch's 3",
    ]);
    expect(findOutcomeInputProblems(batch(0, ["a"]))).toEqual([
      "the subpoena count must be a whole number of at least 1, got 0",
    ]);
    expect(findOutcomeInputProblems(batch(2, ["a"], event("2020", "complied", { affected: 1.5 })))).toEqual([
      "event 1 (2020 complied): subpoenas affected must be a whole number of at least 1, got 1.5",
    ]);
  });

  it("reports known parts that outgrow the batch", () => {
    const input = batch(
      5,
      ["a", "b"],
      event("2020-03-01", "complied", { agency: "a", affected: 3 }),
      event("2020-03-02", "declined", { agency: "b", affected: 3 }),
    );
    expect(findOutcomeInputProblems(input)).toEqual(["the events account for 6 subpoenas, more than the batch's 5"]);
  });

  it("deriveOutcome throws OutcomeInputError with every problem rather than show a wrong figure", () => {
    const input = batch(2, ["a"], event("20-1", "declined"), event("2020", "complied", { agency: "z" }));
    let caught: unknown;
    try {
      deriveOutcome(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OutcomeInputError);
    expect((caught as OutcomeInputError).problems).toHaveLength(2);
  });
});
