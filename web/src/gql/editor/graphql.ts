/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An agency as it should read. */
export type AgencyInput = {
  /** The jurisdiction it serves. */
  jurisdictionSlug: string;
  /** What kind of agency it is. */
  kind: AgencyKind;
  /** Name, e.g. Marion County Sheriff's Office. */
  name: string;
  /** Stable id, e.g. `marion-county-sheriff`. */
  slug: string;
};

/** What kind of agency received subpoenas. */
export type AgencyKind =
  /** Corrections department. */
  | 'CORRECTIONS'
  /** County government. */
  | 'COUNTY_GOVERNMENT'
  /** Court. */
  | 'COURT'
  /** Other agency. */
  | 'OTHER'
  /** Police department. */
  | 'POLICE'
  /** Sheriff's office. */
  | 'SHERIFF'
  /** State police. */
  | 'STATE_POLICE';

/** A dated event of a batch, inside a batch's form. */
export type BatchEventInput = {
  /** The agency it concerns, if only one of the batch's. */
  agencySlug?: string | null | undefined;
  /** The stored event's version the edit started from (required with id). */
  baseVersion?: number | null | undefined;
  /** The court case it belongs to. */
  courtCaseSlug?: string | null | undefined;
  /** When it happened. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  date: string;
  /** The stored event this edits; omit for a new event. (New events of the batch are replaced as a set each time the batch is saved.) */
  id?: string | null | undefined;
  /** A short note. */
  note?: string | null | undefined;
  /** Why a published event changes (required when it does). */
  reason?: string | null | undefined;
  /** Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote. */
  sourceIds: Array<string>;
  /** What happened. */
  status: EventStatus;
  /** How many of the batch's subpoenas it concerns, if not all. */
  subpoenasAffected?: number | null | undefined;
};

/** A batch of subpoenas as it should read, optionally with its events. */
export type BatchInput = {
  /** How exact the count is; UNKNOWN when sources give no number. */
  countPrecision: CountPrecision;
  /** The batch's events to save with it; omit to leave its events as they are. */
  events?: Array<BatchEventInput> | null | undefined;
  /** Stable id, e.g. `2025-08-14-marion-county-or`. */
  id: string;
  /** When the subpoenas were issued. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  issuedOn: string;
  /** The part of ICE that issued them. */
  issuingComponent?: IssuingComponent | null | undefined;
  /** The jurisdiction the batch is counted under. */
  jurisdictionSlug: string;
  /** Editors' notes. */
  notes?: string | null | undefined;
  /** Offense categories the sources name. */
  offenseCategories?: Array<OffenseCategory> | null | undefined;
  /** The agencies served, in the order the sources list them. */
  recipientAgencySlugs: Array<string>;
  /** Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote. */
  sourceIds: Array<string>;
  /** How many subjects were in custody. */
  subjectsInCustody?: number | null | undefined;
  /** How many subjects had been released. */
  subjectsReleased?: number | null | undefined;
  /** What the sources say of the subjects (never their names). */
  subjectsSummary?: string | null | undefined;
  /** How many subpoenas; leave empty when the count is UNKNOWN. */
  subpoenaCount?: number | null | undefined;
};

/** What a change does to its record. */
export type ChangeAction =
  /** Adds the record, or sets its fields (a correction when it is published already). */
  | 'UPSERT'
  /** Withdraws the record from the dataset, with a published reason; its history stays. */
  | 'WITHDRAW';

/** How a changeset came about. */
export type ChangesetKind =
  /** Edits drafted by staff, reviewed and published by an editor. */
  | 'EDIT'
  /** A data package loaded with `pnpm data:import`, published at once. */
  | 'IMPORT';

/** Where a changeset stands. */
export type ChangesetStatus =
  /** Abandoned without being published. */
  | 'DISCARDED'
  /** Being written or reviewed; visible to staff only, never in public answers. */
  | 'DRAFT'
  /** Applied to the dataset, with a dataset version and a public note. */
  | 'PUBLISHED';

