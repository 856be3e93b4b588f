import { registerEnumType } from "type-graphql";
import { RESOURCE_BY_NAME, type ResourceName, type ResourceSpec } from "../../write/resources";

/** The kinds of record staff can edit, as GraphQL names them; values are the write path's resource names. */
export const RecordTypeEnum = {
  JURISDICTION: "jurisdictions",
  AGENCY: "agencies",
  SOURCE: "sources",
  POLICY: "policies",
  COURT_CASE: "court_cases",
  BATCH: "batches",
  EVENT: "events",
} as const satisfies Record<string, ResourceName>;

registerEnumType(RecordTypeEnum, {
  name: "RecordType",
  description: "A kind of record in the dataset.",
  valuesConfig: {
    JURISDICTION: { description: "A state, county or city." },
    AGENCY: { description: "An agency subpoenas were served on." },
    SOURCE: { description: "A document facts are drawn from." },
    POLICY: { description: "A sanctuary law or policy." },
    COURT_CASE: { description: "A court case to enforce or challenge subpoenas." },
    BATCH: { description: "Subpoenas served together." },
    EVENT: { description: "A dated step in a batch's history (its id is a number)." },
  },
});

/** The GraphQL name of a resource: "court_cases" -> "COURT_CASE". */
export function recordTypeName(resource: ResourceName): string {
  return Object.entries(RecordTypeEnum).find(([, r]) => r === resource)?.[0] ?? resource;
}

/** The interchange format's field names as GraphQL spells them: "source_ids" -> "sourceIds". */
export function camelField(field: string): string {
  return field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export type InputValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * A GraphQL input as the interchange format's field values (text, lists joined with ";"), so that edits go through
 * the same validators as a package's CSV lines.
 */
export function fieldValuesFromInput(spec: ResourceSpec, input: Record<string, InputValue>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of spec.fields) {
    const value = input[camelField(field.name)];
    values[field.name] =
      value === null || value === undefined ? "" : Array.isArray(value) ? value.join(";") : String(value);
  }
  return values;
}

export function specOf(resource: ResourceName): ResourceSpec {
  return RESOURCE_BY_NAME[resource];
}
