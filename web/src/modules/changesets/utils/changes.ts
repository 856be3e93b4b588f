import type { ChangeAction, RecordType } from "../../../gql/editor/graphql";
import { valuesFromChange, type FormValues } from "../../record-forms/utils/formValues";
import { EVENT_FIELDS, RECORD_SPECS } from "../../record-forms/utils/recordSpecs";
import type { RecordFormInitial } from "../../record-forms/components/RecordForm";
import { newEventRow, type EventRow } from "../../record-forms/components/EventsEditor";

// A changeset's changes as the review and the forms need them: labels for their fields, which record each names,
// and the values to put back in a form when the author edits a change.

export interface ChangeView {
  id: string;
  recordType: RecordType;
  recordId: string | null;
  action: ChangeAction;
  baseVersion: number | null;
  correction: boolean;
  stale: boolean;
  reason: string | null;
  values: readonly { field: string; value: string | null }[];
  diff: readonly { field: string; before: string | null; after: string | null }[];
}

export function fieldLabel(type: RecordType, field: string): string {
  return RECORD_SPECS[type].fields.find((spec) => spec.name === field)?.label ?? field;
}

export function valueOf(change: Pick<ChangeView, "values">, field: string): string | null {
  return change.values.find((entry) => entry.field === field)?.value ?? null;
}

/**
 * The record's name for people: its id, or for a new event its batch and date; with what the change does to it
 * ("add batch x", "correct source y"), or without (`bare`) once the changeset is final.
 */
export function describeChange(change: ChangeView, bare = false): string {
  const noun = RECORD_SPECS[change.recordType].noun;
  if (change.recordType === "EVENT" && !change.recordId) {
    return `${bare ? "event" : "new event"} of batch ${valueOf(change, "batchId") ?? "?"} on ${valueOf(change, "date") ?? "?"}`;
  }
  const id = change.recordId ?? valueOf(change, RECORD_SPECS[change.recordType].keyField) ?? "";
  if (bare) return `${noun} ${id}${change.action === "WITHDRAW" ? " (withdrawn)" : ""}`.trim();
  const verb = change.action === "WITHDRAW" ? "withdraw" : change.correction ? "correct" : "add";
  return `${verb} ${noun} ${id}`.trim();
}

/** A batch's events in the draft: new ones of that batch, and corrections of its published ones. */
export function eventsOfBatch(changes: readonly ChangeView[], batchId: string): ChangeView[] {
  return changes.filter(
    (change) => change.recordType === "EVENT" && change.action === "UPSERT" && valueOf(change, "batchId") === batchId,
  );
}

function toEventRow(change: ChangeView): EventRow {
  const values: FormValues = valuesFromChange(EVENT_FIELDS, change.values);
  return { ...newEventRow(values), id: change.recordId, baseVersion: change.baseVersion, reason: change.reason ?? "" };
}

/** What a form starts from when the author edits a change of the draft. */
export function formInitial(change: ChangeView, all: readonly ChangeView[]): RecordFormInitial {
  const spec = RECORD_SPECS[change.recordType];
  const recordId = change.recordId ?? valueOf(change, spec.keyField);
  return {
    values: valuesFromChange(spec.fields, change.values),
    baseVersion: change.baseVersion,
    reason: change.reason,
    recordId: change.recordType === "EVENT" ? change.recordId : recordId,
    events: change.recordType === "BATCH" && recordId ? eventsOfBatch(all, recordId).map(toEventRow) : undefined,
  };
}

/** New events of a batch in the same draft are edited with their batch, not on their own. */
export function editedWithItsBatch(change: ChangeView, all: readonly ChangeView[]): boolean {
  if (change.recordType !== "EVENT") return false;
  const batchId = valueOf(change, "batchId");
  return all.some(
    (other) =>
      other.recordType === "BATCH" && (other.recordId ?? valueOf(other, "id")) === batchId && other.action === "UPSERT",
  );
}
