import { types } from "pg";
import { DataSource } from "typeorm";
import type { Config } from "../config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";

// Partial dates are stored as `date`; pg would turn them into JavaScript Dates at local midnight, which shifts the
// day with the time zone. Keep them as the "YYYY-MM-DD" text PostgreSQL sends.
types.setTypeParser(types.builtins.DATE, (value) => value);
// count(*) and sum() are bigint; our counts are far below 2^53, so numbers are safe and far easier to use.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export interface Database {
  dataSource: DataSource;
  /** "embedded" when PGlite runs in this process, "postgres" for a server given by DATABASE_URL. */
  kind: "embedded" | "postgres";
  close(): Promise<void>;
}

export function createDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "migrations",
    // The schema comes from migrations only.
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: poolSize },
  });
}

/** Connects to DATABASE_URL, or starts the embedded database, and brings the schema up to date. */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "embeddedDataDir" | "poolSize">,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.poolSize + 2);
    url = embedded.url;
  }
  const dataSource = createDataSource(url, config.poolSize);
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    kind: embedded ? "embedded" : "postgres",
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
