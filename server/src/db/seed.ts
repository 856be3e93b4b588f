import type { DataSource } from "typeorm";
import { importPackage } from "../import/importer";

/** Loads the seed package into a database that has no dataset yet. Returns whether it did. */
export async function seedIfEmpty(dataSource: DataSource, seedDir: string, log: (m: string) => void): Promise<boolean> {
  const [{ count }]: { count: number }[] = await dataSource.query(`SELECT count(*) AS count FROM dataset`);
  if (count > 0) return false;
  log(`Empty database: loading the seed from ${seedDir}`);
  await importPackage(dataSource, seedDir);
  return true;
}
