import type { DataSource } from "typeorm";

export interface StatementCounter {
  /** Statements run since the last reset. */
  readonly statements: readonly string[];
  /** The same statements with their parameters. */
  readonly calls: readonly { query: string; parameters: unknown[] | undefined }[];
  reset(): void;
  restore(): void;
}

/**
 * Counts the SQL statements a data source runs, by wrapping its logger's logQuery: TypeORM calls it for every
 * statement, whether or not logging is on. Tests only.
 */
export function countStatements(dataSource: DataSource): StatementCounter {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  let statements: string[] = [];
  let calls: { query: string; parameters: unknown[] | undefined }[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    statements.push(query);
    calls.push({ query, parameters: Array.isArray(parameters) ? parameters : undefined });
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    get statements() {
      return statements;
    },
    get calls() {
      return calls;
    },
    reset() {
      statements = [];
      calls = [];
    },
    restore() {
      logger.logQuery = original;
    },
  };
}

/**
 * Waits until no statement is running or waiting for a connection on the data source, and none has started for
 * `quietMs`. A refused GraphQL request can answer before its sibling fields' statements have even started: when a
 * non-null root field fails, graphql-js answers `data: null` as soon as it fails, and the other fields' resolvers run
 * on. A statement count taken right after such a request can catch them: the likely cause of CI's 3 statements (and
 * once 4) where agency-filters expected 2, right after its refusal tests.
 */
export async function settled(dataSource: DataSource, quietMs = 100): Promise<void> {
  const pool = (
    dataSource.driver as unknown as { master: { totalCount: number; idleCount: number; waitingCount: number } }
  ).master;
  const counter = countStatements(dataSource);
  try {
    for (let quietSince = Date.now(); Date.now() - quietSince < quietMs;) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const busy = pool.totalCount > pool.idleCount || pool.waitingCount > 0 || counter.statements.length > 0;
      if (busy) {
        counter.reset();
        quietSince = Date.now();
      }
    }
  } finally {
    counter.restore();
  }
}
