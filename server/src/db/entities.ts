import { AccountEntity } from "../modules/accounts/account.entity";
import { ApiTokenEntity } from "../modules/accounts/api-token.entity";
import { SessionEntity } from "../modules/accounts/session.entity";
import { AgencyEntity } from "../modules/agencies/agency.entity";
import { CorrectionRequestEntity } from "../modules/corrections/correction-request.entity";
import { ChangesetChangeEntity } from "../modules/changesets/changeset-change.entity";
import { ChangesetEntity } from "../modules/changesets/changeset.entity";
import { RevisionEntity } from "../modules/revisions/revision.entity";
import { BatchOutcomeEntity } from "../modules/batches/batch-outcome.entity";
import { BatchEntity } from "../modules/batches/batch.entity";
import { EventEntity } from "../modules/batches/event.entity";
import { CourtCaseEntity } from "../modules/court-cases/court-case.entity";
import { DatasetEntity } from "../modules/dataset/dataset.entity";
import { JurisdictionEntity } from "../modules/jurisdictions/jurisdiction.entity";
import { PolicyEntity } from "../modules/policies/policy.entity";
import { SourceEntity } from "../modules/sources/source.entity";

export const ENTITIES = [
  JurisdictionEntity,
  AgencyEntity,
  SourceEntity,
  PolicyEntity,
  CourtCaseEntity,
  BatchEntity,
  EventEntity,
  BatchOutcomeEntity,
  DatasetEntity,
  ChangesetEntity,
  RevisionEntity,
  AccountEntity,
  SessionEntity,
  ApiTokenEntity,
  ChangesetChangeEntity,
  CorrectionRequestEntity,
];
