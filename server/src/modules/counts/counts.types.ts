import type { AgencyKind, IssuingComponent, OffenseCategory, Outcome } from "@subpoena-tracker/domain";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { AgencyKindEnum, IssuingComponentEnum, OffenseCategoryEnum, OutcomeEnum } from "../../schema/enums";
import { Jurisdiction } from "../jurisdictions/jurisdiction.types";

export enum CountDimension {
  PERIOD = "PERIOD",
  JURISDICTION = "JURISDICTION",
  STATE = "STATE",
  OUTCOME = "OUTCOME",
  AGENCY_KIND = "AGENCY_KIND",
  ISSUING_COMPONENT = "ISSUING_COMPONENT",
  OFFENSE_CATEGORY = "OFFENSE_CATEGORY",
}

registerEnumType(CountDimension, {
  name: "CountDimension",
  description:
    "What to group counts by. Several dimensions give one bucket per combination that occurs (e.g. PERIOD and STATE: one bucket per state and month).",
  valuesConfig: {
    PERIOD: {
      description:
        'The period of the batch\'s issue date at the chosen interval: "2020-02" (MONTH), "2020-Q1" (QUARTER) or "2020" (YEAR). A date coarser than the interval keeps its own precision and is never spread over or guessed into finer periods: grouped by MONTH, a batch dated only "2020" lands in period "2020" and one dated "2020-02" in "2020-02"; grouped by QUARTER, a month-only date lands in its quarter and a year-only date in "2020".',
    },
    JURISDICTION: {
      description:
        "The jurisdiction the batch was served in, exactly as recorded (no roll-up: a batch served on a state agency counts under the state, one served on a county sheriff under the county). Use STATE to roll up.",
    },
    STATE: {
      description: "The two-letter state of the batch's jurisdiction: rolls counties and cities up to their state.",
    },
    OUTCOME: {
      description:
        "The derived outcome of the subpoenas. Uses each batch's outcome breakdown, so a batch split between outcomes is split between buckets and the outcome buckets always add up to the total.",
    },
    AGENCY_KIND: {
      description:
        "The kind of agency served. A batch served on agencies of several kinds counts once under each kind (the sources do not say how its subpoenas split between agencies), so these buckets can add up to more than the total.",
    },
    ISSUING_COMPONENT: {
      description:
        "The ICE component that issued the batch; batches whose component was not reported form a bucket with issuingComponent null.",
    },
    OFFENSE_CATEGORY: {
      description:
        "Offense category. A batch counts once under each category it lists, so these buckets can add up to more than the total; batches listing none form a bucket with offenseCategory null.",
    },
  },
});

export enum Interval {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
  YEAR = "YEAR",
}

registerEnumType(Interval, {
  name: "Interval",
  description: "Size of the periods when grouping by PERIOD.",
  valuesConfig: {
    MONTH: { description: 'Calendar months, e.g. "2020-02". Batches dated only by year fall in a bucket "2020".' },
    QUARTER: { description: 'Calendar quarters, e.g. "2020-Q1". Batches dated only by year fall in a bucket "2020".' },
    YEAR: { description: 'Calendar years, e.g. "2020". Every batch has at least a year.' },
  },
});

@ObjectType({
  description:
    "One group of counts. Holds the keys it was grouped by (the others are null) and what was counted. `subpoenas` adds up the known counts only: check `unknownCountBatches` before reading it as complete.",
})
export class CountBucket {
  @Field(() => String, {
    nullable: true,
    description:
      'Period label when grouped by PERIOD: "2020-02", "2020-Q1" or "2020". A label coarser than the interval (a "2020" among months) holds the batches whose date is only that precise: their month is not reported. Null when not grouped by PERIOD.',
  })
  period: string | null;

  @Field(() => String, {
    nullable: true,
    description: "First day of the period (YYYY-MM-DD), handy for plotting; null when not grouped by PERIOD.",
  })
  periodStart: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Last day of the period (YYYY-MM-DD); null when not grouped by PERIOD.",
  })
  periodEnd: string | null;

  @Field(() => Jurisdiction, {
    nullable: true,
    description: "The jurisdiction when grouped by JURISDICTION; null otherwise.",
  })
  jurisdiction: Jurisdiction | null;

  @Field(() => String, { nullable: true, description: "Two-letter state code when grouped by STATE; null otherwise." })
  state: string | null;

  @Field(() => OutcomeEnum, { nullable: true, description: "The outcome when grouped by OUTCOME; null otherwise." })
  outcome: Outcome | null;

  @Field(() => AgencyKindEnum, {
    nullable: true,
    description: "The agency kind when grouped by AGENCY_KIND; null otherwise.",
  })
  agencyKind: AgencyKind | null;

  @Field(() => IssuingComponentEnum, {
    nullable: true,
    description:
      "The issuing component when grouped by ISSUING_COMPONENT; null otherwise, or when the component was not reported.",
  })
  issuingComponent: IssuingComponent | null;

  @Field(() => OffenseCategoryEnum, {
    nullable: true,
    description:
      "The offense category when grouped by OFFENSE_CATEGORY; null otherwise, or for batches listing no category.",
  })
  offenseCategory: OffenseCategory | null;

  @Field(() => Int, {
    description:
      "Subpoenas in this bucket, adding up the known counts (exact, approximate and at-least counts as given). Batches of unknown count add nothing here and are counted in unknownCountBatches instead: never read this as complete when unknownCountBatches > 0.",
  })
  subpoenas: number;

  @Field(() => Int, { description: "Batches in this bucket, whether or not their count is known." })
  batches: number;

  @Field(() => Int, {
    description:
      'Batches in this bucket whose number of subpoenas is not known ("several"). They are not counted as zero: the true number of subpoenas is subpoenas plus an unknown amount.',
  })
  unknownCountBatches: number;

  @Field(() => Int, {
    description:
      "Batches in this bucket whose count is approximate or a lower bound; their figures are included in subpoenas as given.",
  })
  inexactCountBatches: number;

  @Field(() => Boolean, {
    description:
      "True for a bucket that sums, in its period, every series beyond the `top` asked for (its other keys are null); false otherwise.",
  })
  other: boolean;
}

@ObjectType({ description: "Counts of subpoenas and batches, grouped as asked, with the grand total." })
export class SubpoenaCounts {
  @Field(() => [CountBucket], {
    description:
      "One bucket per combination of the groupBy keys that occurs (plus zero buckets when fillEmptyPeriods is on), sorted by the keys in groupBy order: periods chronologically (a coarse period before its finer ones), outcomes and other enums in their schema order, jurisdictions by slug, null keys last. With an empty groupBy, a single bucket equal to the total.",
  })
  buckets: CountBucket[];

  @Field(() => CountBucket, {
    description:
      "Everything that matches the filter, each batch counted once (unlike AGENCY_KIND or OFFENSE_CATEGORY buckets, which may count a batch under several keys). Its keys are null.",
  })
  total: CountBucket;

  @Field(() => Int, {
    description:
      "How many series the `top` argument summed into the buckets marked `other`; 0 when every series is shown.",
  })
  otherSeries: number;
}
