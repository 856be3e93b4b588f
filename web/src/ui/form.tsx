import "./form.css";
import { useId, type ReactNode } from "react";

// Form fields for the staff pages: every control has a visible label, its hint and its errors are tied to it with
// aria-describedby, and an error marks it aria-invalid so that screen readers announce the problem with the field.

export interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  wide?: boolean;
  /** A group of controls (checkboxes): a fieldset with a legend instead of a label. */
  group?: boolean;
  children: (props: {
    id: string;
    "aria-describedby"?: string;
    "aria-invalid"?: true;
    required?: boolean;
  }) => ReactNode;
}

export function FieldShell({ label, hint, errors = [], required, wide, group, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors.length > 0 ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const className = `form-field${wide ? " form-field--wide" : ""}${errors.length > 0 ? " form-field--invalid" : ""}`;
  const title = (
    <>
      {label}
      {required ? <span className="form-field__required"> (required)</span> : null}
    </>
  );
  const Wrapper = group ? "fieldset" : "div";
  return (
    <Wrapper className={className} aria-describedby={group ? describedBy : undefined}>
      {group ? <legend>{title}</legend> : <label htmlFor={id}>{title}</label>}
      {hint && (
        <p id={hintId ?? undefined} className="form-field__hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={errorId ?? undefined} className="form-field__errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": errors.length > 0 ? true : undefined,
        required: required || undefined,
      })}
    </Wrapper>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  type?: "text" | "email" | "password" | "url" | "number";
  autoComplete?: string;
  multiline?: boolean;
  wide?: boolean;
  inputMode?: "numeric" | "text";
  placeholder?: string;
  readOnly?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  errors,
  required,
  type = "text",
  autoComplete,
  multiline,
  wide,
  inputMode,
  placeholder,
  readOnly,
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required} wide={wide || multiline}>
      {(props) =>
        multiline ? (
          <textarea {...props} value={value} rows={4} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...props}
            type={type}
            value={value}
            autoComplete={autoComplete}
            inputMode={inputMode}
            placeholder={placeholder}
            readOnly={readOnly}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

export interface ChoiceFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  errors?: readonly string[];
  required?: boolean;
  /** The label of the empty choice; omitted when a value is required. */
  emptyLabel?: string;
}

export function ChoiceField({ label, value, options, onChange, hint, errors, required, emptyLabel }: ChoiceFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} required={required}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Problems that name no field: announced at once, above the form. */
export function FormErrors({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="status status--error form-errors" role="alert">
      <strong>{title}</strong>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
