import DataLoader from "dataloader";
import type { Queryable } from "../shared/queryable";
import { citationsOfSources } from "./source-citations.service";
import { sourcesById, sourcesByOwner } from "./source.service";

export function createSourceLoaders(q: Queryable) {
  return {
    source: new DataLoader((ids: readonly string[]) => sourcesById(q, ids)),
    /** Keys are sourceOwnerKey(kind, id): batches, events, court cases and policies share one statement. */
    sourcesOf: new DataLoader((keys: readonly string[]) => sourcesByOwner(q, keys)),
    citationsOfSource: new DataLoader((ids: readonly string[]) => citationsOfSources(q, ids)),
  };
}
