import type {
  CountPrecision,
  DatePrecision,
  EventStatus,
  IssuingComponent,
  OffenseCategory,
  Outcome,
} from "@subpoena-tracker/domain";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  CountPrecisionEnum,
  DatePrecisionEnum,
  EventStatusEnum,
  IssuingComponentEnum,
  OffenseCategoryEnum,
  OutcomeEnum,
} from "../../schema/enums";
import { PartialDateScalar } from "../../schema/scalars";
import { Agency } from "../agencies/agency.types";
import type { CourtCase } from "../court-cases/court-case.types";

@ObjectType({
  description:
    "One part of a batch's outcome breakdown: how many of its subpoenas stand at one outcome. A batch's parts add up to its subpoenaCount when that is known.",
})
export class OutcomePart {
  @Field(() => OutcomeEnum, { description: "The derived outcome of this part." })
  outcome: Outcome;

  @Field(() => Int, {
    nullable: true,
    description: "How many of the batch's subpoenas stand at this outcome; null when the batch's count is not known.",
  })
  subpoenas: number | null;
}

@ObjectType({
  description:
    "Subpoenas that ICE served together: one issue date, one or more recipient agencies. The unit every count is made of.",
})
export class Batch {
  @Field(() => ID, { description: "Stable identifier, e.g. `2020-01-13-denver`." })
  id: string;

  @Field(() => PartialDateScalar, {
    description:
      "Issue date, as precisely as the sources give it (YYYY, YYYY-MM or YYYY-MM-DD). This is the date counts are bucketed by.",
  })
  issuedOn: string;

  @Field(() => DatePrecisionEnum, { description: "Precision of issuedOn." })
  issuedPrecision: DatePrecision;

  @Field(() => [Agency], { description: "The agencies served, in the order the sources list them." })
  agencies: Agency[];

  @Field(() => IssuingComponentEnum, {
    nullable: true,
    description: "The part of ICE that issued them; null if not reported.",
  })
  issuingComponent: IssuingComponent | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Number of subpoenas. Null when the sources give no number (countPrecision UNKNOWN): never read null as zero.",
  })
  subpoenaCount: number | null;

  @Field(() => CountPrecisionEnum, { description: "How exactly the sources give subpoenaCount." })
  countPrecision: CountPrecision;

  @Field(() => [OffenseCategoryEnum], {
    description: "Offense categories of the people concerned, as reported; empty when not reported.",
  })
  offenseCategories: OffenseCategory[];

  @Field(() => String, {
    nullable: true,
    description: "What the sources say about the people concerned, without naming anyone.",
  })
  subjectsSummary: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "How many of the people concerned were in custody when served; null if not reported.",
  })
  subjectsInCustody: number | null;

  @Field(() => Int, { nullable: true, description: "How many had been released; null if not reported." })
  subjectsReleased: number | null;

  @Field(() => String, { nullable: true, description: "Editorial notes: caveats, conflicting reports." })
  notes: string | null;

  @Field(() => [OutcomePart], {
    description:
      "Where the batch's subpoenas stand, derived from its events (docs/outcomes.md), in canonical Outcome order. The parts add up to subpoenaCount when it is known.",
  })
  outcomes: OutcomePart[];

  /** Resolved through the jurisdiction field (primed into the loader by the query that read the batch). */
  jurisdictionSlug: string;
}

@ObjectType({
  description:
    "One dated step in a batch's history: issued, declined, petition filed, ordered, complied... It may concern one agency of a multi-agency batch, or only some of its subpoenas.",
})
export class Event {
  @Field(() => ID, { description: "Identifier of the event within this database (not stable across imports)." })
  id: string;

  @Field(() => PartialDateScalar, { description: "When it happened, as precisely as the sources give it." })
  date: string;

  @Field(() => DatePrecisionEnum, { description: "Precision of date." })
  datePrecision: DatePrecision;

  @Field(() => EventStatusEnum, { description: "What happened." })
  status: EventStatus;

  @Field(() => Agency, {
    nullable: true,
    description: "The agency it concerns; null when it concerns every agency of the batch.",
  })
  agency: Agency | null;

  @Field(() => Int, {
    nullable: true,
    description: "How many of the batch's subpoenas it concerns; null for all of them (or the sources do not say).",
  })
  subpoenasAffected: number | null;

  @Field(() => String, { nullable: true, description: "Editorial note about the step." })
  note: string | null;

  /** Read with the event in the same statement; exposed through the courtCase field. */
  courtCaseRecord: CourtCase | null;

  /** Resolved through the batch field. */
  batchId: string;
}

@ObjectType({ description: "Where a page of a connection lies in the whole list (Relay cursor connections)." })
export class PageInfo {
  @Field({ description: "Whether more items follow this page: ask again with `after: endCursor`." })
  hasNextPage: boolean;

  @Field({ description: "Whether items come before this page: ask again with `before: startCursor` and `last`." })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first item of the page; null when the page is empty.",
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item of the page; null when the page is empty.",
  })
  endCursor: string | null;
}

@ObjectType({ description: "A batch and its position in the list." })
export class BatchEdge {
  @Field({ description: "Opaque cursor of this batch, for `after` or `before`. Valid only with the same orderBy." })
  cursor: string;

  @Field(() => Batch, { description: "The batch." })
  node: Batch;
}

@ObjectType({ description: "A page of batches matching a filter, in the requested order." })
export class BatchConnection {
  @Field(() => [BatchEdge], { description: "The batches of this page, each with its cursor." })
  edges: BatchEdge[];

  @Field(() => [Batch], { description: "The batches of this page, without cursors (same order as edges)." })
  nodes: Batch[];

  @Field(() => PageInfo, { description: "Cursors and whether there is more in either direction." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "How many batches match the filter in all, across every page." })
  totalCount: number;
}

export enum BatchOrder {
  ISSUED_ON_ASC = "ISSUED_ON_ASC",
  ISSUED_ON_DESC = "ISSUED_ON_DESC",
  SUBPOENA_COUNT_ASC = "SUBPOENA_COUNT_ASC",
  SUBPOENA_COUNT_DESC = "SUBPOENA_COUNT_DESC",
  JURISDICTION_ASC = "JURISDICTION_ASC",
  JURISDICTION_DESC = "JURISDICTION_DESC",
}

registerEnumType(BatchOrder, {
  name: "BatchOrder",
  description:
    "Orders for listing batches. Every order ends with the batch id, so it is total and stable across pages.",
  valuesConfig: {
    ISSUED_ON_ASC: {
      description:
        'Oldest first, by the first day of the issue date\'s period; among dates starting the same day, coarser first ("2020" before "2020-01" before "2020-01-01"); then by id.',
    },
    ISSUED_ON_DESC: { description: "Newest first: exactly the reverse of ISSUED_ON_ASC." },
    SUBPOENA_COUNT_ASC: {
      description: "Smallest subpoenaCount first, then by issue date and id. Batches of unknown count come last.",
    },
    SUBPOENA_COUNT_DESC: {
      description:
        "Largest subpoenaCount first, then newest first and by id descending. Batches of unknown count come last here too.",
    },
    JURISDICTION_ASC: { description: "By the batch's jurisdiction slug (A-Z), then oldest first, then by id." },
    JURISDICTION_DESC: { description: "Exactly the reverse of JURISDICTION_ASC." },
  },
});
