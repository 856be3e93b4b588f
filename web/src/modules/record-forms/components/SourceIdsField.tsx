import { useId, useState, type KeyboardEvent } from "react";
import { FieldShell } from "../../../ui/form";

export interface SourceIdsFieldProps {
  label: string;
  hint?: string;
  ids: readonly string[];
  onChange: (ids: string[]) => void;
  errors?: readonly string[];
}

// The sources a fact cites, in order: cite another by its id, or stop citing one. Saving the record attaches and
// detaches them in the draft.
export function SourceIdsField({ label, hint, ids, onChange, errors = [] }: SourceIdsFieldProps) {
  const [draft, setDraft] = useState("");
  const listId = useId();
  const add = () => {
    const id = draft.trim();
    if (id && !ids.includes(id)) onChange([...ids, id]);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  return (
    <FieldShell label={`${label}: cite a source by its id`} hint={hint} errors={errors} wide>
      {(props) => (
        <div className="source-ids">
          {ids.length > 0 ? (
            <ul className="source-ids__list" id={listId} aria-label={`${label} cited`}>
              {ids.map((id) => (
                <li key={id} className="chip">
                  <code>{id}</code>
                  <button
                    type="button"
                    onClick={() => onChange(ids.filter((other) => other !== id))}
                    aria-label={`Stop citing ${id}`}
                    title={`Stop citing ${id}`}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="form-field__hint">No source cited yet.</p>
          )}
          <div className="source-ids__add">
            <input {...props} value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={onKeyDown} />
            <button type="button" className="button" onClick={add} disabled={!draft.trim()}>
              Cite
            </button>
          </div>
        </div>
      )}
    </FieldShell>
  );
}
