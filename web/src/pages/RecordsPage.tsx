import type { RecordTableName } from "../app/routes";
import { RecordsBrowser } from "../modules/records-browser/components/RecordsBrowser";

export function RecordsPage({ table }: { table: RecordTableName }) {
  return <RecordsBrowser table={table} />;
}
