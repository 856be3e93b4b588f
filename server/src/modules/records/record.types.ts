import { ArrayMaxSize, ArrayMinSize, MaxLength } from "class-validator";
import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { Agency } from "../agencies/agency.types";
import { PageInfo } from "../batches/batch.types";
import { MAX_FILTER_VALUES } from "../batches/dto/batch-filter.input";
import { CourtCase } from "../court-cases/court-case.types";
import { Source } from "../sources/source.types";
import { AgencyOrder, CourtCaseOrder, SourceOrder } from "./record-tables";

@ObjectType({ description: "One value of a facet and how many of the matching records hold it." })
export class RecordFacetValue {
  @Field({
    description:
      'The value as filters take it: an enum value as the API spells it ("NEWS"), a two-letter state code, a year, a name or a slug.',
  })
  value: string;

  @Field(() => Int, { description: "How many of the records matching the current filters hold this value." })
  count: number;
}

@ObjectType({
  description:
    "A field the records can be narrowed by, with each value's count among the records matching the current filters (most common first). Pass a value back as a filter to narrow the list.",
})
export class RecordFacet {
  @Field({ description: 'The field\'s name, as filters take it: "state", "kind", "year", ...' })
  field: string;

  @Field({ description: "What the field means." })
  description: string;

  @Field(() => [RecordFacetValue], {
    description: "Its values among the matching records; unreported values are left out.",
  })
  values: RecordFacetValue[];
}

@InputType({
  description:
    'Narrows a table to records holding one of `values` in `field` (a facet\'s field). Several filters must all hold: [{ field: "kind", values: ["NEWS"] }, { field: "year", values: ["2020"] }].',
})
export class RecordFilter {
  @Field({ description: "A facet's field, e.g. `kind`." })
  @MaxLength(40)
  field: string;

  @Field(() => [String], { description: `One or more values (alternatives). At most ${MAX_FILTER_VALUES}.` })
  @ArrayMinSize(1, { message: "values: give at least one value" })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  values: string[];
}

/** A page of one record table, its total and its facets: the same shape for sources, court cases and agencies. */
function recordTable<T extends object>(node: ClassType<T>, name: string, one: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `A ${one} and its position in the list.` })
  class Edge {
    @Field({ description: "Opaque cursor, for `after` or `before`. Valid only with the same orderBy." })
    cursor: string;

    @Field(() => node, { description: `The ${one}.` })
    node: T;
  }

  @ObjectType(`${name}Table`, {
    description: `A page of ${plural} matching the filters in the requested order, with the total and the facets.`,
  })
  class Table {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges: Edge[];

    @Field(() => [node], { description: `The ${plural} of this page (same order as edges).` })
    nodes: T[];

    @Field(() => PageInfo, { description: "Cursors and whether there is more in either direction." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match the filters in all, across every page.` })
    totalCount: number;

    @Field(() => [RecordFacet], { description: "Each facet's values, counted among the matching records." })
    facets: RecordFacet[];
  }
  return Table;
}

export const SourceTable = recordTable(Source, "Source", "source", "sources");
export const CourtCaseTable = recordTable(CourtCase, "CourtCase", "court case", "court cases");
export const AgencyTable = recordTable(Agency, "Agency", "agency", "agencies");

const ASC_DESC = "; every order ends with the record's id, so it is total and stable across pages";

registerEnumType(SourceOrder, {
  name: "SourceOrder",
  description: `Orders for the sources table. Undated or untitled sources come last in both directions${ASC_DESC}.`,
  valuesConfig: {
    PUBLISHED_ON_ASC: { description: "Oldest first; among dates starting the same day, coarser first." },
    PUBLISHED_ON_DESC: { description: "Newest first." },
    PUBLISHER_ASC: { description: "By publisher, A-Z." },
    PUBLISHER_DESC: { description: "By publisher, Z-A." },
    TITLE_ASC: { description: "By title, A-Z." },
    TITLE_DESC: { description: "By title, Z-A." },
  },
});

registerEnumType(CourtCaseOrder, {
  name: "CourtCaseOrder",
  description: `Orders for the court cases table. Cases without the date come last in both directions${ASC_DESC}.`,
  valuesConfig: {
    FILED_ON_ASC: { description: "Filed earliest first." },
    FILED_ON_DESC: { description: "Filed latest first." },
    DECIDED_ON_ASC: { description: "Decided earliest first." },
    DECIDED_ON_DESC: { description: "Decided latest first." },
    CAPTION_ASC: { description: "By caption, A-Z." },
    CAPTION_DESC: { description: "By caption, Z-A." },
    COURT_ASC: { description: "By court, A-Z." },
    COURT_DESC: { description: "By court, Z-A." },
  },
});

registerEnumType(AgencyOrder, {
  name: "AgencyOrder",
  description: `Orders for the agencies table${ASC_DESC}.`,
  valuesConfig: {
    NAME_ASC: { description: "By name, A-Z." },
    NAME_DESC: { description: "By name, Z-A." },
    KIND_ASC: { description: "By kind of agency, then name." },
    KIND_DESC: { description: "By kind of agency, reversed." },
    JURISDICTION_ASC: { description: "By jurisdiction slug, then name." },
    JURISDICTION_DESC: { description: "By jurisdiction slug, reversed." },
  },
});
