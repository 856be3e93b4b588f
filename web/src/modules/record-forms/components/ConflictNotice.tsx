import { snakeCase } from "../utils/formValues";
import type { FieldSpec } from "../utils/recordSpecs";
import type { Conflict } from "../../../app/graphqlErrors";

// Someone published a change to this record after the edit began: show what it says now, so the author can redo
// the edit on top of it rather than overwrite it.
export function ConflictNotice({
  conflict,
  fields,
  onReload,
}: {
  conflict: Conflict;
  fields: readonly FieldSpec[];
  onReload: () => void;
}) {
  return (
    <div className="status status--error conflict" role="alert">
      <strong>This record changed while you were editing it</strong>
      <p>{conflict.message}</p>
      <table className="data-table">
        <caption>The record now (version {conflict.currentVersion})</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Current value</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const value = conflict.current[snakeCase(field.name)] ?? conflict.current[field.name] ?? null;
            return (
              <tr key={field.name}>
                <th scope="row">{field.label}</th>
                <td>{value || <span className="muted">empty</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onReload}>
        Start again from the current values
      </button>
    </div>
  );
}
