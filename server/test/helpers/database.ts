import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { loadConfig } from "../../src/config";

export interface TestDatabase {
  /** null: use the embedded database (in memory). */
  databaseUrl: string | null;
  kind: "embedded" | "postgres";
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file. With TEST_DATABASE_URL, a fresh database on that PostgreSQL server,
 * dropped afterwards; without it, the embedded PGlite in memory.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = loadConfig().testDatabaseUrl;
  if (!serverUrl) return { databaseUrl: null, kind: "embedded", drop: async () => {} };
  const name = `st_test_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    kind: "postgres",
    drop: () => withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
