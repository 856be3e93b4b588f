import type { ChangeView } from "../utils/changes";
import { fieldLabel } from "../utils/changes";

// Review: every field the change sets differently from what is published, side by side.
export function ReviewDiff({ change }: { change: ChangeView }) {
  if (change.action === "WITHDRAW") {
    return <p className="diff__withdraw">Withdraws this record from the dataset. Its history stays public.</p>;
  }
  if (change.diff.length === 0) return <p className="source__meta">No field differs from what is published.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table diff">
        <caption className="visually-hidden">
          Fields of {change.recordType.toLowerCase().replace("_", " ")} {change.recordId ?? "(new)"}: published and in
          this changeset
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Published</th>
            <th scope="col">In this changeset</th>
          </tr>
        </thead>
        <tbody>
          {change.diff.map((row) => (
            <tr key={row.field}>
              <th scope="row">{fieldLabel(change.recordType, row.field)}</th>
              <td className="diff__before">
                {row.before === null ? <span className="muted">{change.correction ? "empty" : "new"}</span> : <del>{row.before}</del>}
              </td>
              <td className="diff__after">
                {row.after === null ? <span className="muted">empty</span> : <ins>{row.after}</ins>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
