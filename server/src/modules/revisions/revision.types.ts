import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ResourceName } from "../../write/resources";
import { ChangesetKindEnum, FieldDiff } from "../changesets/changeset.types";
import { RecordTypeEnum } from "../changesets/record-type";
import type { RevisionAction } from "./revision.entity";

export const RevisionActionEnum = { CREATE: "create", UPDATE: "update", WITHDRAW: "withdraw" } as const;
registerEnumType(RevisionActionEnum, {
  name: "RevisionAction",
  description: "What a published change did to a record.",
  valuesConfig: {
    CREATE: { description: "The record was added." },
    UPDATE: { description: "Some of its fields changed: a correction or an update, with its reason." },
    WITHDRAW: { description: "It was withdrawn from the dataset, with the reason; it keeps its history." },
  },
});

@ObjectType({ description: "One published change to a record: when, in which dataset version, what and why." })
export class Revision {
  @Field(() => RecordTypeEnum, { description: "The kind of record (a batch's history includes its events)." })
  recordType: ResourceName;

  @Field(() => ID, { description: "The record's stable id (an event's number)." })
  recordId: string;

  @Field(() => Int, { description: "The record's own version after this change." })
  recordVersion: number;

  @Field(() => Int, { description: "The dataset version that published it: cite it, or download that version." })
  datasetVersion: number;

  @Field({ description: "When it was published." })
  publishedAt: Date;

  @Field(() => RevisionActionEnum, { description: "Added, changed or withdrawn." })
  action: RevisionAction;

  @Field(() => String, { nullable: true, description: "Why (corrections and withdrawals always say)." })
  reason: string | null;

  @Field({ description: "The public note of the changeset it was published in." })
  note: string;

  @Field(() => [FieldDiff], {
    description: "The fields it changed, before and after (for an addition: every set field).",
  })
  changes: FieldDiff[];
}

@ObjectType({ description: "A record a published changeset touched." })
export class ChangedRecord {
  @Field(() => RecordTypeEnum, { description: "The kind of record." })
  recordType: ResourceName;

  @Field(() => ID, { description: "The record's stable id (an event's number)." })
  recordId: string;

  @Field(() => RevisionActionEnum, { description: "Added, changed or withdrawn." })
  action: RevisionAction;

  @Field(() => String, { nullable: true, description: "Why, for corrections and withdrawals." })
  reason: string | null;
}

@ObjectType({
  description: "A published changeset: one version of the dataset, with its note and the records it touched.",
})
export class DatasetChange {
  @Field(() => Int, { description: "The dataset version it produced." })
  version: number;

  @Field({ description: "When it was published." })
  publishedAt: Date;

  @Field({ description: "What changed, in a sentence." })
  note: string;

  @Field(() => ChangesetKindEnum, { description: "A data package import or staff edits." })
  kind: string;

  @Field(() => [ChangedRecord], { description: "The records it touched (the first 100; see recordCount)." })
  records: ChangedRecord[];

  @Field(() => Int, { description: "How many records it touched in all." })
  recordCount: number;

  @Field({ description: "Where to download the dataset exactly as this version published it." })
  downloadPath: string;
}

@ObjectType({ description: "Published changes, newest first." })
export class DatasetChangeConnection {
  @Field(() => [DatasetChange], { description: "This page of changes." })
  nodes: DatasetChange[];

  @Field(() => Int, { description: "How many changesets have been published in all." })
  totalCount: number;
}
