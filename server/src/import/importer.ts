import path from "node:path";
import type { DataSource } from "typeorm";
import { InvalidChangesError, PackageError } from "../write/problems";
import { RESOURCES } from "../write/resources";
import { validatePackage } from "../write/validate";
import { existingRowsIn, publishChanges, type RecordChange, type WriteReport } from "../write/write.service";
import { readPackage } from "./package-reader";

export type ImportReport = WriteReport;

export interface ImportOptions {
  /** Told what is happening on long imports. */
  onProgress?: (message: string) => void;
}

/**
 * Imports a data package through the one write path: the package becomes a changeset published at once, with a
 * reason naming the package. Every problem is reported with file, line and field and nothing is written when there
 * is one; rows are added or updated by stable id, each change recorded as a revision. Importing the same package
 * twice changes nothing and keeps the version. Rows are never deleted by an import.
 */
export async function importPackage(
  dataSource: DataSource,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  progress(`Reading ${folder}`);
  const read = readPackage(folder);
  if (read.problems.length > 0 || !read.descriptor) {
    // Report the rows' problems along with the package's own, so one run lists everything.
    const validated = await validatePackage(read.tables, existingRowsIn(dataSource.manager));
    throw new PackageError([...read.problems, ...validated.problems]);
  }
  const descriptor = read.descriptor;
  const changes: RecordChange[] = [];
  for (const spec of RESOURCES) {
    for (const row of read.tables[spec.name]?.rows ?? []) {
      changes.push({ resource: spec.name, line: row.line, values: row.values });
    }
  }
  const reason = `Imported from the data package "${descriptor.name}" (${path.basename(path.resolve(folder))})`;
  try {
    return await publishChanges(dataSource, {
      changes,
      kind: "import",
      note: reason,
      defaultReason: reason,
      dataset: {
        name: descriptor.name,
        title: descriptor.title ?? descriptor.name,
        description: descriptor.description ?? null,
        licenses: descriptor.licenses ?? [],
      },
      onProgress: progress,
    });
  } catch (error) {
    // The write path locates problems by the lines it was given: here, the package's own file lines.
    if (error instanceof InvalidChangesError) throw new PackageError(error.problems);
    throw error;
  }
}
