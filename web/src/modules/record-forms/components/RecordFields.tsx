import { ChoiceField, FieldShell, TextField } from "../../../ui/form";
import type { FormValues } from "../utils/formValues";
import type { FieldSpec } from "../utils/recordSpecs";
import { SourceIdsField } from "./SourceIdsField";

export interface RecordFieldsProps {
  fields: readonly FieldSpec[];
  values: FormValues;
  onChange: (name: string, value: string | string[]) => void;
  /** Problems by path; `prefix` is this group's part of it ("events.1."). */
  errors: Record<string, string[]>;
  prefix?: string;
  /** Field names that cannot change (a published record's id). */
  locked?: readonly string[];
}

function text(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

export function RecordFields({ fields, values, onChange, errors, prefix = "", locked = [] }: RecordFieldsProps) {
  return (
    <div className="form-grid">
      {fields.map((field) => {
        const fieldErrors = errors[`${prefix}${field.name}`] ?? [];
        const value = values[field.name];
        if (locked.includes(field.name)) {
          return (
            <TextField
              key={field.name}
              label={field.label}
              value={text(value)}
              onChange={() => undefined}
              hint="A published record keeps its id."
              errors={fieldErrors}
              readOnly
            />
          );
        }
        switch (field.kind) {
          case "enum":
            return (
              <ChoiceField
                key={field.name}
                label={field.label}
                value={text(value)}
                options={field.options ?? []}
                onChange={(next) => onChange(field.name, next)}
                hint={field.hint}
                errors={fieldErrors}
                required={field.required}
                emptyLabel={field.required ? "Choose…" : "Not known"}
              />
            );
          case "enumList":
            return (
              <FieldShell key={field.name} label={field.label} hint={field.hint} errors={fieldErrors} wide group>
                {() => (
                  <div className="check-list">
                    {(field.options ?? []).map((option) => {
                      const selected = Array.isArray(value) ? value : [];
                      return (
                        <label key={option.value} className="check-list__item">
                          <input
                            type="checkbox"
                            checked={selected.includes(option.value)}
                            onChange={(event) =>
                              onChange(
                                field.name,
                                event.target.checked
                                  ? [...selected, option.value]
                                  : selected.filter((item) => item !== option.value),
                              )
                            }
                          />
                          {option.label}
                        </label>
                      );
                    })}
                  </div>
                )}
              </FieldShell>
            );
          case "sources":
            return (
              <SourceIdsField
                key={field.name}
                label={field.label}
                hint={field.hint}
                ids={Array.isArray(value) ? value : []}
                onChange={(ids) => onChange(field.name, ids)}
                errors={fieldErrors}
              />
            );
          default:
            return (
              <TextField
                key={field.name}
                label={field.label}
                value={text(value)}
                onChange={(next) => onChange(field.name, next)}
                hint={field.hint}
                errors={fieldErrors}
                required={field.required}
                multiline={field.kind === "longtext"}
                type={field.kind === "url" ? "url" : "text"}
                inputMode={field.kind === "int" ? "numeric" : undefined}
              />
            );
        }
      })}
    </div>
  );
}
