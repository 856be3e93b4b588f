import type { Queryable } from "../shared/queryable";

/**
 * Counts recent attempts per key ("signin:account:x@y", "report:address:1.2.3.4") in the database, so limits hold
 * across processes and restarts with no other service.
 */
export async function recentHits(q: Queryable, key: string, windowSeconds: number): Promise<number> {
  const [row] = await q.query<{ n: number }[]>(
    `SELECT count(*) AS n FROM rate_limit_hits WHERE key = $1 AND at > now() - make_interval(secs => $2)`,
    [key, windowSeconds],
  );
  return row.n;
}

export async function recordHits(q: Queryable, keys: string[]): Promise<void> {
  await q.query(`INSERT INTO rate_limit_hits (key) SELECT unnest($1::text[])`, [keys]);
  // Nothing is limited over more than a day: forget older hits as new ones come in.
  await q.query(`DELETE FROM rate_limit_hits WHERE at < now() - interval '1 day'`);
}

/** Seconds until the oldest hit in the window leaves it, for Retry-After. */
export async function retryAfterSeconds(q: Queryable, key: string, windowSeconds: number): Promise<number> {
  const [row] = await q.query<{ s: number | null }[]>(
    `SELECT ceil(extract(epoch FROM min(at) + make_interval(secs => $2) - now()))::int AS s
       FROM rate_limit_hits WHERE key = $1 AND at > now() - make_interval(secs => $2)`,
    [key, windowSeconds],
  );
  return Math.max(1, row?.s ?? 1);
}
