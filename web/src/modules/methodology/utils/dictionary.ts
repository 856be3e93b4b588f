// The data dictionary: the schema's own descriptions (generated into src/gql/data-dictionary.json by codegen), grouped
// the way a researcher reads them: the records first, then the vocabularies, then the inputs.
export interface DictionaryField {
  name: string;
  type: string;
  description: string | null;
  args: { name: string; type: string; description: string | null }[];
}

export interface DictionaryType {
  name: string;
  kind: "object" | "input" | "enum" | "scalar" | "other";
  description: string | null;
  fields?: DictionaryField[];
  values?: { name: string; description: string | null }[];
}

export interface DataDictionary {
  types: DictionaryType[];
}

// Plumbing of the API rather than of the data; the API documentation covers it.
const PLUMBING = new Set(["Query", "PageInfo", "BatchConnection", "BatchEdge", "BatchOrder"]);
// The records a reader meets on the site, in the order they meet them.
const RECORD_ORDER = [
  "Batch",
  "OutcomePart",
  "Event",
  "Jurisdiction",
  "Agency",
  "CourtCase",
  "Policy",
  "Source",
  "Dataset",
];

export interface DictionarySections {
  records: DictionaryType[];
  counts: DictionaryType[];
  vocabularies: DictionaryType[];
  inputs: DictionaryType[];
}

export function groupDictionary(dictionary: DataDictionary): DictionarySections {
  const types = dictionary.types.filter((type) => !PLUMBING.has(type.name));
  const rank = (name: string): number => {
    const index = RECORD_ORDER.indexOf(name);
    return index === -1 ? RECORD_ORDER.length : index;
  };
  const isCounts = (type: DictionaryType): boolean =>
    ["SubpoenaCounts", "CountBucket", "RecordCounts", "DatasetLicense"].includes(type.name);
  return {
    records: types
      .filter((type) => type.kind === "object" && !isCounts(type))
      .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name)),
    counts: types.filter(isCounts),
    vocabularies: types.filter((type) => type.kind === "enum" || type.kind === "scalar"),
    inputs: types.filter((type) => type.kind === "input"),
  };
}

// "[Agency!]!" -> "list of Agency"; "Int" -> "Int, may be empty": the GraphQL notation in words.
export function describeType(type: string): string {
  const required = type.endsWith("!");
  const bare = required ? type.slice(0, -1) : type;
  const list = /^\[(.+?)!?\]$/.exec(bare);
  const base = list ? `list of ${list[1]}` : bare;
  return required ? base : `${base}, may be null`;
}
