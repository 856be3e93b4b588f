import type { DataSource } from "typeorm";

export interface StatementCounter {
  /** Statements run since the last reset. */
  readonly statements: readonly string[];
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
  logger.logQuery = function (query, parameters, queryRunner) {
    statements.push(query);
    return original.call(logger, query, parameters, queryRunner);
  };
  return {
    get statements() {
      return statements;
    },
    reset() {
      statements = [];
    },
    restore() {
      logger.logQuery = original;
    },
  };
}
