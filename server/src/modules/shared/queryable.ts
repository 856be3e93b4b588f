/**
 * What services need from the database: a DataSource, an EntityManager inside a transaction, or a query runner.
 * Services take this rather than a DataSource so that a streamed export can run them inside one snapshot.
 */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** Rows come back keyed by the id the loader asked for; this puts them in the order of the keys. */
export function groupInKeyOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

export function oneInKeyOrder<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => byKey.get(k) ?? null);
}
