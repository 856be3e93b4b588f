import type { DataSource } from "typeorm";
import { importPackage } from "../../src/import/importer";
import { PackageError, formatProblem } from "../../src/write/problems";

/** The problems an import reports, as its messages read; fails when the import goes through. */
export async function importProblems(dataSource: DataSource, dir: string): Promise<string[]> {
  try {
    await importPackage(dataSource, dir);
  } catch (error) {
    if (error instanceof PackageError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error("the import was expected to fail");
}
