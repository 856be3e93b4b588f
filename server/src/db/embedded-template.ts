import fs from "node:fs";
import { createDataSource } from "./database";
import { startEmbeddedPostgres } from "./embedded";

/**
 * Writes a migrated, empty embedded database to `file` as a tarball. The test suites make one per run and start every
 * in-memory database from it (EMBEDDED_TEMPLATE): initdb and thirty-odd migrations in WebAssembly cost seconds of CPU
 * per database, and the suites start about a hundred. Databases started from it still run their migrations, so a
 * template older than the code only has the newer ones applied.
 */
export async function writeEmbeddedTemplate(file: string): Promise<void> {
  const embedded = await startEmbeddedPostgres("memory://", 3);
  try {
    const dataSource = createDataSource(embedded.url, 1, undefined, true);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await dataSource.destroy();
    }
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await (await embedded.dump()).arrayBuffer()));
    // Whole or not at all: a reader never sees half a tarball.
    fs.renameSync(partial, file);
  } finally {
    await embedded.stop();
  }
}
