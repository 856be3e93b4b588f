import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ResourceName } from "../../write/resources";
import { Account } from "../accounts/account.types";
import type { ChangeAction } from "./changeset-change.entity";
import type { ChangesetKind, ChangesetStatus } from "./changeset.entity";
import { RecordTypeEnum } from "./record-type";

export const ChangesetStatusEnum = { DRAFT: "draft", PUBLISHED: "published", DISCARDED: "discarded" } as const;
registerEnumType(ChangesetStatusEnum, {
  name: "ChangesetStatus",
  description: "Where a changeset stands.",
  valuesConfig: {
    DRAFT: { description: "Being written or reviewed; visible to staff only, never in public answers." },
    PUBLISHED: { description: "Applied to the dataset, with a dataset version and a public note." },
    DISCARDED: { description: "Abandoned without being published." },
  },
});

export const ChangesetKindEnum = { IMPORT: "import", EDIT: "edit" } as const;
registerEnumType(ChangesetKindEnum, {
  name: "ChangesetKind",
  description: "How a changeset came about.",
  valuesConfig: {
    IMPORT: { description: "A data package loaded with `pnpm data:import`, published at once." },
    EDIT: { description: "Edits drafted by staff, reviewed and published by an editor." },
  },
});

export const ChangeActionEnum = { UPSERT: "upsert", WITHDRAW: "withdraw" } as const;
registerEnumType(ChangeActionEnum, {
  name: "ChangeAction",
  description: "What a change does to its record.",
  valuesConfig: {
    UPSERT: { description: "Adds the record, or sets its fields (a correction when it is published already)." },
    WITHDRAW: { description: "Withdraws the record from the dataset, with a published reason; its history stays." },
  },
});

@ObjectType({ description: "A field's value in the interchange format's spelling." })
export class FieldValue {
  @Field({ description: "The field, as the GraphQL inputs name it (e.g. subpoenaCount)." })
  field: string;

  @Field(() => String, { nullable: true, description: "Its value as text (lists joined with ';'); null when empty." })
  value: string | null;
}

@ObjectType({ description: "One field a change sets differently from what is published." })
export class FieldDiff {
  @Field({ description: "The field, as the GraphQL inputs name it." })
  field: string;

  @Field(() => String, { nullable: true, description: "The published value; null when empty or for a new record." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "The value once the changeset is published." })
  after: string | null;
}

@ObjectType({ description: "A problem with one change of a draft, located by its input path." })
export class ChangeProblem {
  @Field(() => ID, { nullable: true, description: "The change at fault." })
  changeId: number | null;

  @Field({ description: "Where: `changes.<index>.<field>`, the index counting the changeset's changes from 0." })
  path: string;

  @Field({ description: "What is wrong and what to do, in the same words the importer uses." })
  message: string;
}

@ObjectType({ description: "One record a changeset adds, corrects or withdraws, with a field-by-field diff." })
export class Change {
  @Field(() => ID, { description: "The change's id (to remove it from a draft)." })
  id: number;

  @Field(() => RecordTypeEnum, { description: "The kind of record." })
  recordType: ResourceName;

  @Field(() => ID, { nullable: true, description: "The record's stable id; null for an event not yet published." })
  recordId: string | null;

  @Field(() => ChangeActionEnum, { description: "Whether it sets the record or withdraws it." })
  action: ChangeAction;

  @Field(() => Int, {
    nullable: true,
    description: "The published version the author started from; null for a new record.",
  })
  baseVersion: number | null;

  @Field(() => Int, { nullable: true, description: "The record's published version now; null for a new record." })
  publishedVersion: number | null;

  @Field({ description: "Whether the record was published when the change was made (a correction or a withdrawal)." })
  correction: boolean;

  @Field({
    description: "Whether the published record has changed since: publishing will fail with CONFLICT until redone.",
  })
  stale: boolean;

  @Field(() => String, { nullable: true, description: "Why it changes; published with it." })
  reason: string | null;

  @Field(() => Account, { nullable: true, description: "Who made the change." })
  author: Account | null;

  @Field(() => [FieldValue], { description: "The record's fields as the change sets them." })
  values: FieldValue[];

  @Field(() => [FieldDiff], {
    description: "The fields that differ from what is published (all set fields for a new record).",
  })
  diff: FieldDiff[];
}

@ObjectType({ description: "A set of changes published together (or being drafted): staff only." })
export class Changeset {
  @Field(() => ID, { description: "The changeset's id." })
  id: number;

  @Field(() => ChangesetKindEnum, { description: "An import or staff edits." })
  kind: ChangesetKind;

  @Field(() => ChangesetStatusEnum, { description: "Draft, published or discarded." })
  status: ChangesetStatus;

  @Field({ description: 'The public note published with it, e.g. "Added Marion County\'s August 2025 subpoenas".' })
  note: string;

  @Field({ description: "When it was started." })
  createdAt: Date;

  @Field({ description: "When it last changed." })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: "When its authors asked for review; null while at work." })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was published." })
  publishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The dataset version it produced." })
  datasetVersion: number | null;

  /** Resolved through field resolvers. */
  createdBy: number | null;
  publishedBy: number | null;
}

@ObjectType({ description: "A page of changesets, newest first." })
export class ChangesetConnection {
  @Field(() => [Changeset], { description: "The changesets of this page." })
  nodes: Changeset[];

  @Field(() => Int, { description: "How many changesets match, across all pages." })
  totalCount: number;
}
