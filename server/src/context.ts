import type { DataSource } from "typeorm";

/** What every resolver receives. Loaders are made per request so their caches never outlive it. */
export interface RequestContext {
  dataSource: DataSource;
  requestId: string;
}