/** Where a reader's error report stands. */
export type CorrectionRequestStatus =
  /** Looked into; nothing to change. */
  | 'DISMISSED'
  /** Not yet dealt with. */
  | 'OPEN'
  /** Fixed by a published changeset. */
  | 'RESOLVED';

/** How exactly the sources give a batch's number of subpoenas. */
export type CountPrecision =
  /** The sources give an approximate number ("about 5"); it is counted as given. */
  | 'APPROXIMATE'
  /** The sources give a lower bound ("at least 5"); the bound is counted. */
  | 'AT_LEAST'
  /** The sources give an exact number. */
  | 'EXACT'
  /** The sources give no number (e.g. "several"). The count is null and is never counted as zero: totals report such batches separately as unknownCountBatches. */
  | 'UNKNOWN';

/** A court case as it should read. */
export type CourtCaseInput = {
  /** The case's caption (no personal names of the people the subpoenas concern). */
  caption: string;
  /** The docket number. */
  caseNumber?: string | null | undefined;
  /** Citation of the decision. */
  citation?: string | null | undefined;
  /** The court. */
  court: string;
  /** When it was decided. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  decidedOn?: string | null | undefined;
  /** When it was filed. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  filedOn?: string | null | undefined;
  /** The judge. */
  judge?: string | null | undefined;
  /** How it ended, or PENDING. */
  outcome: CourtCaseOutcome;
  /** Stable id. */
  slug: string;
  /** Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote. */
  sourceIds: Array<string>;
};

/** How a court case ended, as far as the sources report. */
export type CourtCaseOutcome =
  /** Dismissed. */
  | 'DISMISSED'
  /** Enforced. */
  | 'ENFORCED'
  /** Enforced, narrowed. */
  | 'ENFORCED_NARROWED'
  /** Pending. */
  | 'PENDING'
  /** Quashed. */
  | 'QUASHED'
  /** Not reported: the sources do not say how the case ended. */
  | 'UNKNOWN'
  /** Withdrawn. */
  | 'WITHDRAWN';

/** A new API token. */
export type CreateApiTokenInput = {
  /** The account the token acts as. */
  accountId: string;
  /** Days until the token stops working, from 1 to 365. */
  expiresInDays: number;
  /** What the token is for, e.g. 'nightly import script'. */
  name: string;
  /** What the token may do; PUBLISH only for editors' and admins' tokens. */
  scopes: Array<Scope>;
};

/** A dated event as it should read. */
export type EventInput = {
  /** The agency it concerns, if only one of the batch's. */
  agencySlug?: string | null | undefined;
  /** The batch it belongs to. */
  batchId: string;
  /** The court case it belongs to. */
  courtCaseSlug?: string | null | undefined;
  /** When it happened. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  date: string;
  /** A short note. */
  note?: string | null | undefined;
  /** Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote. */
  sourceIds: Array<string>;
  /** What happened. */
  status: EventStatus;
  /** How many of the batch's subpoenas it concerns, if not all. */
  subpoenasAffected?: number | null | undefined;
};

/** What happened in one step of a batch's history. */
export type EventStatus =
  /** Did not appeal. Confirms an order already in force; changes no outcome. */
  | 'APPEAL_DECLINED'
  /** Complied. Puts the subpoenas it concerns in outcome COMPLIED. */
  | 'COMPLIED'
  /** Complied after order. Puts the subpoenas it concerns in outcome COMPLIED_AFTER_ORDER. */
  | 'COMPLIED_AFTER_ORDER'
  /** Court ordered compliance. Puts the subpoenas it concerns in outcome COURT_ORDERED. */
  | 'COURT_ORDERED_COMPLIANCE'
  /** Declined. Puts the subpoenas it concerns in outcome DECLINED. */
  | 'DECLINED'
  /** Enforcement petition filed. Puts the subpoenas it concerns in outcome IN_COURT. */
  | 'ENFORCEMENT_PETITION_FILED'
  /** Issued. Opens the history; the subpoenas start PENDING. */
  | 'ISSUED'
  /** No response. Puts the subpoenas it concerns in outcome NO_RESPONSE. */
  | 'NO_RESPONSE'
  /** Partially complied. Puts the subpoenas it concerns in outcome PARTIALLY_COMPLIED. */
  | 'PARTIALLY_COMPLIED'
  /** Quashed. Puts the subpoenas it concerns in outcome QUASHED. */
  | 'QUASHED'
  /** Recipient sued. Puts the subpoenas it concerns in outcome IN_COURT. */
  | 'RECIPIENT_SUED'
  /** Served. Opens the history; the subpoenas start PENDING. */
  | 'SERVED'
  /** Under review. Puts the subpoenas it concerns in outcome PENDING. */
  | 'UNDER_REVIEW'
  /** Withdrawn. Puts the subpoenas it concerns in outcome WITHDRAWN. */
  | 'WITHDRAWN';

