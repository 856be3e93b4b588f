// GraphQL enum values are the domain's lower-case words in upper case (server/src/schema/enums.ts): SHERIFF for
// "sheriff". These turn them back so the domain's labels apply.
import { isOneOf } from "@subpoena-tracker/domain";

export function fromGraphQLEnum<T extends string>(values: readonly T[], value: string): T | null {
  const lower = value.toLowerCase();
  if (isOneOf(values, lower)) return lower;
  return isOneOf(values, value) ? value : null;
}

// A label for a GraphQL enum value from one of the domain's label records; the raw value if the domain lacks it.
export function labelOfEnum<T extends string>(values: readonly T[], labels: Record<T, string>, value: string): string {
  const domain = fromGraphQLEnum(values, value);
  return domain === null ? value : labels[domain];
}
