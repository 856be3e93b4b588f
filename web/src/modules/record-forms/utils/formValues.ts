import type { FieldSpec } from "./recordSpecs";

// A record's form holds text for every field and lists for the list fields; these turn it into a GraphQL input and
// back from the values a draft's change holds (the interchange format's spelling: lists joined with ";", enums in
// lower case).

export type FormValues = Record<string, string | string[]>;

const LIST_KINDS = new Set(["list", "enumList", "sources"]);

export function isListField(field: FieldSpec): boolean {
  return LIST_KINDS.has(field.kind);
}

export function emptyValues(fields: readonly FieldSpec[]): FormValues {
  return Object.fromEntries(fields.map((field) => [field.name, isListField(field) ? [] : ""]));
}

export function splitList(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A change's stored values (field name -> text or null) as form values. */
export function valuesFromChange(
  fields: readonly FieldSpec[],
  stored: readonly { field: string; value: string | null }[] | Record<string, string | null>,
): FormValues {
  const byName: Record<string, string | null> = Array.isArray(stored)
    ? Object.fromEntries(stored.map((entry) => [entry.field, entry.value]))
    : (stored as Record<string, string | null>);
  const values = emptyValues(fields);
  for (const field of fields) {
    const text = byName[field.name] ?? byName[snakeCase(field.name)] ?? "";
    if (isListField(field)) {
      const items = text
        .split(";")
        .map((item) => item.trim())
        .filter(Boolean);
      values[field.name] = field.kind === "enumList" ? items.map((item) => item.toUpperCase()) : items;
    } else {
      values[field.name] = field.kind === "enum" ? text.toUpperCase() : text;
    }
  }
  return values;
}

/** "subpoenaCount" -> "subpoena_count": a CONFLICT names the current values in the format's spelling. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export type InputValue = string | number | string[] | null;

export interface ConvertedInput {
  input: Record<string, InputValue>;
  /** Mistakes GraphQL would refuse before the server's validators see them (a count that is not a number). */
  problems: Record<string, string[]>;
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * Form values as a GraphQL input. Optional fields left empty are sent as null; required ones as they are, so that
 * the server's validators say what is missing in their own words.
 */
export function toInput(fields: readonly FieldSpec[], values: FormValues, prefix = ""): ConvertedInput {
  const input: Record<string, InputValue> = {};
  const problems: Record<string, string[]> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (isListField(field)) {
      const items = (Array.isArray(value) ? value : splitList(value ?? "")).map((item) => item.trim()).filter(Boolean);
      input[field.name] = field.required || items.length > 0 ? items : null;
      continue;
    }
    const text = (typeof value === "string" ? value : "").trim();
    if (field.kind === "int") {
      if (text === "") input[field.name] = null;
      else if (WHOLE_NUMBER.test(text) && Number.isSafeInteger(Number(text))) input[field.name] = Number(text);
      else {
        problems[`${prefix}${field.name}`] = [`"${text}" is not a whole number`];
        input[field.name] = null;
      }
      continue;
    }
    input[field.name] = text === "" && !field.required ? null : text;
  }
  return { input, problems };
}