/** The part of U.S. Immigration and Customs Enforcement (ICE) that issued the subpoenas. */
export type IssuingComponent =
  /** Enforcement and Removal Operations (ERO). */
  | 'ERO'
  /** Homeland Security Investigations (HSI). */
  | 'HSI';

/** A jurisdiction as it should read. */
export type JurisdictionInput = {
  /** Five-digit Census FIPS code of its county. */
  countyFips?: string | null | undefined;
  /** State, county, city or city-county. */
  kind: JurisdictionKind;
  /** Name, e.g. Marion County. */
  name: string;
  /** The jurisdiction it lies in, e.g. `oregon`. */
  parentSlug?: string | null | undefined;
  /** Stable id (lower-case letters, digits, hyphens), e.g. `marion-county-or`. */
  slug: string;
  /** Two-letter USPS state code, e.g. OR. */
  state?: string | null | undefined;
};

/** Level of government of a jurisdiction. */
export type JurisdictionKind =
  /** A city. */
  | 'CITY'
  /** A consolidated city and county, such as Denver. */
  | 'CITY_COUNTY'
  /** A county. May contain cities. */
  | 'COUNTY'
  /** A U.S. state. Contains counties and cities. */
  | 'STATE';

/** A category of offense that the people concerned by a batch were arrested for or convicted of. Records describe people only by these categories, never by name. */
export type OffenseCategory =
  /** Assault. */
  | 'ASSAULT'
  /** Burglary. */
  | 'BURGLARY'
  /** Domestic violence. */
  | 'DOMESTIC_VIOLENCE'
  /** Drug offense. */
  | 'DRUG'
  /** Driving under the influence. */
  | 'DUI'
  /** Homicide. */
  | 'HOMICIDE'
  /** Immigration offense. */
  | 'IMMIGRATION'
  /** Other offense. */
  | 'OTHER'
  /** Robbery. */
  | 'ROBBERY'
  /** Sexual offense. */
  | 'SEXUAL_OFFENSE'
  /** Weapons offense. */
  | 'WEAPONS';

/** A sanctuary law or policy as it should read. */
export type PolicyInput = {
  /** Its legal citation. */
  citation?: string | null | undefined;
  /** When it took effect. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  effectiveOn?: string | null | undefined;
  /** When it was enacted. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  enactedOn?: string | null | undefined;
  /** The jurisdiction whose policy it is. */
  jurisdictionSlug: string;
  /** Name of the law or policy. */
  name: string;
  /** Stable id. */
  slug: string;
  /** Ids of the sources supporting this record, in citation order; at least one, and at least one with its supporting quote. */
  sourceIds: Array<string>;
  /** What it says about sharing information with ICE. */
  summary?: string | null | undefined;
};

/** Names one record: its type and stable id (an event's id is its number). */
export type RecordRefInput = {
  /** The record's stable id. */
  id: string;
  /** The kind of record. */
  type: RecordType;
};

