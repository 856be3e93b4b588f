/** Something wrong in a data package, located precisely enough to fix it. */
export interface Problem {
  file: string;
  /** 1-based file line; the header is line 1. Omitted for problems with a whole file. */
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown by the write path when changes fail validation; nothing has been written. Locations are the caller's. */
export class InvalidChangesError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The changes have ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written.`);
    this.name = "InvalidChangesError";
  }
}

/** Thrown when a package has problems; nothing has been written. */
export class PackageError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The data package has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written.\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "PackageError";
  }
}
