import { ReportErrorForm } from "./ReportErrorForm";
import type { RecordType } from "../../../gql/graphql";

// Folded away under its heading so that it is there when needed and quiet otherwise.
export function ReportError({ type, id, name }: { type: RecordType; id: string; name: string }) {
  return (
    <details className="report-error-box" id="report-an-error">
      <summary>Report an error on this page</summary>
      <ReportErrorForm type={type} id={id} name={name} />
    </details>
  );
}
