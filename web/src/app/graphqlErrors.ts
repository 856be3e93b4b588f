import type { CombinedError } from "urql";

// What the server says is wrong with an edit, sorted for the form: messages beside the fields they name (by input
// path: "input.subpoenaCount", "input.events.1.date"), the rest above the form, and a CONFLICT's current values.

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Conflict {
  message: string;
  currentVersion: number;
  /** The record as it is now, in the interchange format's field names (snake_case). */
  current: Record<string, string | null>;
}

export interface EditErrors {
  /** Messages by input path, without the leading "input." (e.g. "subpoenaCount", "events.1.date"). */
  byField: Record<string, string[]>;
  /** Messages that name no field of the form. */
  general: string[];
  conflict: Conflict | null;
  code: string | null;
}

export const NO_ERRORS: EditErrors = { byField: {}, general: [], conflict: null, code: null };

interface ErrorExtensions {
  code?: string;
  problems?: FieldProblem[];
  currentVersion?: number;
  current?: Record<string, string | null>;
  retryAfterSeconds?: number;
}

function stripRoot(path: string, roots: readonly string[]): string | null {
  for (const root of roots) {
    if (path === root) return "";
    if (path.startsWith(`${root}.`)) return path.slice(root.length + 1);
  }
  return null;
}

/**
 * Sorts a failed request's errors. `roots` are the argument names whose fields the form shows ("input", "record");
 * `fields` are arguments the form shows as fields of their own ("reason"). Paths outside them, network failures and
 * anything unexpected stay general, so nothing the server said is lost.
 */
export function toEditErrors(
  error: CombinedError | undefined,
  roots: readonly string[] = ["input"],
  fields: readonly string[] = ["reason", "baseVersion"],
): EditErrors {
  if (!error) return NO_ERRORS;
  const result: EditErrors = { byField: {}, general: [], conflict: null, code: null };
  if (error.networkError) result.general.push(`The server could not be reached: ${error.networkError.message}`);
  for (const graphQLError of error.graphQLErrors) {
    const extensions = graphQLError.extensions as ErrorExtensions;
    result.code ??= extensions.code ?? null;
    if (extensions.code === "CONFLICT" && extensions.current && typeof extensions.currentVersion === "number") {
      result.conflict = {
        message: graphQLError.message,
        currentVersion: extensions.currentVersion,
        current: extensions.current,
      };
      continue;
    }
    if (extensions.problems?.length) {
      for (const problem of extensions.problems) {
        const field = fields.includes(problem.path) ? problem.path : stripRoot(problem.path, roots);
        if (field) (result.byField[field] ??= []).push(problem.message);
        else result.general.push(field === "" ? problem.message : `${problem.path}: ${problem.message}`);
      }
      continue;
    }
    result.general.push(graphQLError.message);
  }
  return result;
}

/** The code of the first GraphQL error (UNAUTHENTICATED, RATE_LIMITED, ...), or null. */
export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions.code;
  return typeof code === "string" ? code : null;
}
