import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "How many records of each kind the dataset holds." })
export class RecordCounts {
  @Field(() => Int, { description: "Subpoenas in batches whose size is known (exact, approximate or at least)." })
  subpoenas: number;

  @Field(() => Int, { description: "Batches: subpoenas served together on one date on one or more agencies." })
  batches: number;

  @Field(() => Int, {
    description: "Batches whose number of subpoenas was not reported. They are not counted in `subpoenas` as zero.",
  })
  unknownCountBatches: number;

  @Field(() => Int, { description: "Jurisdictions (states, counties, cities) in the data." })
  jurisdictions: number;

  @Field(() => Int, { description: "Jurisdictions that have at least one batch counted under them." })
  jurisdictionsWithBatches: number;

  @Field(() => Int, { description: "Agencies in the data." })
  agencies: number;

  @Field(() => Int, { description: "Dated events in the batches' histories." })
  events: number;

  @Field(() => Int, { description: "Court cases to enforce or challenge subpoenas." })
  courtCases: number;

  @Field(() => Int, { description: "Sanctuary laws and policies." })
  policies: number;

  @Field(() => Int, { description: "Documents cited as sources." })
  sources: number;
}

@ObjectType({ description: "A licence the dataset is published under." })
export class DatasetLicense {
  @Field({ description: "Short identifier, e.g. CC-BY-4.0." })
  name: string;

  @Field(() => String, { nullable: true, description: "Address of the licence text." })
  url: string | null;

  @Field(() => String, { nullable: true, description: "Full title of the licence." })
  title: string | null;
}

@ObjectType({
  description: "The dataset as a whole: what it holds, what it covers, when it last changed, how to cite it.",
})
export class Dataset {
  @Field({ description: "Machine name of the data package." })
  name: string;

  @Field({ description: "Title of the dataset." })
  title: string;

  @Field(() => String, { nullable: true, description: "What the dataset records." })
  description: string | null;

  @Field(() => Int, { description: "Moves on with every change to the data; cite it with the date." })
  version: number;

  @Field({ description: "When the data last changed (ISO 8601, UTC)." })
  updatedAt: string;

  @Field(() => String, {
    nullable: true,
    description: "Issue date of the earliest batch, at its own precision (YYYY, YYYY-MM or YYYY-MM-DD).",
  })
  coverageFrom: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Issue date of the latest batch, at its own precision (YYYY, YYYY-MM or YYYY-MM-DD).",
  })
  coverageTo: string | null;

  @Field(() => RecordCounts, { description: "How many records of each kind the dataset holds." })
  counts: RecordCounts;

  @Field(() => [DatasetLicense], { description: "Licences the data is published under." })
  licenses: DatasetLicense[];

  @Field({ description: "Suggested citation text, with the version and date." })
  citation: string;

  @Field({
    description:
      "Where to download this very version of the dataset, for a citation: `/api/v1/datapackage.zip?version=N` gives exactly what version N published, now and later.",
  })
  downloadPath: string;
}
