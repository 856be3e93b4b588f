import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * Validation rules that refuse operations too expensive to run, before anything runs. Both follow fragments (a
 * fragment spread counts where it is used) and ignore introspection (__schema, __type), which GraphQL tools send
 * with deep, fixed shapes.
 */

function walk(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visit: (depth: number, alias: boolean) => void,
  depth: number,
  visiting: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      visit(depth + 1, selection.alias !== undefined);
      if (selection.selectionSet) walk(selection.selectionSet, fragments, visit, depth + 1, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, fragments, visit, depth, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by the standard rules; here it only must not loop.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      walk(fragment.selectionSet, fragments, visit, depth, visiting);
      visiting.delete(name);
    }
  }
}

function measuringRule(check: (context: ValidationContext, depth: number, aliases: number, name: string) => void) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        let depth = 0;
        let aliases = 0;
        walk(
          operation.selectionSet,
          fragments,
          (d, alias) => {
            depth = Math.max(depth, d);
            if (alias) aliases += 1;
          },
          0,
          new Set(),
        );
        check(context, depth, aliases, operation.name ? `Operation ${operation.name.value}` : "The operation");
      },
    };
  };
}

export function maxDepthRule(maxDepth: number): ValidationRule {
  return measuringRule((context, depth, _aliases, name) => {
    if (depth > maxDepth) {
      context.reportError(
        new GraphQLError(
          `${name} nests fields ${depth} levels deep; the maximum is ${maxDepth}. Ask for fewer nested levels, or split it into several queries.`,
        ),
      );
    }
  });
}

export function maxAliasesRule(maxAliases: number): ValidationRule {
  return measuringRule((context, _depth, aliases, name) => {
    if (aliases > maxAliases) {
      context.reportError(
        new GraphQLError(
          `${name} uses ${aliases} aliases; the maximum is ${maxAliases}. Use list arguments (e.g. filter: { jurisdictions: [...] } with groupBy) instead of one alias per value, or send several requests.`,
        ),
      );
    }
  });
}
