import {
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLEnumType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { OUTCOMES } from "@subpoena-tracker/domain";

/**
 * A page's batches as JSON built by PostgreSQL, in the exact shape and bytes of the GraphQL answer: keyed by the
 * response names the client chose (aliases), enum values as their GraphQL names, dates cut to their precision,
 * relations nested in the order the resolvers give them. The JSON is built as text, written as JSON.stringify writes
 * it (no spaces; to_json escapes strings as it does), so the server can send it without parsing it
 * (http/raw-json.ts): json_build_object and json_agg would put spaces after colons and commas. Used only when every
 * field selected under a batch is one this file can build (plain columns and the relations below); anything else
 * (issuedOnLabel, policies, withdrawn, Event.batch...) makes it answer null, and the page is resolved field by field
 * as usual. http/batch-page-plugin.ts explains when it runs; test/batch-page-json.test.ts checks that both ways give
 * the same bytes.
 */

/** How one field of a type is read, given the SQL alias of that type's row. */
type FieldSpec =
  | { kind: "column"; sql: (row: string) => string }
  /**
   * An object (or null) read by a sub-select; `from` gives the FROM ... WHERE clause for the target's alias. When only
   * its key is selected, `key` reads it from the referencing column (a foreign key: the row exists), with no join.
   */
  | { kind: "object"; type: string; from: (row: string, target: string) => string; key?: Key<[row: string]> }
  /** A list read by a sub-select, in the given order; `key` reads a list of bare keys from the link table alone. */
  | {
      kind: "list";
      type: string;
      from: (row: string, target: string, link: string) => string;
      order: (target: string, link: string) => string;
      key?: Key<[link: string]> & { from: (row: string, link: string) => string };
    };

/** The target's key field and where the referencing row holds it. */
interface Key<A extends unknown[]> {
  field: string;
  sql: (...at: A) => string;
}

const trimmed = (day: string, precision: string) =>
  `CASE ${precision} WHEN 'year' THEN to_char(${day}, 'YYYY') WHEN 'month' THEN to_char(${day}, 'YYYY-MM') ELSE to_char(${day}, 'YYYY-MM-DD') END`;
const trimmedOrNull = (day: string, precision: string) =>
  `CASE WHEN ${day} IS NULL OR ${precision} IS NULL THEN NULL ELSE ${trimmed(day, precision)} END`;
const column =
  (name: string) =>
  (row: string): string =>
    `${row}.${name}`;
/** The last day of an event's period: the outcome rule orders events by it (orderEventsForOutcome), then by id. */
const eventEnd = (e: string) =>
  `(${e}.occurred_on + CASE ${e}.occurred_precision WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END - interval '1 day')`;
const OUTCOME_ORDER = `ARRAY[${OUTCOMES.map((o) => `'${o}'`).join(", ")}]::text[]`;

const SOURCE_FIELDS: Record<string, FieldSpec> = {
  id: { kind: "column", sql: column("id") },
  url: { kind: "column", sql: column("url") },
  publisher: { kind: "column", sql: column("publisher") },
  title: { kind: "column", sql: column("title") },
  publishedOn: { kind: "column", sql: (s) => trimmedOrNull(`${s}.published_on`, `${s}.published_precision`) },
  publishedPrecision: { kind: "column", sql: column("published_precision") },
  kind: { kind: "column", sql: column("kind") },
  reliability: { kind: "column", sql: column("reliability") },
  quote: { kind: "column", sql: column("quote") },
};

const AGENCY_FIELDS: Record<string, FieldSpec> = {
  slug: { kind: "column", sql: column("slug") },
  name: { kind: "column", sql: column("name") },
  kind: { kind: "column", sql: column("kind") },
};

const TYPES: Record<string, Record<string, FieldSpec>> = {
  Batch: {
    id: { kind: "column", sql: column("id") },
    issuedOn: { kind: "column", sql: (b) => trimmed(`${b}.issued_on`, `${b}.issued_precision`) },
    issuedPrecision: { kind: "column", sql: column("issued_precision") },
    issuingComponent: { kind: "column", sql: column("issuing_component") },
    subpoenaCount: { kind: "column", sql: column("subpoena_count") },
    countPrecision: { kind: "column", sql: column("count_precision") },
    offenseCategories: { kind: "column", sql: column("offense_categories") },
    subjectsSummary: { kind: "column", sql: column("subjects_summary") },
    subjectsInCustody: { kind: "column", sql: column("subjects_in_custody") },
    subjectsReleased: { kind: "column", sql: column("subjects_released") },
    notes: { kind: "column", sql: column("notes") },
    jurisdiction: {
      kind: "object",
      type: "Jurisdiction",
      from: (b, j) => `FROM jurisdictions ${j} WHERE ${j}.slug = ${b}.jurisdiction_slug`,
      key: { field: "slug", sql: (b) => `${b}.jurisdiction_slug` },
    },
    agencies: {
      kind: "list",
      type: "Agency",
      from: (b, a, l) =>
        `FROM batch_agencies ${l} JOIN agencies ${a} ON ${a}.slug = ${l}.agency_slug WHERE ${l}.batch_id = ${b}.id`,
      order: (_a, l) => `${l}.position`,
      key: {
        field: "slug",
        sql: (l) => `${l}.agency_slug`,
        from: (b, l) => `FROM batch_agencies ${l} WHERE ${l}.batch_id = ${b}.id`,
      },
    },
    outcomes: {
      kind: "list",
      type: "OutcomePart",
      from: (b, o) => `FROM batch_outcomes ${o} WHERE ${o}.batch_id = ${b}.id`,
      order: (o) => `array_position(${OUTCOME_ORDER}, ${o}.outcome::text)`,
    },
    events: {
      kind: "list",
      type: "Event",
      from: (b, e) => `FROM events ${e} WHERE ${e}.batch_id = ${b}.id AND ${e}.withdrawn_at IS NULL`,
      order: (e) => `${eventEnd(e)}, ${e}.id`,
    },
    sources: {
      kind: "list",
      type: "Source",
      from: (b, s, l) =>
        `FROM batch_sources ${l} JOIN sources ${s} ON ${s}.id = ${l}.source_id WHERE ${l}.batch_id = ${b}.id`,
      order: (_s, l) => `${l}.position`,
      key: {
        field: "id",
        sql: (l) => `${l}.source_id`,
        from: (b, l) => `FROM batch_sources ${l} WHERE ${l}.batch_id = ${b}.id`,
      },
    },
  },
  Jurisdiction: {
    slug: { kind: "column", sql: column("slug") },
    name: { kind: "column", sql: column("name") },
    kind: { kind: "column", sql: column("kind") },
    state: { kind: "column", sql: column("state") },
  },
  Agency: AGENCY_FIELDS,
  OutcomePart: {
    outcome: { kind: "column", sql: column("outcome") },
    subpoenas: { kind: "column", sql: column("subpoenas") },
  },
  Event: {
    id: { kind: "column", sql: (e) => `${e}.id::text` },
    date: { kind: "column", sql: (e) => trimmed(`${e}.occurred_on`, `${e}.occurred_precision`) },
    datePrecision: { kind: "column", sql: column("occurred_precision") },
    status: { kind: "column", sql: column("status") },
    subpoenasAffected: { kind: "column", sql: column("subpoenas_affected") },
    note: { kind: "column", sql: column("note") },
    agency: {
      kind: "object",
      type: "Agency",
      from: (e, a) => `FROM agencies ${a} WHERE ${a}.slug = ${e}.agency_slug`,
      key: { field: "slug", sql: (e) => `${e}.agency_slug` },
    },
    courtCase: {
      kind: "object",
      type: "CourtCase",
      from: (e, c) => `FROM court_cases ${c} WHERE ${c}.slug = ${e}.court_case_slug`,
      key: { field: "slug", sql: (e) => `${e}.court_case_slug` },
    },
    sources: {
      kind: "list",
      type: "Source",
      from: (e, s, l) =>
        `FROM event_sources ${l} JOIN sources ${s} ON ${s}.id = ${l}.source_id WHERE ${l}.event_id = ${e}.id`,
      order: (_s, l) => `${l}.position`,
      key: {
        field: "id",
        sql: (l) => `${l}.source_id`,
        from: (e, l) => `FROM event_sources ${l} WHERE ${l}.event_id = ${e}.id`,
      },
    },
  },
  CourtCase: {
    slug: { kind: "column", sql: column("slug") },
    court: { kind: "column", sql: column("court") },
    caseNumber: { kind: "column", sql: column("case_number") },
    caption: { kind: "column", sql: column("caption") },
    filedOn: { kind: "column", sql: (c) => trimmedOrNull(`${c}.filed_on`, `${c}.filed_precision`) },
    filedPrecision: { kind: "column", sql: column("filed_precision") },
    judge: { kind: "column", sql: column("judge") },
    outcome: { kind: "column", sql: column("outcome") },
    decidedOn: { kind: "column", sql: (c) => trimmedOrNull(`${c}.decided_on`, `${c}.decided_precision`) },
    decidedPrecision: { kind: "column", sql: column("decided_precision") },
    citation: { kind: "column", sql: column("citation") },
  },
  Source: SOURCE_FIELDS,
};

/** Keys of one object at most (a bound on the statement's size, as validation bounds the document's). */
const MAX_KEYS = 50;

/** A value as JSON text, null included. */
const jsonText = (value: string) => `coalesce(to_json(${value})::text, 'null')`;
/** An object from `"name":value` pairs, each value JSON text. */
const jsonObject = (pairs: string[]) => `('{' || ${pairs.join(" || ',' || ")} || '}')`;
/** A JSON array of the rows' JSON text, in order: '[]' when there are none. */
const jsonArray = (element: string, order: string, from: string) =>
  `coalesce((SELECT '[' || string_agg(${element}, ',' ORDER BY ${order}) || ']' ${from}), '[]')`;

/** What a selection is read against: the schema, the document's fragments and the request's variables. */
export interface SelectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields selected on an object type, by response name, through fragments and @skip/@include, in document order
 * (as graphql-js collects them). Null when a fragment's condition names another type: not one we build.
 */
export function collectSelection(
  context: SelectionContext,
  typeName: string,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> | null {
  const fields = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const included = (node: { directives?: readonly unknown[] }) => {
    if (!node.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, context.variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, context.variables);
    return include?.if !== false;
  };
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== typeName) return false;
        if (!visit(selection.selectionSet)) return false;
      } else {
        const fragmentName = selection.name.value;
        if (seen.has(fragmentName)) continue;
        seen.add(fragmentName);
        const fragment = context.fragments[fragmentName];
        if (!fragment || fragment.typeCondition.name.value !== typeName) return false;
        if (!visit(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const set of sets) if (!visit(set)) return null;
  return fields;
}

function enumSql(type: GraphQLEnumType, value: string): string {
  const values = type.getValues();
  // The domain's vocabularies are lower case and their GraphQL names upper case (schema/enums.ts): upper() reads them.
  if (values.every((v) => v.name === v.value)) return `${value}::text`;
  if (values.every((v) => typeof v.value === "string" && v.name === v.value.toUpperCase()))
    return `upper(${value}::text)`;
  const cases = values.map((v) => `WHEN '${String(v.value).replaceAll("'", "''")}' THEN '${v.name}'`).join(" ");
  return `CASE ${value}::text ${cases} END`;
}

/** Builds the JSON text of a selection on `typeName` read from the row aliased `row`; null if unsupported. */
function objectSql(
  context: SelectionContext,
  typeName: string,
  row: string,
  fieldNodes: readonly FieldNode[],
  aliases: { next: number },
): string | null {
  const specs = TYPES[typeName];
  const type = context.schema.getType(typeName);
  if (!specs || !isObjectType(type)) return null;
  const selection = collectSelection(
    context,
    typeName,
    fieldNodes.map((n) => n.selectionSet),
  );
  if (!selection || selection.size === 0 || selection.size > MAX_KEYS) return null;
  const pairs: string[] = [];
  const fields = type.getFields();
  for (const [responseName, nodes] of selection) {
    const fieldName = nodes[0].name.value;
    // Validation has made every node of one response name the same field with the same arguments.
    let value: string | null;
    if (fieldName === "__typename") value = `'"${typeName}"'`;
    else {
      const spec = specs[fieldName];
      const field = fields[fieldName];
      if (!spec || !field || field.args.length > 0) return null;
      value = fieldSql(context, spec, field.type, row, nodes, aliases);
    }
    if (value === null) return null;
    // GraphQL names are letters, digits and underscores: nothing to escape in a key.
    pairs.push(`'"${responseName}":' || ${value}`);
  }
  return jsonObject(pairs);
}

function fieldSql(
  context: SelectionContext,
  spec: FieldSpec,
  outputType: GraphQLOutputType,
  row: string,
  nodes: readonly FieldNode[],
  aliases: { next: number },
): string | null {
  const named = getNamedType(outputType);
  if (spec.kind === "column") {
    const value = spec.sql(row);
    if (!isEnumType(named)) return jsonText(value);
    const unwrapped = isNonNullType(outputType) ? outputType.ofType : outputType;
    if (!isListType(unwrapped)) return jsonText(enumSql(named, value));
    const u = `u${aliases.next++}`;
    const element = `to_json(${enumSql(named, `${u}.v`)})::text`;
    return jsonArray(element, `${u}.n`, `FROM unnest(${value}) WITH ORDINALITY ${u}(v, n)`);
  }
  const keyOnly = spec.key && keyOnlySql(context, spec.type, spec.key.field, nodes);
  if (keyOnly === null) return null;
  if (spec.kind === "object" && spec.key && keyOnly) {
    const key = spec.key.sql(row);
    return `CASE WHEN ${key} IS NULL THEN 'null' ELSE ${keyOnly(key)} END`;
  }
  if (spec.kind === "list" && spec.key && keyOnly) {
    const link = `l${aliases.next++}`;
    return jsonArray(keyOnly(spec.key.sql(link)), spec.order("", link), spec.key.from(row, link));
  }
  const target = `t${aliases.next++}`;
  const inner = objectSql(context, spec.type, target, nodes, aliases);
  if (inner === null) return null;
  if (spec.kind === "object") return `coalesce((SELECT ${inner} ${spec.from(row, target)}), 'null')`;
  const link = `l${aliases.next++}`;
  return jsonArray(inner, spec.order(target, link), spec.from(row, target, link));
}

/**
 * When a selection on `typeName` holds nothing but its key (and __typename), the JSON for it given the key's SQL;
 * false when it selects more; null when it cannot be read at all.
 */
function keyOnlySql(
  context: SelectionContext,
  typeName: string,
  keyField: string,
  nodes: readonly FieldNode[],
): ((key: string) => string) | false | null {
  const selection = collectSelection(
    context,
    typeName,
    nodes.map((n) => n.selectionSet),
  );
  if (!selection || selection.size === 0 || selection.size > MAX_KEYS) return null;
  const names = [...selection.entries()].map(([responseName, fs]) => [responseName, fs[0].name.value] as const);
  if (!names.every(([, field]) => field === keyField || field === "__typename")) return false;
  return (key) =>
    jsonObject(
      names.map(
        ([responseName, field]) => `'"${responseName}":' || ${field === keyField ? jsonText(key) : `'"${typeName}"'`}`,
      ),
    );
}

/** The projection of each `batches` field of an operation, by the field's first node. */
export type BatchProjections = Map<FieldNode, BatchNodeProjection>;

/** Where a connection shows its batches: under `nodes`, and under `edges { node }`. */
export interface BatchNodeProjection {
  /** SQL (JSON text) for each batch under `nodes` (over the batches row `b`), or null when `nodes` is not selected. */
  nodes: string | null;
  /** SQL (JSON text) for each batch under `edges { node }`, or null when not selected. */
  edgeNode: string | null;
}

/**
 * SQL for the batches of a `batches` connection, from the field's nodes: null when anything selected under a batch
 * cannot be built in SQL (or a connection field is repeated under two names with different selections).
 */
export function batchNodeProjection(
  context: SelectionContext,
  connectionFieldNodes: readonly FieldNode[],
): BatchNodeProjection | null {
  const connection = collectSelection(
    context,
    "BatchConnection",
    connectionFieldNodes.map((n) => n.selectionSet),
  );
  if (!connection) return null;
  const aliases = { next: 0 };
  let nodes: string | null = null;
  let edgeNode: string | null = null;
  const nodesNames = [...connection.entries()].filter(([, fs]) => fs[0].name.value === "nodes");
  const edgesNames = [...connection.entries()].filter(([, fs]) => fs[0].name.value === "edges");
  // One object per batch is handed to each of `nodes` and `edges { node }`: two differently named selections of the
  // same field would need two.
  if (nodesNames.length > 1 || edgesNames.length > 1) return null;
  if (nodesNames.length === 1) {
    nodes = objectSql(context, "Batch", "b", nodesNames[0][1], aliases);
    if (nodes === null) return null;
  }
  if (edgesNames.length === 1) {
    const edge = collectSelection(
      context,
      "BatchEdge",
      edgesNames[0][1].map((n) => n.selectionSet),
    );
    if (!edge) return null;
    const nodeNames = [...edge.entries()].filter(([, fs]) => fs[0].name.value === "node");
    if (nodeNames.length > 1) return null;
    if (nodeNames.length === 1) {
      edgeNode = objectSql(context, "Batch", "b", nodeNames[0][1], aliases);
      if (edgeNode === null) return null;
    }
  }
  return { nodes, edgeNode };
}
