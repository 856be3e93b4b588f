import type { ChangeView } from "../utils/changes";
import { describeChange, fieldLabel } from "../utils/changes";

// Review: every field the change sets differently from what is published, side by side. A new record has nothing
// published to compare with, so it shows its values alone.
export function ReviewDiff({ change }: { change: ChangeView }) {
  if (change.action === "WITHDRAW") {
    return <p className="diff__withdraw">Withdraws this record from the dataset. Its history stays public.</p>;
  }
  if (change.diff.length === 0) return <p className="source__meta">No field differs from what is published.</p>;
  const name = describeChange(change);
  // Long values scroll sideways on a phone; the region takes focus so that keyboard users can scroll it too.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Changes: ${name}`}>
      <table className="data-table diff">
        <caption className="visually-hidden">
          {change.correction ? `Fields of ${name}: published and in this changeset` : `Fields of ${name}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {change.correction && <th scope="col">Published</th>}
            <th scope="col">{change.correction ? "In this changeset" : "Value"}</th>
          </tr>
        </thead>
        <tbody>
          {change.diff.map((row) => (
            <tr key={row.field}>
              <th scope="row">{fieldLabel(change.recordType, row.field)}</th>
              {change.correction && (
                <td className="diff__before">
                  {row.before === null ? <span className="muted">empty</span> : <del>{row.before}</del>}
                </td>
              )}
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

// A published or discarded changeset no longer has a diff against what is published (it is what is published, or
// it never was): show the values it set. The record's history on its public page keeps the before and after.
export function ChangeValues({ change }: { change: ChangeView }) {
  const set = change.values.filter((entry) => entry.value !== null);
  const name = describeChange(change, true);
  if (change.action === "WITHDRAW") return <p className="diff__withdraw">Withdrew this record from the dataset.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Values: ${name}`}>
      <table className="data-table diff">
        <caption className="visually-hidden">Values {name} set</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {set.map((entry) => (
            <tr key={entry.field}>
              <th scope="row">{fieldLabel(change.recordType, entry.field)}</th>
              <td>{entry.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