/** A kind of record in the dataset. */
export type RecordType =
  /** An agency subpoenas were served on. */
  | 'AGENCY'
  /** Subpoenas served together. */
  | 'BATCH'
  /** A court case to enforce or challenge subpoenas. */
  | 'COURT_CASE'
  /** A dated step in a batch's history (its id is a number). */
  | 'EVENT'
  /** A state, county or city. */
  | 'JURISDICTION'
  /** A sanctuary law or policy. */
  | 'POLICY'
  /** A document facts are drawn from. */
  | 'SOURCE';

/** How close a source is to the facts it supports. */
export type Reliability =
  /** A copy or summary, to be checked against the original. */
  | 'AGGREGATOR'
  /** The original publisher or record. */
  | 'PRIMARY'
  /** A report of the original. */
  | 'SECONDARY';

/** What a published change did to a record. */
export type RevisionAction =
  /** The record was added. */
  | 'CREATE'
  /** Some of its fields changed: a correction or an update, with its reason. */
  | 'UPDATE'
  /** It was withdrawn from the dataset, with the reason; it keeps its history. */
  | 'WITHDRAW';

/** What a staff account may do. Each role may also do everything the roles before it may. */
export type Role =
  /** Also manages accounts and API tokens. */
  | 'ADMIN'
  /** Drafts changes in changesets and submits them for review. */
  | 'CONTRIBUTOR'
  /** Reviews and publishes changesets (not one they wrote alone) and answers error reports. */
  | 'EDITOR';

/** What an API token may do, within what its account's role allows. */
export type Scope =
  /** Create and edit draft changesets. */
  | 'DRAFT'
  /** Publish changesets (editors and admins only). */
  | 'PUBLISH'
  /** Read changesets, drafts, previews and (for editors) the error reports. */
  | 'READ';

/** A source as it should read. */
export type SourceInput = {
  /** Stable id, e.g. `statesman-2025-08-marion`. */
  id: string;
  /** What kind of document it is. */
  kind: SourceKind;
  /** When it was published. A partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources are. */
  publishedOn?: string | null | undefined;
  /** Who published it. */
  publisher: string;
  /** The passage that supports the facts citing it, verbatim. */
  quote?: string | null | undefined;
  /** Primary, secondary or aggregator. */
  reliability: Reliability;
  /** Its title. */
  title?: string | null | undefined;
  /** Address of the document (http or https). */
  url: string;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A site that copies or summarizes others' reporting. */
  | 'AGGREGATOR'
  /** Court record. */
  | 'COURT_RECORD'
  /** Government document. */
  | 'GOVERNMENT'
  /** News report. */
  | 'NEWS'
  /** Press release. */
  | 'PRESS_RELEASE'
  /** Research. */
  | 'RESEARCH';

/** Changes to an account. */
export type UpdateAccountInput = {
  /** true disables the account (ending its sessions and revoking its tokens); false enables it again. */
  disabled?: boolean | null | undefined;
  /** A new role. */
  role?: Role | null | undefined;
};

export type ChangeCard_RemoveChangeMutationVariables = Exact<{
  changeId: string;
}>;


export type ChangeCard_RemoveChangeMutation = { removeChange: { id: string, updatedAt: string } };

export type ChangesetList_ChangesetsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ChangesetList_ChangesetsQuery = { changesets: { totalCount: number, nodes: Array<{ id: string, kind: ChangesetKind, status: ChangesetStatus, note: string, createdAt: string, updatedAt: string, submittedAt: string | null, publishedAt: string | null, datasetVersion: number | null, createdBy: { id: string, email: string } | null }> } };

export type ChangesetList_CreateChangesetMutationVariables = Exact<{
  note?: string | null | undefined;
}>;


export type ChangesetList_CreateChangesetMutation = { createChangeset: { id: string } };

export type ChangesetView_ChangesetQueryVariables = Exact<{
  id: string;
}>;


export type ChangesetView_ChangesetQuery = { changeset: { id: string, kind: ChangesetKind, status: ChangesetStatus, note: string, createdAt: string, updatedAt: string, submittedAt: string | null, publishedAt: string | null, datasetVersion: number | null, createdBy: { id: string, email: string } | null, publishedBy: { id: string, email: string } | null, authors: Array<{ id: string, email: string }>, problems: Array<{ changeId: string | null, path: string, message: string }>, changes: Array<{ id: string, recordType: RecordType, recordId: string | null, action: ChangeAction, baseVersion: number | null, publishedVersion: number | null, correction: boolean, stale: boolean, reason: string | null, author: { id: string, email: string } | null, values: Array<{ field: string, value: string | null }>, diff: Array<{ field: string, before: string | null, after: string | null }> }> } };

export type CorrectRecordForm_RevisionsQueryVariables = Exact<{
  record: RecordRefInput;
}>;


export type CorrectRecordForm_RevisionsQuery = { revisions: Array<{ recordType: RecordType, recordId: string, recordVersion: number, datasetVersion: number, action: RevisionAction, changes: Array<{ field: string, after: string | null }> }> };

export type DraftActions_UpdateChangesetMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  submitted?: boolean | null | undefined;
}>;


