import type { Queryable } from "../shared/queryable";

export interface DatasetVersion {
  version: number;
  updatedAt: string;
}

/** The dataset's version: it moves with every change of data, so it names a state of the data for caches. */
export async function getDatasetVersion(q: Queryable): Promise<DatasetVersion> {
  const [row] = await q.query<{ version: number; updated_at: Date }[]>(`SELECT version, updated_at FROM dataset`);
  return { version: row?.version ?? 0, updatedAt: (row?.updated_at ?? new Date(0)).toISOString() };
}
