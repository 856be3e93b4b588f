import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../batches/batch.types";
import type { SearchKind } from "./search.service";

export enum SearchKindEnum {
  BATCH = "batch",
  EVENT = "event",
  SOURCE = "source",
  COURT_CASE = "court_case",
  POLICY = "policy",
  JURISDICTION = "jurisdiction",
}

registerEnumType(SearchKindEnum, {
  name: "SearchKind",
  description: "What kind of record a search hit is.",
  valuesConfig: {
    BATCH: { description: "A batch: matched by what is said of the people concerned, its notes, or its place." },
    EVENT: { description: "A step of a batch's history, matched by its note." },
    SOURCE: { description: "A source, matched by its title, publisher or quoted passage." },
    COURT_CASE: { description: "A court case, matched by its caption, court, case number or citation." },
    POLICY: { description: "A sanctuary law or policy, matched by its name, citation or summary." },
    JURISDICTION: { description: "A state, county or city, matched by its name." },
  },
});

@ObjectType({ description: "A stretch of a snippet: plain text, or a word the query matched." })
export class SnippetPart {
  @Field({ description: "The text, to be shown as text (never as markup)." })
  text: string;

  @Field({ description: "Whether the query matched it: show it highlighted." })
  match: boolean;
}

@ObjectType({
  description:
    "A record the query matched. Exactly one of batch, event, source, courtCase, policy and jurisdiction is set, as `kind` says (an event's batch is set too).",
})
export class SearchHit {
  @Field(() => SearchKindEnum, { description: "What kind of record it is." })
  kind: SearchKind;

  @Field({ description: "The record's id or slug (for an event, its id within this database)." })
  id: string;

  @Field(() => Int, { description: "Relevance as PostgreSQL ranks it (ts_rank_cd, times a million); higher first." })
  rank: number;

  @Field(() => [SnippetPart], { description: "The record's text around the matched words, matches marked." })
  snippet: SnippetPart[];

  /** Resolved through the batch and event fields. */
  batchId: string | null;
}

@ObjectType({ description: "A hit and its position in the results." })
export class SearchEdge {
  @Field({ description: "Opaque cursor, for `after`." })
  cursor: string;

  @Field(() => SearchHit, { description: "The hit." })
  node: SearchHit;
}

@ObjectType({ description: "A page of search hits, most relevant first." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The hits of this page, each with its cursor." })
  edges: SearchEdge[];

  @Field(() => [SearchHit], { description: "The hits of this page (same order as edges)." })
  nodes: SearchHit[];

  @Field(() => PageInfo, { description: "Cursors, and whether more hits follow." })
  pageInfo: PageInfo;

  @Field(() => Int, { description: "How many records match in all." })
  totalCount: number;
}
