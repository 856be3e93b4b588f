import { useMutation, type CombinedError } from "urql";
import { graphql } from "../../../gql/editor";
import type { RecordType } from "../../../gql/editor/graphql";
import type { InputValue } from "../utils/formValues";

// One mutation per kind of record (their inputs differ); each answers with the draft, which refreshes the changeset
// page through urql's cache.

const SaveJurisdiction = graphql(`
  mutation RecordForm_SaveJurisdiction(
    $changesetId: ID!
    $input: JurisdictionInput!
    $baseVersion: Int
    $reason: String
  ) {
    saveJurisdiction(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SaveAgency = graphql(`
  mutation RecordForm_SaveAgency($changesetId: ID!, $input: AgencyInput!, $baseVersion: Int, $reason: String) {
    saveAgency(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SaveSource = graphql(`
  mutation RecordForm_SaveSource($changesetId: ID!, $input: SourceInput!, $baseVersion: Int, $reason: String) {
    saveSource(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SavePolicy = graphql(`
  mutation RecordForm_SavePolicy($changesetId: ID!, $input: PolicyInput!, $baseVersion: Int, $reason: String) {
    savePolicy(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SaveCourtCase = graphql(`
  mutation RecordForm_SaveCourtCase($changesetId: ID!, $input: CourtCaseInput!, $baseVersion: Int, $reason: String) {
    saveCourtCase(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SaveEvent = graphql(`
  mutation RecordForm_SaveEvent(
    $changesetId: ID!
    $input: EventInput!
    $eventId: ID
    $baseVersion: Int
    $reason: String
  ) {
    saveEvent(changesetId: $changesetId, input: $input, eventId: $eventId, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);
const SaveBatch = graphql(`
  mutation RecordForm_SaveBatch($changesetId: ID!, $input: BatchInput!, $baseVersion: Int, $reason: String) {
    saveBatch(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {
      id
      updatedAt
    }
  }
`);

export interface SaveArguments {
  changesetId: string;
  input: Record<string, InputValue | Record<string, InputValue>[]>;
  baseVersion: number | null;
  reason: string | null;
  /** Events only: the published event being corrected. */
  eventId?: string | null;
}

export interface SaveOutcome {
  ok: boolean;
  error?: CombinedError;
}

export function useSaveRecord(
  type: RecordType,
): [{ fetching: boolean }, (args: SaveArguments) => Promise<SaveOutcome>] {
  const [jurisdiction, saveJurisdiction] = useMutation(SaveJurisdiction);
  const [agency, saveAgency] = useMutation(SaveAgency);
  const [source, saveSource] = useMutation(SaveSource);
  const [policy, savePolicy] = useMutation(SavePolicy);
  const [courtCase, saveCourtCase] = useMutation(SaveCourtCase);
  const [event, saveEvent] = useMutation(SaveEvent);
  const [batch, saveBatch] = useMutation(SaveBatch);
  const fetching = [jurisdiction, agency, source, policy, courtCase, event, batch].some((r) => r.fetching);
  const save = async ({ changesetId, input, baseVersion, reason, eventId }: SaveArguments): Promise<SaveOutcome> => {
    const common = { changesetId, baseVersion, reason };
    // The form built the input from this type's field list; GraphQL checks its shape again on the server.
    const result = await (() => {
      switch (type) {
        case "JURISDICTION":
          return saveJurisdiction({ ...common, input: input as never });
        case "AGENCY":
          return saveAgency({ ...common, input: input as never });
        case "SOURCE":
          return saveSource({ ...common, input: input as never });
        case "POLICY":
          return savePolicy({ ...common, input: input as never });
        case "COURT_CASE":
          return saveCourtCase({ ...common, input: input as never });
        case "EVENT":
          return saveEvent({ ...common, eventId: eventId ?? null, input: input as never });
        case "BATCH":
          return saveBatch({ ...common, input: input as never });
      }
    })();
    return { ok: !result.error && Boolean(result.data), error: result.error };
  };
  return [{ fetching }, save];
}
