import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { ResourceName } from "../../write/resources";
import { RecordRefInput } from "../changesets/dto/record.inputs";
import { RecordTypeEnum } from "../changesets/record-type";
import type { CorrectionRequestStatus } from "./correction-request.entity";

export const CorrectionRequestStatusEnum = { OPEN: "open", RESOLVED: "resolved", DISMISSED: "dismissed" } as const;
registerEnumType(CorrectionRequestStatusEnum, {
  name: "CorrectionRequestStatus",
  description: "Where a reader's error report stands.",
  valuesConfig: {
    OPEN: { description: "Not yet dealt with." },
    RESOLVED: { description: "Fixed by a published changeset." },
    DISMISSED: { description: "Looked into; nothing to change." },
  },
});

@InputType({ description: "A reader's report that something in the data is wrong." })
export class ErrorReportInput {
  @Field(() => RecordRefInput, { description: "The record that is wrong." })
  record: RecordRefInput;

  @Field({ description: "What is wrong, in the reader's words (10 to 5,000 characters)." })
  whatIsWrong: string;

  @Field(() => String, { nullable: true, description: "A source showing the right facts (http or https address)." })
  sourceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "How to reach the reader, if they want to be reached; seen by editors only, never published.",
  })
  contact?: string | null;
}

@ObjectType({ description: "A receipt for an error report." })
export class ErrorReportReceipt {
  @Field(() => ID, { description: "The report's number, to quote when writing about it." })
  id: number;

  @Field({ description: "When it was received." })
  createdAt: Date;
}

@ObjectType({ description: "A reader's error report, in the editors' inbox." })
export class CorrectionRequest {
  @Field(() => ID, { description: "The report's number." })
  id: number;

  @Field(() => RecordTypeEnum, { description: "The kind of record reported." })
  recordType: ResourceName;

  @Field(() => ID, { description: "The record reported." })
  recordId: string;

  @Field({ description: "What the reader says is wrong." })
  whatIsWrong: string;

  @Field(() => String, { nullable: true, description: "The reader's source." })
  sourceUrl: string | null;

  @Field(() => String, { nullable: true, description: "How to reach the reader, if given." })
  contact: string | null;

  @Field(() => CorrectionRequestStatusEnum, { description: "Open, resolved or dismissed." })
  status: CorrectionRequestStatus;

  @Field(() => ID, { nullable: true, description: "The changeset that fixes it." })
  changesetId: number | null;

  @Field({ description: "When it was received." })
  createdAt: Date;

  @Field({ description: "When it last changed." })
  updatedAt: Date;
}
