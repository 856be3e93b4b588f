import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface DocumentLimits {
  maxTokens: number;
  maxDirectives: number;
  /** Most times one field (by response name) may be selected in one selection set, fragments included. */
  maxFieldRepeats: number;
}

/** The only directives a query may carry here (the schema defines no others for operations). */
const EXECUTABLE_DIRECTIVES = new Set(["include", "skip"]);

/** Repeating a field is legal GraphQL, but validating many repeats costs time that grows with their square. */
export const MAX_FIELD_REPEATS = 10;

/**
 * Checks a GraphQL document before the standard validation runs, because some of that validation costs time that
 * grows faster than the document (overlapping fields are compared in pairs): too many tokens, too many directives,
 * one field repeated too often in a selection set, or a NUL character in a string literal. Returns the problem in
 * words, or null. A document that does not parse is left for the server to report.
 */
export function checkDocument(query: string, limits: DocumentLimits): string | null {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
      return `The query has more than ${limits.maxTokens} tokens, the limit. Send a shorter query: use variables and fragments, or split it into several requests.`;
    }
    return null;
  }
  let directives = 0;
  let nul = false;
  const unknown = new Set<string>();
  visit(document, {
    Directive(node) {
      directives += 1;
      if (!EXECUTABLE_DIRECTIVES.has(node.name.value)) unknown.add(node.name.value);
    },
    StringValue(node) {
      if (node.value.includes("\0")) nul = true;
    },
  });
  if (nul) return "A string in the query contains a NUL character (\\u0000), which no value may hold. Remove it.";
  if (unknown.size > 0) {
    return `Unknown directive ${[...unknown].map((name) => `@${name}`).join(", ")}. Queries here may use @include and @skip.`;
  }
  if (directives > limits.maxDirectives) {
    return `The query uses ${directives} directives; the limit is ${limits.maxDirectives}. Use variables or separate queries instead of many @include/@skip.`;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const repeated = mostRepeated(definition.selectionSet, fragments);
    if (repeated && repeated.count > limits.maxFieldRepeats) {
      return `The field "${repeated.name}" is selected ${repeated.count} times in one selection set; the limit is ${limits.maxFieldRepeats}. Select each field once, or use aliases for different arguments.`;
    }
  }
  return null;
}

interface Repeat {
  name: string;
  count: number;
}

/**
 * The response name selected most often in any one selection set of the document, fragments included. Each
 * fragment is measured once (memoized), so fragments spreading fragments cannot make this check slow, and a fragment
 * cycle (reported by the standard validation) cannot make it loop.
 */
function mostRepeated(root: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Repeat | null {
  const fragmentCounts = new Map<string, Map<string, number>>();
  const fragmentWorst = new Map<string, Repeat | null>();

  const countsOf = (set: SelectionSetNode): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
    const spread = new Set<string>();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        add(selection.alias?.value ?? selection.name.value, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        for (const [name, n] of countsOf(selection.selectionSet)) add(name, n);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        for (const [name, n] of countsOfFragment(selection.name.value)) add(name, n);
      }
    }
    return counts;
  };
  const countsOfFragment = (name: string): Map<string, number> => {
    const known = fragmentCounts.get(name);
    if (known) return known;
    fragmentCounts.set(name, new Map());
    const fragment = fragments.get(name);
    const counts = fragment ? countsOf(fragment.selectionSet) : new Map<string, number>();
    fragmentCounts.set(name, counts);
    return counts;
  };

  const worstOf = (set: SelectionSetNode): Repeat | null => {
    let worst: Repeat | null = null;
    const consider = (r: Repeat | null) => {
      if (r && (!worst || r.count > worst.count)) worst = r;
    };
    for (const [name, count] of countsOf(set)) consider({ name, count });
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) consider(worstOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        consider(worstOf(selection.selectionSet));
      } else {
        consider(worstOfFragment(selection.name.value));
      }
    }
    return worst;
  };
  const worstOfFragment = (name: string): Repeat | null => {
    if (fragmentWorst.has(name)) return fragmentWorst.get(name) ?? null;
    fragmentWorst.set(name, null);
    const fragment = fragments.get(name);
    const worst = fragment ? worstOf(fragment.selectionSet) : null;
    fragmentWorst.set(name, worst);
    return worst;
  };

  return worstOf(root);
}
