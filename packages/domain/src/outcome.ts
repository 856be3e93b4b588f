// THE OUTCOME RULE. A batch's standing is never typed in: it is derived from the batch's dated events, so that every
// figure the site shows can be traced to sourced steps. docs/outcomes.md tells the same rule in plain words, with the
// seed batches worked through; keep the two in step.
//
// 1. Every batch starts PENDING.
// 2. Events are applied in date order. A partial date orders by its LAST possible day ("2020-01" comes after
//    "2020-01-13"; "2020" after "2020-04-20"), because a source that says "in January" cannot place the step earlier
//    than anything else that month. Ties keep the input order. "issued" and "served" only open the history: they never
//    reset a standing; "appeal_declined" only confirms an order and changes nothing.
// 3. The state is kept per recipient agency, as portions: { subpoenas, outcome, courtCase, lastChangedStep }. A
//    single-agency batch's agency holds the whole count. In a multi-agency batch each agency holds an unknown share
//    (null), because the sources do not give the split and the data does not invent one.
// 4. An event without agencySlug concerns every agency; with one, only that agency.
// 5. An event without subpoenasAffected moves all the portions it concerns to its outcome. An event with
//    subpoenasAffected n takes n subpoenas from the portion that most likely concerns them: first a portion tied to
//    the event's court case, else the most recently changed portion holding at least n. That portion splits into n
//    (the new outcome, tied to the event's court case) and the rest (unchanged). When no known count can hold n, the
//    portion of unknown size gives a known part of n and keeps an unknown remainder; when an event naming no agency
//    does this in a multi-agency batch, the part belongs to no agency in particular. When every count is known and
//    none holds n alone, n is gathered from several portions in the same order of likelihood. A step that names no
//    court case leaves the subpoenas it moves tied to the case they were tied to.
// 6. At the end, if every portion has the same outcome, the batch's whole count has it. Otherwise the parts of known
//    size keep their outcomes, and what is left (the portions of unknown size) has their outcome if they agree, or
//    MIXED if they do not: agencies standing differently with an unknown split make MIXED. Parts add up to the
//    batch's count when it is known; when it is not, a part of unknown size says null, never a guess.

import { EVENT_STATUSES, OUTCOMES, isOneOf, type EventStatus, type Outcome } from "./enums";
import { parsePartialDate, partialDateEnd, tryParsePartialDate } from "./partial-date";

export interface OutcomeEventInput {
  // A partial date: YYYY, YYYY-MM or YYYY-MM-DD.
  date: string;
  status: EventStatus;
  // null: the event concerns every recipient agency of the batch.
  agencySlug: string | null;
  // null: the event concerns all of the subpoenas it applies to (or the sources do not say how many).
  subpoenasAffected: number | null;
  courtCaseSlug: string | null;
}

export interface OutcomeBatchInput {
  // null when the sources do not give a number.
  subpoenaCount: number | null;
  recipientAgencySlugs: string[];
  events: OutcomeEventInput[];
}

export interface OutcomePart {
  outcome: Outcome;
  // null when the size of this part is unknown (only when the batch's count is unknown).
  subpoenas: number | null;
}

// The standing an event puts the subpoenas it concerns in; null changes nothing.
export const STATUS_OUTCOME: Record<EventStatus, Outcome | null> = {
  issued: "PENDING",
  served: "PENDING",
  under_review: "PENDING",
  complied: "COMPLIED",
  partially_complied: "PARTIALLY_COMPLIED",
  declined: "DECLINED",
  no_response: "NO_RESPONSE",
  recipient_sued: "IN_COURT",
  enforcement_petition_filed: "IN_COURT",
  court_ordered_compliance: "COURT_ORDERED",
  complied_after_order: "COMPLIED_AFTER_ORDER",
  quashed: "QUASHED",
  withdrawn: "WITHDRAWN",
  // Declining to appeal confirms the order already in force; it is not a new standing.
  appeal_declined: null,
};

// Statuses that open a batch's history. Every batch is PENDING from the start, so they are never applied: a
// year-only "issued" that sorts after a dated response must not undo it.
export const OPENING_STATUSES: readonly EventStatus[] = ["issued", "served"];

// Thrown by deriveOutcome when the input contradicts itself; `problems` lists every reason found.
export class OutcomeInputError extends Error {
  override readonly name = "OutcomeInputError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`cannot derive the outcome: ${problems.join("; ")}`);
    this.problems = problems;
  }
}

// Events in the order the rule applies them: by the last possible day of their date, ties in input order. Exported
// so that a history shown to readers can follow the same order. Throws PartialDateError on an unreadable date.
export function orderEventsForOutcome<T extends { date: string }>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index, end: partialDateEnd(parsePartialDate(event.date)) }))
    .sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.index - b.index))
    .map(({ event }) => event);
}

