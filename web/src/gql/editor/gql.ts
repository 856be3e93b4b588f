/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeCard_RemoveChange($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.ChangeCard_RemoveChangeDocument,
    "\n  query ChangesetList_Changesets($first: Int) {\n    changesets(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        note\n        createdAt\n        updatedAt\n        submittedAt\n        publishedAt\n        datasetVersion\n        createdBy {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.ChangesetList_ChangesetsDocument,
    "\n  mutation ChangesetList_CreateChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n": typeof types.ChangesetList_CreateChangesetDocument,
    "\n  query ChangesetView_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      kind\n      status\n      note\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      datasetVersion\n      createdBy {\n        id\n        email\n      }\n      publishedBy {\n        id\n        email\n      }\n      authors {\n        id\n        email\n      }\n      problems {\n        changeId\n        path\n        message\n      }\n      changes {\n        id\n        recordType\n        recordId\n        action\n        baseVersion\n        publishedVersion\n        correction\n        stale\n        reason\n        author {\n          id\n          email\n        }\n        values {\n          field\n          value\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ChangesetView_ChangesetDocument,
    "\n  query CorrectRecordForm_Revisions($record: RecordRefInput!) {\n    revisions(record: $record) {\n      recordType\n      recordId\n      recordVersion\n      datasetVersion\n      action\n      changes {\n        field\n        after\n      }\n    }\n  }\n": typeof types.CorrectRecordForm_RevisionsDocument,
    "\n  mutation DraftActions_UpdateChangeset($id: ID!, $note: String, $submitted: Boolean) {\n    updateChangeset(id: $id, note: $note, submitted: $submitted) {\n      id\n      note\n      submittedAt\n      updatedAt\n    }\n  }\n": typeof types.DraftActions_UpdateChangesetDocument,
    "\n  mutation DraftActions_DiscardChangeset($id: ID!) {\n    discardChangeset(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DraftActions_DiscardChangesetDocument,
    "\n  mutation PublishPanel_Publish($id: ID!, $note: String!) {\n    publishChangeset(id: $id, note: $note) {\n      id\n      status\n      datasetVersion\n      publishedAt\n    }\n  }\n": typeof types.PublishPanel_PublishDocument,
    "\n  mutation SourceLinkForm_Attach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    attachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.SourceLinkForm_AttachDocument,
    "\n  mutation SourceLinkForm_Detach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    detachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.SourceLinkForm_DetachDocument,
    "\n  mutation WithdrawForm_Withdraw($changesetId: ID!, $record: RecordRefInput!, $baseVersion: Int!, $reason: String!) {\n    withdrawRecord(changesetId: $changesetId, record: $record, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.WithdrawForm_WithdrawDocument,
    "\n  mutation ChangePasswordForm_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordForm_ChangePasswordDocument,
    "\n  mutation EditorBar_SignOut {\n    signOut\n  }\n": typeof types.EditorBar_SignOutDocument,
    "\n  mutation SignInForm_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.SignInForm_SignInDocument,
    "\n  query EditorSession_Viewer {\n    viewer {\n      via\n      scopes\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.EditorSession_ViewerDocument,
    "\n  query Inbox_Requests($status: [CorrectionRequestStatus!]) {\n    correctionRequests(status: $status) {\n      id\n      recordType\n      recordId\n      whatIsWrong\n      sourceUrl\n      contact\n      status\n      changesetId\n      createdAt\n      updatedAt\n    }\n    changesets(status: [DRAFT], first: 100) {\n      nodes {\n        id\n        note\n      }\n    }\n  }\n": typeof types.Inbox_RequestsDocument,
    "\n  mutation Inbox_UpdateRequest($id: ID!, $changesetId: ID, $status: CorrectionRequestStatus) {\n    updateCorrectionRequest(id: $id, changesetId: $changesetId, status: $status) {\n      id\n      status\n      changesetId\n      updatedAt\n    }\n  }\n": typeof types.Inbox_UpdateRequestDocument,
    "\n  mutation Inbox_StartChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n": typeof types.Inbox_StartChangesetDocument,
    "\n  query PreviewFrame_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      note\n      status\n      changes {\n        id\n        recordType\n        recordId\n        action\n        values {\n          field\n          value\n        }\n      }\n    }\n  }\n": typeof types.PreviewFrame_ChangesetDocument,
    "\n  mutation RecordForm_RemoveReplaced($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_RemoveReplacedDocument,
    "\n  mutation RecordForm_SaveJurisdiction(\n    $changesetId: ID!\n    $input: JurisdictionInput!\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveJurisdiction(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveJurisdictionDocument,
    "\n  mutation RecordForm_SaveAgency($changesetId: ID!, $input: AgencyInput!, $baseVersion: Int, $reason: String) {\n    saveAgency(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveAgencyDocument,
    "\n  mutation RecordForm_SaveSource($changesetId: ID!, $input: SourceInput!, $baseVersion: Int, $reason: String) {\n    saveSource(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveSourceDocument,
    "\n  mutation RecordForm_SavePolicy($changesetId: ID!, $input: PolicyInput!, $baseVersion: Int, $reason: String) {\n    savePolicy(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SavePolicyDocument,
    "\n  mutation RecordForm_SaveCourtCase($changesetId: ID!, $input: CourtCaseInput!, $baseVersion: Int, $reason: String) {\n    saveCourtCase(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveCourtCaseDocument,
    "\n  mutation RecordForm_SaveEvent(\n    $changesetId: ID!\n    $input: EventInput!\n    $eventId: ID\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveEvent(changesetId: $changesetId, input: $input, eventId: $eventId, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveEventDocument,
    "\n  mutation RecordForm_SaveBatch($changesetId: ID!, $input: BatchInput!, $baseVersion: Int, $reason: String) {\n    saveBatch(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.RecordForm_SaveBatchDocument,
    "\n  mutation AccountsAdmin_CreateAccount($email: String!, $role: Role!) {\n    createAccount(email: $email, role: $role) {\n      account {\n        id\n        email\n        role\n      }\n      oneTimePassword\n    }\n  }\n": typeof types.AccountsAdmin_CreateAccountDocument,
    "\n  mutation AccountsAdmin_UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n      disabledAt\n    }\n  }\n": typeof types.AccountsAdmin_UpdateAccountDocument,
    "\n  query StaffAdmin_Data {\n    accounts {\n      id\n      email\n      role\n      disabledAt\n      mustChangePassword\n      createdAt\n    }\n    apiTokens {\n      id\n      accountId\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": typeof types.StaffAdmin_DataDocument,
    "\n  mutation TokensAdmin_CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n": typeof types.TokensAdmin_CreateTokenDocument,
    "\n  mutation TokensAdmin_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.TokensAdmin_RevokeTokenDocument,
};
const documents: Documents = {
    "\n  mutation ChangeCard_RemoveChange($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n": types.ChangeCard_RemoveChangeDocument,
    "\n  query ChangesetList_Changesets($first: Int) {\n    changesets(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        note\n        createdAt\n        updatedAt\n        submittedAt\n        publishedAt\n        datasetVersion\n        createdBy {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.ChangesetList_ChangesetsDocument,
    "\n  mutation ChangesetList_CreateChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n": types.ChangesetList_CreateChangesetDocument,
    "\n  query ChangesetView_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      kind\n      status\n      note\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      datasetVersion\n      createdBy {\n        id\n        email\n      }\n      publishedBy {\n        id\n        email\n      }\n      authors {\n        id\n        email\n      }\n      problems {\n        changeId\n        path\n        message\n      }\n      changes {\n        id\n        recordType\n        recordId\n        action\n        baseVersion\n        publishedVersion\n        correction\n        stale\n        reason\n        author {\n          id\n          email\n        }\n        values {\n          field\n          value\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ChangesetView_ChangesetDocument,
    "\n  query CorrectRecordForm_Revisions($record: RecordRefInput!) {\n    revisions(record: $record) {\n      recordType\n      recordId\n      recordVersion\n      datasetVersion\n      action\n      changes {\n        field\n        after\n      }\n    }\n  }\n": types.CorrectRecordForm_RevisionsDocument,
    "\n  mutation DraftActions_UpdateChangeset($id: ID!, $note: String, $submitted: Boolean) {\n    updateChangeset(id: $id, note: $note, submitted: $submitted) {\n      id\n      note\n      submittedAt\n      updatedAt\n    }\n  }\n": types.DraftActions_UpdateChangesetDocument,
    "\n  mutation DraftActions_DiscardChangeset($id: ID!) {\n    discardChangeset(id: $id) {\n      id\n      status\n    }\n  }\n": types.DraftActions_DiscardChangesetDocument,
    "\n  mutation PublishPanel_Publish($id: ID!, $note: String!) {\n    publishChangeset(id: $id, note: $note) {\n      id\n      status\n      datasetVersion\n      publishedAt\n    }\n  }\n": types.PublishPanel_PublishDocument,
    "\n  mutation SourceLinkForm_Attach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    attachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.SourceLinkForm_AttachDocument,
    "\n  mutation SourceLinkForm_Detach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    detachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.SourceLinkForm_DetachDocument,
    "\n  mutation WithdrawForm_Withdraw($changesetId: ID!, $record: RecordRefInput!, $baseVersion: Int!, $reason: String!) {\n    withdrawRecord(changesetId: $changesetId, record: $record, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.WithdrawForm_WithdrawDocument,
    "\n  mutation ChangePasswordForm_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordForm_ChangePasswordDocument,
    "\n  mutation EditorBar_SignOut {\n    signOut\n  }\n": types.EditorBar_SignOutDocument,
    "\n  mutation SignInForm_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.SignInForm_SignInDocument,
    "\n  query EditorSession_Viewer {\n    viewer {\n      via\n      scopes\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.EditorSession_ViewerDocument,
    "\n  query Inbox_Requests($status: [CorrectionRequestStatus!]) {\n    correctionRequests(status: $status) {\n      id\n      recordType\n      recordId\n      whatIsWrong\n      sourceUrl\n      contact\n      status\n      changesetId\n      createdAt\n      updatedAt\n    }\n    changesets(status: [DRAFT], first: 100) {\n      nodes {\n        id\n        note\n      }\n    }\n  }\n": types.Inbox_RequestsDocument,
    "\n  mutation Inbox_UpdateRequest($id: ID!, $changesetId: ID, $status: CorrectionRequestStatus) {\n    updateCorrectionRequest(id: $id, changesetId: $changesetId, status: $status) {\n      id\n      status\n      changesetId\n      updatedAt\n    }\n  }\n": types.Inbox_UpdateRequestDocument,
    "\n  mutation Inbox_StartChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n": types.Inbox_StartChangesetDocument,
    "\n  query PreviewFrame_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      note\n      status\n      changes {\n        id\n        recordType\n        recordId\n        action\n        values {\n          field\n          value\n        }\n      }\n    }\n  }\n": types.PreviewFrame_ChangesetDocument,
    "\n  mutation RecordForm_RemoveReplaced($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_RemoveReplacedDocument,
    "\n  mutation RecordForm_SaveJurisdiction(\n    $changesetId: ID!\n    $input: JurisdictionInput!\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveJurisdiction(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveJurisdictionDocument,
    "\n  mutation RecordForm_SaveAgency($changesetId: ID!, $input: AgencyInput!, $baseVersion: Int, $reason: String) {\n    saveAgency(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveAgencyDocument,
    "\n  mutation RecordForm_SaveSource($changesetId: ID!, $input: SourceInput!, $baseVersion: Int, $reason: String) {\n    saveSource(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveSourceDocument,
    "\n  mutation RecordForm_SavePolicy($changesetId: ID!, $input: PolicyInput!, $baseVersion: Int, $reason: String) {\n    savePolicy(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SavePolicyDocument,
    "\n  mutation RecordForm_SaveCourtCase($changesetId: ID!, $input: CourtCaseInput!, $baseVersion: Int, $reason: String) {\n    saveCourtCase(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveCourtCaseDocument,
    "\n  mutation RecordForm_SaveEvent(\n    $changesetId: ID!\n    $input: EventInput!\n    $eventId: ID\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveEvent(changesetId: $changesetId, input: $input, eventId: $eventId, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveEventDocument,
    "\n  mutation RecordForm_SaveBatch($changesetId: ID!, $input: BatchInput!, $baseVersion: Int, $reason: String) {\n    saveBatch(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n": types.RecordForm_SaveBatchDocument,
    "\n  mutation AccountsAdmin_CreateAccount($email: String!, $role: Role!) {\n    createAccount(email: $email, role: $role) {\n      account {\n        id\n        email\n        role\n      }\n      oneTimePassword\n    }\n  }\n": types.AccountsAdmin_CreateAccountDocument,
    "\n  mutation AccountsAdmin_UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n      disabledAt\n    }\n  }\n": types.AccountsAdmin_UpdateAccountDocument,
    "\n  query StaffAdmin_Data {\n    accounts {\n      id\n      email\n      role\n      disabledAt\n      mustChangePassword\n      createdAt\n    }\n    apiTokens {\n      id\n      accountId\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n": types.StaffAdmin_DataDocument,
    "\n  mutation TokensAdmin_CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n": types.TokensAdmin_CreateTokenDocument,
    "\n  mutation TokensAdmin_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.TokensAdmin_RevokeTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCard_RemoveChange($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCard_RemoveChange($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesetList_Changesets($first: Int) {\n    changesets(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        note\n        createdAt\n        updatedAt\n        submittedAt\n        publishedAt\n        datasetVersion\n        createdBy {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesetList_Changesets($first: Int) {\n    changesets(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        note\n        createdAt\n        updatedAt\n        submittedAt\n        publishedAt\n        datasetVersion\n        createdBy {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesetList_CreateChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangesetList_CreateChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesetView_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      kind\n      status\n      note\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      datasetVersion\n      createdBy {\n        id\n        email\n      }\n      publishedBy {\n        id\n        email\n      }\n      authors {\n        id\n        email\n      }\n      problems {\n        changeId\n        path\n        message\n      }\n      changes {\n        id\n        recordType\n        recordId\n        action\n        baseVersion\n        publishedVersion\n        correction\n        stale\n        reason\n        author {\n          id\n          email\n        }\n        values {\n          field\n          value\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangesetView_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      kind\n      status\n      note\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      datasetVersion\n      createdBy {\n        id\n        email\n      }\n      publishedBy {\n        id\n        email\n      }\n      authors {\n        id\n        email\n      }\n      problems {\n        changeId\n        path\n        message\n      }\n      changes {\n        id\n        recordType\n        recordId\n        action\n        baseVersion\n        publishedVersion\n        correction\n        stale\n        reason\n        author {\n          id\n          email\n        }\n        values {\n          field\n          value\n        }\n        diff {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectRecordForm_Revisions($record: RecordRefInput!) {\n    revisions(record: $record) {\n      recordType\n      recordId\n      recordVersion\n      datasetVersion\n      action\n      changes {\n        field\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectRecordForm_Revisions($record: RecordRefInput!) {\n    revisions(record: $record) {\n      recordType\n      recordId\n      recordVersion\n      datasetVersion\n      action\n      changes {\n        field\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftActions_UpdateChangeset($id: ID!, $note: String, $submitted: Boolean) {\n    updateChangeset(id: $id, note: $note, submitted: $submitted) {\n      id\n      note\n      submittedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DraftActions_UpdateChangeset($id: ID!, $note: String, $submitted: Boolean) {\n    updateChangeset(id: $id, note: $note, submitted: $submitted) {\n      id\n      note\n      submittedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftActions_DiscardChangeset($id: ID!) {\n    discardChangeset(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DraftActions_DiscardChangeset($id: ID!) {\n    discardChangeset(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPanel_Publish($id: ID!, $note: String!) {\n    publishChangeset(id: $id, note: $note) {\n      id\n      status\n      datasetVersion\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPanel_Publish($id: ID!, $note: String!) {\n    publishChangeset(id: $id, note: $note) {\n      id\n      status\n      datasetVersion\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourceLinkForm_Attach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    attachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SourceLinkForm_Attach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    attachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SourceLinkForm_Detach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    detachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SourceLinkForm_Detach($changesetId: ID!, $record: RecordRefInput!, $sourceId: String!, $reason: String) {\n    detachSource(changesetId: $changesetId, record: $record, sourceId: $sourceId, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawForm_Withdraw($changesetId: ID!, $record: RecordRefInput!, $baseVersion: Int!, $reason: String!) {\n    withdrawRecord(changesetId: $changesetId, record: $record, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawForm_Withdraw($changesetId: ID!, $record: RecordRefInput!, $baseVersion: Int!, $reason: String!) {\n    withdrawRecord(changesetId: $changesetId, record: $record, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordForm_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePasswordForm_ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorBar_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation EditorBar_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInForm_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInForm_SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorSession_Viewer {\n    viewer {\n      via\n      scopes\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorSession_Viewer {\n    viewer {\n      via\n      scopes\n      account {\n        id\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox_Requests($status: [CorrectionRequestStatus!]) {\n    correctionRequests(status: $status) {\n      id\n      recordType\n      recordId\n      whatIsWrong\n      sourceUrl\n      contact\n      status\n      changesetId\n      createdAt\n      updatedAt\n    }\n    changesets(status: [DRAFT], first: 100) {\n      nodes {\n        id\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox_Requests($status: [CorrectionRequestStatus!]) {\n    correctionRequests(status: $status) {\n      id\n      recordType\n      recordId\n      whatIsWrong\n      sourceUrl\n      contact\n      status\n      changesetId\n      createdAt\n      updatedAt\n    }\n    changesets(status: [DRAFT], first: 100) {\n      nodes {\n        id\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Inbox_UpdateRequest($id: ID!, $changesetId: ID, $status: CorrectionRequestStatus) {\n    updateCorrectionRequest(id: $id, changesetId: $changesetId, status: $status) {\n      id\n      status\n      changesetId\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Inbox_UpdateRequest($id: ID!, $changesetId: ID, $status: CorrectionRequestStatus) {\n    updateCorrectionRequest(id: $id, changesetId: $changesetId, status: $status) {\n      id\n      status\n      changesetId\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Inbox_StartChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Inbox_StartChangeset($note: String) {\n    createChangeset(note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewFrame_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      note\n      status\n      changes {\n        id\n        recordType\n        recordId\n        action\n        values {\n          field\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewFrame_Changeset($id: ID!) {\n    changeset(id: $id) {\n      id\n      note\n      status\n      changes {\n        id\n        recordType\n        recordId\n        action\n        values {\n          field\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_RemoveReplaced($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_RemoveReplaced($changeId: ID!) {\n    removeChange(changeId: $changeId) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveJurisdiction(\n    $changesetId: ID!\n    $input: JurisdictionInput!\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveJurisdiction(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveJurisdiction(\n    $changesetId: ID!\n    $input: JurisdictionInput!\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveJurisdiction(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveAgency($changesetId: ID!, $input: AgencyInput!, $baseVersion: Int, $reason: String) {\n    saveAgency(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveAgency($changesetId: ID!, $input: AgencyInput!, $baseVersion: Int, $reason: String) {\n    saveAgency(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveSource($changesetId: ID!, $input: SourceInput!, $baseVersion: Int, $reason: String) {\n    saveSource(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveSource($changesetId: ID!, $input: SourceInput!, $baseVersion: Int, $reason: String) {\n    saveSource(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SavePolicy($changesetId: ID!, $input: PolicyInput!, $baseVersion: Int, $reason: String) {\n    savePolicy(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SavePolicy($changesetId: ID!, $input: PolicyInput!, $baseVersion: Int, $reason: String) {\n    savePolicy(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveCourtCase($changesetId: ID!, $input: CourtCaseInput!, $baseVersion: Int, $reason: String) {\n    saveCourtCase(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveCourtCase($changesetId: ID!, $input: CourtCaseInput!, $baseVersion: Int, $reason: String) {\n    saveCourtCase(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveEvent(\n    $changesetId: ID!\n    $input: EventInput!\n    $eventId: ID\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveEvent(changesetId: $changesetId, input: $input, eventId: $eventId, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveEvent(\n    $changesetId: ID!\n    $input: EventInput!\n    $eventId: ID\n    $baseVersion: Int\n    $reason: String\n  ) {\n    saveEvent(changesetId: $changesetId, input: $input, eventId: $eventId, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForm_SaveBatch($changesetId: ID!, $input: BatchInput!, $baseVersion: Int, $reason: String) {\n    saveBatch(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForm_SaveBatch($changesetId: ID!, $input: BatchInput!, $baseVersion: Int, $reason: String) {\n    saveBatch(changesetId: $changesetId, input: $input, baseVersion: $baseVersion, reason: $reason) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsAdmin_CreateAccount($email: String!, $role: Role!) {\n    createAccount(email: $email, role: $role) {\n      account {\n        id\n        email\n        role\n      }\n      oneTimePassword\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsAdmin_CreateAccount($email: String!, $role: Role!) {\n    createAccount(email: $email, role: $role) {\n      account {\n        id\n        email\n        role\n      }\n      oneTimePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsAdmin_UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccountsAdmin_UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      id\n      role\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAdmin_Data {\n    accounts {\n      id\n      email\n      role\n      disabledAt\n      mustChangePassword\n      createdAt\n    }\n    apiTokens {\n      id\n      accountId\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query StaffAdmin_Data {\n    accounts {\n      id\n      email\n      role\n      disabledAt\n      mustChangePassword\n      createdAt\n    }\n    apiTokens {\n      id\n      accountId\n      name\n      scopes\n      expiresAt\n      lastUsedAt\n      revokedAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensAdmin_CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TokensAdmin_CreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n        scopes\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TokensAdmin_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TokensAdmin_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;