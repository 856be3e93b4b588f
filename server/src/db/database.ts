import { types, type Pool } from "pg";
import type { Queryable } from "../modules/shared/queryable";
import { DataSource } from "typeorm";
import type { Config, DatabaseTimeouts } from "../config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { allowPreparedStatements } from "./prepared";

// Partial dates are stored as `date`; pg would turn them into JavaScript Dates at local midnight, which shifts the
// day with the time zone. Keep them as the "YYYY-MM-DD" text PostgreSQL sends.
types.setTypeParser(types.builtins.DATE, (value) => value);
// count(*) and sum() are bigint; our counts are far below 2^53, so numbers are safe and far easier to use.
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export interface Database {
  dataSource: DataSource;
  /** "embedded" when PGlite runs in this process, "postgres" for a server given by DATABASE_URL. */
  kind: "embedded" | "postgres";
  /**
   * The pool itself, for the server's own background statements (dataset sizes for cost estimates): they go around
   * TypeORM's query logging, so they never show among a request's statements.
   */
  pool: Queryable;
  close(): Promise<void>;
}

/**
 * Timeouts every pooled connection starts with (sent in the start-up message, so they cost no extra round trip):
 * a slow statement, a lock wait or a forgotten transaction can hold a connection only so long. PGlite accepts and
 * ignores them (it runs on this thread and has no timer to interrupt a statement): on the embedded database the
 * node budget and the bucket cap are what bound the work.
 */
function sessionTimeouts(timeouts: DatabaseTimeouts | undefined) {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    lock_timeout: timeouts.lockTimeoutMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
  };
}

/**
 * Session settings of a PostgreSQL server's connections, sent in the start-up message. JIT compilation off: it only
 * starts on statements PostgreSQL expects to be costly, here the counts the rollups cannot answer at 1M batches,
 * where compiling took 0.1 to 1.3 s and the statements ran no faster for it (docs/performance.md, "Checks at 1M").
 */
const SERVER_SESSION = { options: "-c jit=off" };

export function createDataSource(
  url: string,
  poolSize: number,
  timeouts?: DatabaseTimeouts,
  embedded = false,
): DataSource {
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
    extra: { max: poolSize, ...sessionTimeouts(timeouts), ...(embedded ? {} : SERVER_SESSION) },
  });
}

/** Connects to DATABASE_URL, or starts the embedded database, and brings the schema up to date. */
export async function openDatabase(
  config: Pick<Config, "databaseUrl" | "embeddedDataDir" | "poolSize"> & {
    db?: DatabaseTimeouts;
    embeddedTemplate?: string | null;
  },
  options: { migrate?: boolean } = {},
): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.poolSize + 2, config.embeddedTemplate);
    url = embedded.url;
  }
  const dataSource = createDataSource(url, config.poolSize, config.db, embedded !== null);
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  if (!embedded) allowPreparedStatements(dataSource);
  return {
    dataSource,
    kind: embedded ? "embedded" : "postgres",
    pool: {
      query: async <T>(sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows as T,
    },
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