// Some subpoenas of the batch that stand the same way.
interface Portion {
  // The agency holding them; null for a part known to exist but not attributable to one agency (an event without
  // agencySlug that affects n subpoenas of a multi-agency batch).
  holder: string | null;
  // null: an unknown number, possibly zero.
  subpoenas: number | null;
  outcome: Outcome;
  courtCase: string | null;
  // The position of the last event that changed it (0: none yet); the higher, the more recent.
  lastChangedStep: number;
}

function describeEvent(event: OutcomeEventInput, position: number): string {
  return `event ${position} (${event.date} ${String(event.status)})`;
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

// Problems visible without applying the events: bad dates, counts, statuses, agencies.
function findStaticProblems(batch: OutcomeBatchInput): string[] {
  const problems: string[] = [];
  const { subpoenaCount } = batch;
  if (subpoenaCount !== null && !isCount(subpoenaCount)) {
    problems.push(`the subpoena count must be a whole number of at least 1, got ${subpoenaCount}`);
  }
  const recipients = new Set<string>();
  for (const slug of batch.recipientAgencySlugs) {
    if (recipients.has(slug)) problems.push(`agency "${slug}" is listed twice among the recipients`);
    recipients.add(slug);
  }
  batch.events.forEach((event, index) => {
    const name = describeEvent(event, index + 1);
    const date = tryParsePartialDate(event.date);
    if (!date.ok) problems.push(`${name}: ${date.error}`);
    const status: unknown = event.status;
    if (!isOneOf(EVENT_STATUSES, status)) problems.push(`${name}: "${String(status)}" is not an event status`);
    if (event.agencySlug !== null && !recipients.has(event.agencySlug)) {
      problems.push(`${name} names agency "${event.agencySlug}", which is not among the batch's recipients`);
    }
    const affected = event.subpoenasAffected;
    if (affected !== null) {
      if (!isCount(affected)) {
        problems.push(`${name}: subpoenas affected must be a whole number of at least 1, got ${affected}`);
      } else if (subpoenaCount !== null && affected > subpoenaCount) {
        problems.push(`${name} affects ${affected} subpoenas, more than the batch's ${subpoenaCount}`);
      }
    }
  });
  return problems;
}

function mostRecentlyChanged(portions: Portion[]): Portion | undefined {
  // Ties go to the earlier portion, so the choice never depends on anything but the input.
  return portions.reduce<Portion | undefined>(
    (best, portion) => (best === undefined || portion.lastChangedStep > best.lastChangedStep ? portion : best),
    undefined,
  );
}

// Applies the events (rules 1 to 5) and returns the portions they leave. Problems that only show while applying
// (an agency asked for more subpoenas than it holds, known parts that outgrow the batch) are added to `problems`.
function applyEvents(batch: OutcomeBatchInput, problems: string[]): Portion[] {
  const recipients = [...new Set(batch.recipientAgencySlugs)];
  const multiAgency = recipients.length > 1;
  const portions: Portion[] = multiAgency
    ? recipients.map((slug) => ({
        holder: slug,
        subpoenas: null,
        outcome: "PENDING",
        courtCase: null,
        lastChangedStep: 0,
      }))
    : [
        {
          holder: recipients[0] ?? null,
          subpoenas: batch.subpoenaCount,
          outcome: "PENDING",
          courtCase: null,
          lastChangedStep: 0,
        },
      ];

  const ordered = orderEventsForOutcome(batch.events.map((event, index) => ({ ...event, position: index + 1 })));
  ordered.forEach((event, index) => {
    const step = index + 1;
    const outcome = STATUS_OUTCOME[event.status];
    if (outcome === null || OPENING_STATUSES.includes(event.status)) return;

    const courtCase = event.courtCaseSlug;
    const pool =
      event.agencySlug === null ? [...portions] : portions.filter((portion) => portion.holder === event.agencySlug);

    const moveWhole = (portion: Portion): void => {
      portion.outcome = outcome;
      portion.courtCase = courtCase ?? portion.courtCase;
      portion.lastChangedStep = step;
    };
    // Moves `count` subpoenas of `portion` to the event's outcome, leaving the rest as it was.
    const moveSome = (portion: Portion, count: number): void => {
      if (portion.subpoenas === count) {
        moveWhole(portion);
        return;
      }
      // Taken from an unknown share by an event naming no agency, in a batch with several: whose share it was is
      // not known, so the part is not attributed to any agency.
      const holder = portion.subpoenas === null && event.agencySlug === null && multiAgency ? null : portion.holder;
      if (portion.subpoenas !== null) portion.subpoenas -= count;
      portions.push({
        holder,
        subpoenas: count,
        outcome,
        courtCase: courtCase ?? portion.courtCase,
        lastChangedStep: step,
      });
    };

    const affected = event.subpoenasAffected;
    if (affected === null) {
      pool.forEach(moveWhole);
      return;
    }

    const holdsAll = (portion: Portion): boolean => portion.subpoenas !== null && portion.subpoenas >= affected;
    const sizeUnknown = (portion: Portion): boolean => portion.subpoenas === null;
    const sameCase = courtCase === null ? [] : pool.filter((portion) => portion.courtCase === courtCase);
    const source =
      mostRecentlyChanged(sameCase.filter(holdsAll)) ??
      mostRecentlyChanged(sameCase.filter(sizeUnknown)) ??
      mostRecentlyChanged(pool.filter(holdsAll)) ??
      mostRecentlyChanged(pool.filter(sizeUnknown));
    if (source !== undefined) {
      moveSome(source, affected);
      return;
    }

    // Every count is known and none holds n alone (a court case grew, say): gather from several, in the same order
    // of likelihood: the same court case first, then the most recently changed.
    const byLikelihood = [...pool].sort(
      (a, b) =>
        Number(b.courtCase !== null && b.courtCase === courtCase) -
          Number(a.courtCase !== null && a.courtCase === courtCase) || b.lastChangedStep - a.lastChangedStep,
    );
    let left = affected;
    for (const portion of byLikelihood) {
      const take = Math.min(left, portion.subpoenas ?? 0);
      if (take > 0) moveSome(portion, take);
      left -= take;
    }
    if (left > 0) {
      const holder = event.agencySlug === null ? "the batch" : `agency "${event.agencySlug}"`;
      problems.push(
        `${describeEvent(event, event.position)} affects ${affected} subpoenas, but ${holder} holds only ${affected - left}`,
      );
    }
  });

  const knownTotal = portions.reduce((sum, portion) => sum + (portion.subpoenas ?? 0), 0);
  if (batch.subpoenaCount !== null && knownTotal > batch.subpoenaCount) {
    problems.push(`the events account for ${knownTotal} subpoenas, more than the batch's ${batch.subpoenaCount}`);
  }
  return portions;
}

// Merges parts by outcome (a part of unknown size makes the merged size unknown) and sorts them canonically.
function mergeParts(parts: OutcomePart[]): OutcomePart[] {
  const merged = new Map<Outcome, number | null>();
  for (const part of parts) {
    if (!merged.has(part.outcome)) {
      merged.set(part.outcome, part.subpoenas);
      continue;
    }
    const previous = merged.get(part.outcome) ?? null;
    merged.set(part.outcome, previous === null || part.subpoenas === null ? null : previous + part.subpoenas);
  }
  return OUTCOMES.filter((outcome) => merged.has(outcome)).map((outcome) => ({
    outcome,
    subpoenas: merged.get(outcome) ?? null,
  }));
}

// Rule 6: from portions to the batch's breakdown.
function summarize(portions: Portion[], subpoenaCount: number | null): OutcomePart[] {
  const outcomes = new Set(portions.map((portion) => portion.outcome));
  if (outcomes.size === 1) return [{ outcome: portions[0].outcome, subpoenas: subpoenaCount }];

  const parts: OutcomePart[] = [];
  const unknownSizeOutcomes = new Set<Outcome>();
  let knownTotal = 0;
  for (const portion of portions) {
    if (portion.subpoenas === null) {
      unknownSizeOutcomes.add(portion.outcome);
    } else {
      parts.push({ outcome: portion.outcome, subpoenas: portion.subpoenas });
      knownTotal += portion.subpoenas;
    }
  }
  if (unknownSizeOutcomes.size > 0) {
    const [only] = unknownSizeOutcomes;
    const rest: Outcome = unknownSizeOutcomes.size === 1 ? only : "MIXED";
    if (subpoenaCount === null) {
      parts.push({ outcome: rest, subpoenas: null });
    } else if (subpoenaCount > knownTotal) {
      // The unknown shares hold whatever the known parts leave; a remainder of zero means they held nothing.
      parts.push({ outcome: rest, subpoenas: subpoenaCount - knownTotal });
    }
  }
  return mergeParts(parts);
}

// Every reason the batch's outcome cannot be derived, worded for the person fixing the data; empty when it can.
// Importers and editing forms call this to report all problems at once.
export function findOutcomeInputProblems(batch: OutcomeBatchInput): string[] {
  const problems = findStaticProblems(batch);
  // Applying events with unreadable dates or counts would only add noise to the list.
  if (problems.length > 0) return problems;
  applyEvents(batch, problems);
  return problems;
}

// The batch's standing: parts merged by outcome, in canonical OUTCOMES order, adding up to subpoenaCount when it is
// known. Throws OutcomeInputError when the input contradicts itself (see findOutcomeInputProblems): a wrong figure
// would be worse than none.
export function deriveOutcome(batch: OutcomeBatchInput): OutcomePart[] {
  const problems = findStaticProblems(batch);
  if (problems.length > 0) throw new OutcomeInputError(problems);
  const portions = applyEvents(batch, problems);
  if (problems.length > 0) throw new OutcomeInputError(problems);
  return summarize(portions, batch.subpoenaCount);
}
