import { oneInKeyOrder, type Queryable } from "../shared/queryable";
import type { Withdrawal } from "./withdrawal.types";

/** The record tables that can be withdrawn, with the column that names a row. */
export const WITHDRAWABLE = {
  jurisdiction: { table: "jurisdictions", key: "slug" },
  agency: { table: "agencies", key: "slug" },
  policy: { table: "policies", key: "slug" },
  courtCase: { table: "court_cases", key: "slug" },
  source: { table: "sources", key: "id" },
  batch: { table: "batches", key: "id" },
} as const;

export type WithdrawableKind = keyof typeof WITHDRAWABLE;

/** For each key in order: how the record was withdrawn, or null while it stands (or when there is no such record). */
export async function withdrawalsOf(
  q: Queryable,
  kind: WithdrawableKind,
  keys: readonly string[],
): Promise<(Withdrawal | null)[]> {
  const { table, key } = WITHDRAWABLE[kind];
  const rows = await q.query<{ key: string; withdrawn_at: Date; withdrawn_reason: string | null }[]>(
    `SELECT ${key}::text AS key, withdrawn_at, withdrawn_reason FROM ${table}
      WHERE ${key} = ANY($1) AND withdrawn_at IS NOT NULL`,
    [keys],
  );
  return oneInKeyOrder(keys, rows, (row) => row.key).map((row) =>
    row ? { at: row.withdrawn_at, reason: row.withdrawn_reason } : null,
  );
}
