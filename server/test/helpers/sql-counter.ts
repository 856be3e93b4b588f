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
