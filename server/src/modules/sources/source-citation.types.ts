import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { CitingKind } from "./source-citations.service";

export enum CitingKindEnum {
  BATCH = "batch",
  EVENT = "event",
  COURT_CASE = "court_case",
  POLICY = "policy",
}

registerEnumType(CitingKindEnum, {
  name: "CitingKind",
  description: "What kind of record cites a source.",
  valuesConfig: {
    BATCH: { description: "A batch's facts: its date, count, recipients, people concerned." },
    EVENT: { description: "One step of a batch's history." },
    COURT_CASE: { description: "A court case's facts." },
    POLICY: { description: "A sanctuary law or policy." },
  },
});

@ObjectType({
  description:
    "A record that cites a source. Exactly one of batch, event, courtCase and policy is set, as `kind` says; an event's batch is set too.",
})
export class SourceCitation {
  @Field(() => CitingKindEnum, { description: "What cites the source." })
  kind: CitingKind;

  /** Resolved through the batch, event, courtCase and policy fields. */
  batchId: string | null;
  eventId: string | null;
  courtCaseSlug: string | null;
  policySlug: string | null;
}