export type DraftActions_UpdateChangesetMutation = { updateChangeset: { id: string, note: string, submittedAt: string | null, updatedAt: string } };

export type DraftActions_DiscardChangesetMutationVariables = Exact<{
  id: string;
}>;


export type DraftActions_DiscardChangesetMutation = { discardChangeset: { id: string, status: ChangesetStatus } };

export type PublishPanel_PublishMutationVariables = Exact<{
  id: string;
  note: string;
}>;


export type PublishPanel_PublishMutation = { publishChangeset: { id: string, status: ChangesetStatus, datasetVersion: number | null, publishedAt: string | null } };

export type SourceLinkForm_AttachMutationVariables = Exact<{
  changesetId: string;
  record: RecordRefInput;
  sourceId: string;
  reason?: string | null | undefined;
}>;


export type SourceLinkForm_AttachMutation = { attachSource: { id: string, updatedAt: string } };

export type SourceLinkForm_DetachMutationVariables = Exact<{
  changesetId: string;
  record: RecordRefInput;
  sourceId: string;
  reason?: string | null | undefined;
}>;


export type SourceLinkForm_DetachMutation = { detachSource: { id: string, updatedAt: string } };

export type WithdrawForm_WithdrawMutationVariables = Exact<{
  changesetId: string;
  record: RecordRefInput;
  baseVersion: number;
  reason: string;
}>;


export type WithdrawForm_WithdrawMutation = { withdrawRecord: { id: string, updatedAt: string } };

export type ChangePasswordForm_ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordForm_ChangePasswordMutation = { changePassword: boolean };

export type EditorBar_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type EditorBar_SignOutMutation = { signOut: boolean };

export type SignInForm_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInForm_SignInMutation = { signIn: { account: { id: string, email: string, role: Role, mustChangePassword: boolean } } };

export type EditorSession_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorSession_ViewerQuery = { viewer: { via: string, scopes: Array<Scope>, account: { id: string, email: string, role: Role, mustChangePassword: boolean } } | null };

export type Inbox_RequestsQueryVariables = Exact<{
  status?: Array<CorrectionRequestStatus> | CorrectionRequestStatus | null | undefined;
}>;


export type Inbox_RequestsQuery = { correctionRequests: Array<{ id: string, recordType: RecordType, recordId: string, whatIsWrong: string, sourceUrl: string | null, contact: string | null, status: CorrectionRequestStatus, changesetId: string | null, createdAt: string, updatedAt: string }>, changesets: { nodes: Array<{ id: string, note: string }> } };

export type Inbox_UpdateRequestMutationVariables = Exact<{
  id: string;
  changesetId?: string | null | undefined;
  status?: CorrectionRequestStatus | null | undefined;
}>;


export type Inbox_UpdateRequestMutation = { updateCorrectionRequest: { id: string, status: CorrectionRequestStatus, changesetId: string | null, updatedAt: string } };

export type Inbox_StartChangesetMutationVariables = Exact<{
  note?: string | null | undefined;
}>;


export type Inbox_StartChangesetMutation = { createChangeset: { id: string } };

export type PreviewFrame_ChangesetQueryVariables = Exact<{
  id: string;
}>;


