import path from "node:path";
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config";
import { openDatabase, type Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "./database";

export const SEED_DIR = path.resolve(__dirname, "..", "..", "..", "data", "seed");
export const FIXTURES_DIR = path.resolve(__dirname, "..", "fixtures");
/** A made-up package with the hard cases: unknown, at-least and approximate counts, month- and year-only dates, a
 * partial event on a batch of unknown size, two places named Washington County. */
export const EDGE_CASES_DIR = path.join(FIXTURES_DIR, "edge-cases");

export interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer extends RunningServer {
  testDatabase: TestDatabase;
  /** POSTs a GraphQL operation and returns the parsed response body. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

function testConfig(databaseUrl: string | null, overrides: Partial<Config>): Config {
  return {
    ...loadConfig({}),
    databaseUrl,
    embeddedDataDir: "memory://",
    // test/global-setup.ts: a migrated, empty database to start from.
    embeddedTemplate: inject("embeddedTemplate"),
    port: 0,
    logLevel: "silent",
    seedDir: SEED_DIR,
    // Tests make many requests from one address; the attack suite turns the limit on where it tests it.
    rateLimit: { points: 0, windowSeconds: 60 },
    ...overrides,
  };
}

/** The whole server on a fresh database of its own, seeded, on a free port. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const testDatabase = await createTestDatabase();
  const server = await startServer(testConfig(testDatabase.databaseUrl, overrides));
  return {
    ...server,
    testDatabase,
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphqlResponse<T>;
    },
    async close() {
      await server.stop();
      await testDatabase.drop();
    },
  };
}

/** Just the database (migrated, empty), for importer and migration tests. */
export async function openTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<Database & { testDatabase: TestDatabase }> {
  const testDatabase = await createTestDatabase();
  // Migration tests start from nothing, not from the migrated template.
  const overrides = options.migrate === false ? { embeddedTemplate: null } : {};
  const db = await openDatabase(testConfig(testDatabase.databaseUrl, overrides), options);
  return {
    ...db,
    testDatabase,
    async close() {
      await db.close();
      await testDatabase.drop();
    },
  };
}
