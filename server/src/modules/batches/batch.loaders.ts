import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { batchesById, eventsByBatch } from "./batch.service";

export function createBatchLoaders(q: Queryable) {
  return {
    batch: new DataLoader((ids: readonly string[]) => batchesById(q, ids)),
    eventsOfBatch: new DataLoader((ids: readonly string[]) => eventsByBatch(q, ids)),
  };
}