export type PreviewFrame_ChangesetQuery = { changeset: { id: string, note: string, status: ChangesetStatus, changes: Array<{ id: string, recordType: RecordType, recordId: string | null, action: ChangeAction, values: Array<{ field: string, value: string | null }> }> } };

export type RecordForm_RemoveReplacedMutationVariables = Exact<{
  changeId: string;
}>;


export type RecordForm_RemoveReplacedMutation = { removeChange: { id: string, updatedAt: string } };

export type RecordForm_SaveJurisdictionMutationVariables = Exact<{
  changesetId: string;
  input: JurisdictionInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveJurisdictionMutation = { saveJurisdiction: { id: string, updatedAt: string } };

export type RecordForm_SaveAgencyMutationVariables = Exact<{
  changesetId: string;
  input: AgencyInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveAgencyMutation = { saveAgency: { id: string, updatedAt: string } };

export type RecordForm_SaveSourceMutationVariables = Exact<{
  changesetId: string;
  input: SourceInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveSourceMutation = { saveSource: { id: string, updatedAt: string } };

export type RecordForm_SavePolicyMutationVariables = Exact<{
  changesetId: string;
  input: PolicyInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SavePolicyMutation = { savePolicy: { id: string, updatedAt: string } };

export type RecordForm_SaveCourtCaseMutationVariables = Exact<{
  changesetId: string;
  input: CourtCaseInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveCourtCaseMutation = { saveCourtCase: { id: string, updatedAt: string } };

export type RecordForm_SaveEventMutationVariables = Exact<{
  changesetId: string;
  input: EventInput;
  eventId?: string | null | undefined;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveEventMutation = { saveEvent: { id: string, updatedAt: string } };

export type RecordForm_SaveBatchMutationVariables = Exact<{
  changesetId: string;
  input: BatchInput;
  baseVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type RecordForm_SaveBatchMutation = { saveBatch: { id: string, updatedAt: string } };

export type AccountsAdmin_CreateAccountMutationVariables = Exact<{
  email: string;
  role: Role;
}>;


export type AccountsAdmin_CreateAccountMutation = { createAccount: { oneTimePassword: string, account: { id: string, email: string, role: Role } } };

export type AccountsAdmin_UpdateAccountMutationVariables = Exact<{
  id: string;
  input: UpdateAccountInput;
}>;


export type AccountsAdmin_UpdateAccountMutation = { updateAccount: { id: string, role: Role, disabledAt: string | null } };

export type StaffAdmin_DataQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAdmin_DataQuery = { accounts: Array<{ id: string, email: string, role: Role, disabledAt: string | null, mustChangePassword: boolean, createdAt: string }>, apiTokens: Array<{ id: string, accountId: number, name: string, scopes: Array<Scope>, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, createdAt: string }> };

export type TokensAdmin_CreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type TokensAdmin_CreateTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, scopes: Array<Scope>, expiresAt: string } } };

export type TokensAdmin_RevokeTokenMutationVariables = Exact<{
  id: string;
}>;


export type TokensAdmin_RevokeTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };


export const ChangeCard_RemoveChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCard_RemoveChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeCard_RemoveChangeMutation, ChangeCard_RemoveChangeMutationVariables>;
export const ChangesetList_ChangesetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesetList_Changesets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changesets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesetList_ChangesetsQuery, ChangesetList_ChangesetsQueryVariables>;
export const ChangesetList_CreateChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangesetList_CreateChangeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChangesetList_CreateChangesetMutation, ChangesetList_CreateChangesetMutationVariables>;
export const ChangesetView_ChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangesetView_Changeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeId"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"correction"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangesetView_ChangesetQuery, ChangesetView_ChangesetQueryVariables>;
export const CorrectRecordForm_RevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectRecordForm_Revisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectRecordForm_RevisionsQuery, CorrectRecordForm_RevisionsQueryVariables>;
export const DraftActions_UpdateChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftActions_UpdateChangeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submitted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChangeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"submitted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submitted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<DraftActions_UpdateChangesetMutation, DraftActions_UpdateChangesetMutationVariables>;
export const DraftActions_DiscardChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftActions_DiscardChangeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardChangeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftActions_DiscardChangesetMutation, DraftActions_DiscardChangesetMutationVariables>;
export const PublishPanel_PublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPanel_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishChangeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishPanel_PublishMutation, PublishPanel_PublishMutationVariables>;
export const SourceLinkForm_AttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SourceLinkForm_Attach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SourceLinkForm_AttachMutation, SourceLinkForm_AttachMutationVariables>;
export const SourceLinkForm_DetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SourceLinkForm_Detach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SourceLinkForm_DetachMutation, SourceLinkForm_DetachMutationVariables>;
export const WithdrawForm_WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawForm_Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawForm_WithdrawMutation, WithdrawForm_WithdrawMutationVariables>;
export const ChangePasswordForm_ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePasswordForm_ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordForm_ChangePasswordMutation, ChangePasswordForm_ChangePasswordMutationVariables>;
export const EditorBar_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorBar_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<EditorBar_SignOutMutation, EditorBar_SignOutMutationVariables>;
export const SignInForm_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInForm_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<SignInForm_SignInMutation, SignInForm_SignInMutationVariables>;
export const EditorSession_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorSession_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<EditorSession_ViewerQuery, EditorSession_ViewerQueryVariables>;
export const Inbox_RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox_Requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionRequestStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"whatIsWrong"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changesetId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changesets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<Inbox_RequestsQuery, Inbox_RequestsQueryVariables>;
export const Inbox_UpdateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Inbox_UpdateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCorrectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changesetId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<Inbox_UpdateRequestMutation, Inbox_UpdateRequestMutationVariables>;
export const Inbox_StartChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Inbox_StartChangeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Inbox_StartChangesetMutation, Inbox_StartChangesetMutationVariables>;
export const PreviewFrame_ChangesetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewFrame_Changeset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewFrame_ChangesetQuery, PreviewFrame_ChangesetQueryVariables>;
export const RecordForm_RemoveReplacedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_RemoveReplaced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_RemoveReplacedMutation, RecordForm_RemoveReplacedMutationVariables>;
export const RecordForm_SaveJurisdictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveJurisdiction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveJurisdiction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveJurisdictionMutation, RecordForm_SaveJurisdictionMutationVariables>;
export const RecordForm_SaveAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveAgencyMutation, RecordForm_SaveAgencyMutationVariables>;
export const RecordForm_SaveSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveSourceMutation, RecordForm_SaveSourceMutationVariables>;
export const RecordForm_SavePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SavePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SavePolicyMutation, RecordForm_SavePolicyMutationVariables>;
export const RecordForm_SaveCourtCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveCourtCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCourtCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveCourtCaseMutation, RecordForm_SaveCourtCaseMutationVariables>;
export const RecordForm_SaveEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveEventMutation, RecordForm_SaveEventMutationVariables>;
export const RecordForm_SaveBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForm_SaveBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changesetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changesetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordForm_SaveBatchMutation, RecordForm_SaveBatchMutationVariables>;
export const AccountsAdmin_CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsAdmin_CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimePassword"}}]}}]}}]} as unknown as DocumentNode<AccountsAdmin_CreateAccountMutation, AccountsAdmin_CreateAccountMutationVariables>;
export const AccountsAdmin_UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsAdmin_UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<AccountsAdmin_UpdateAccountMutation, AccountsAdmin_UpdateAccountMutationVariables>;
export const StaffAdmin_DataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAdmin_Data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<StaffAdmin_DataQuery, StaffAdmin_DataQueryVariables>;
export const TokensAdmin_CreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokensAdmin_CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<TokensAdmin_CreateTokenMutation, TokensAdmin_CreateTokenMutationVariables>;
export const TokensAdmin_RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TokensAdmin_RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TokensAdmin_RevokeTokenMutation, TokensAdmin_RevokeTokenMutationVariables>;