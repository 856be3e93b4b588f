import { createHash } from "node:crypto";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { Queryable } from "../modules/shared/queryable";

/**
 * Named (prepared) statements for the few statements the server runs thousands of times with different values: a
 * page of batches with every relation is a statement PostgreSQL took 3 to 9 ms to plan (its sub-selects), more than
 * it took to run (docs/performance.md, "Pages"). Prepared on each connection the first time it runs there, it is
 * planned again for its first five runs; then PostgreSQL keeps a generic plan when that costs no more than the
 * custom ones did (plan_cache_mode auto), and planning stops.
 *
 * Only on a PostgreSQL server (`allowPreparedStatements`): the embedded database serves every socket connection
 * from one session, where a name prepared by one pg client would collide with the same name on another. At most
 * MAX_NAMES distinct statements are ever prepared (a client's aliases and selections make new texts), so a
 * connection holds at most that many plans; any other statement runs unprepared.
 */
const MAX_NAMES = 32;
/** The names prepared so far, per data source: one process can hold several (the tests, the bench). */
const namesBySource = new WeakMap<DataSource, Set<string>>();

/** Lets statements on this data source be prepared (a PostgreSQL server, one session per connection). */
export function allowPreparedStatements(dataSource: DataSource): void {
  namesBySource.set(dataSource, new Set());
}

/** Runs `sql` as a named statement where allowed, otherwise as usual; either way it counts as one statement. */
export async function queryPrepared<T>(q: Queryable, sql: string, values: unknown[]): Promise<T> {
  const dataSource = q as DataSource;
  const names = namesBySource.get(dataSource);
  if (!names) return q.query<T>(sql, values);
  const name = `st_${createHash("sha1").update(sql).digest("hex").slice(0, 32)}`;
  if (!names.has(name)) {
    if (names.size >= MAX_NAMES) return q.query<T>(sql, values);
    names.add(name);
  }
  // TypeORM reports every statement to its logger (the statement counters of the tests and the bench read it).
  dataSource.logger.logQuery(sql, values);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query({ name, text: sql, values })).rows as T;
}
