import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { WITHDRAWABLE, withdrawalsOf, type WithdrawableKind } from "./withdrawal.service";
import type { Withdrawal } from "./withdrawal.types";

/** One statement per record kind however many records of it an answer holds. */
export function createWithdrawalLoaders(q: Queryable) {
  const loaders = {} as Record<WithdrawableKind, DataLoader<string, Withdrawal | null>>;
  for (const kind of Object.keys(WITHDRAWABLE) as WithdrawableKind[]) {
    loaders[kind] = new DataLoader((keys: readonly string[]) => withdrawalsOf(q, kind, keys));
  }
  return { withdrawal: loaders };
}
