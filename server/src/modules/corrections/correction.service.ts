import type { DataSource } from "typeorm";
import type { EditorialConfig } from "../../config";
import { NotFoundError, RateLimitedError, UserInputError } from "../../schema/errors";
import type { ResourceName } from "../../write/resources";
import { recentHits, recordHits, retryAfterSeconds } from "../accounts/rate-limit";
import { getChangeset, storedRecord } from "../changesets/changeset.service";
import { CorrectionRequestEntity, type CorrectionRequestStatus } from "./correction-request.entity";

const HOUR = 3600;

export interface ErrorReport {
  recordType: ResourceName;
  recordId: string;
  whatIsWrong: string;
  sourceUrl: string | null;
  contact: string | null;
}

/**
 * Stores a reader's error report. Limited per address (no third-party service: the count is kept in the database),
 * checked for a record that exists, and for lengths a person writes.
 */
export async function reportError(
  dataSource: DataSource,
  config: EditorialConfig,
  address: string,
  report: ErrorReport,
): Promise<CorrectionRequestEntity> {
  const key = `report:address:${address}`;
  if ((await recentHits(dataSource, key, HOUR)) >= config.reportsPerHour) {
    const wait = await retryAfterSeconds(dataSource, key, HOUR);
    throw new RateLimitedError(
      `Thank you, but this address has sent ${config.reportsPerHour} reports in the last hour. Please try again in ${Math.ceil(wait / 60)} minutes.`,
      wait,
    );
  }
  const problems: string[] = [];
  const whatIsWrong = report.whatIsWrong.trim();
  if (whatIsWrong.length < 10) problems.push("input.whatIsWrong: say what is wrong in at least 10 characters");
  if (whatIsWrong.length > 5000) problems.push("input.whatIsWrong: keep it under 5,000 characters");
  const sourceUrl = report.sourceUrl?.trim() || null;
  if (sourceUrl && !/^https?:\/\/\S+$/.test(sourceUrl))
    problems.push(`input.sourceUrl: "${sourceUrl}" is not an http(s) address`);
  const contact = report.contact?.trim() || null;
  if (contact && contact.length > 300) problems.push("input.contact: keep it under 300 characters");
  const record = await storedRecord(dataSource, report.recordType, report.recordId);
  if (!record) problems.push(`input.record: there is no ${report.recordType} "${report.recordId}"`);
  if (problems.length > 0) throw new UserInputError(problems.join("; "), "input");
  await recordHits(dataSource, [key]);
  const repository = dataSource.getRepository(CorrectionRequestEntity);
  const result = await repository.insert({
    recordType: report.recordType,
    recordId: record!.key,
    whatIsWrong,
    sourceUrl,
    contact,
    status: "open",
  });
  return repository.findOneByOrFail({ id: Number(result.identifiers[0].id) });
}

export async function listCorrectionRequests(
  dataSource: DataSource,
  statuses: CorrectionRequestStatus[] | null,
): Promise<CorrectionRequestEntity[]> {
  return dataSource.getRepository(CorrectionRequestEntity).find({
    where: statuses ? statuses.map((status) => ({ status })) : {},
    order: { id: "DESC" },
    take: 500,
  });
}

/**
 * Links a request to the changeset that fixes it (it is resolved when that changeset is published, or at once if it
 * already is), or sets its status (dismissed, open again).
 */
export async function updateCorrectionRequest(
  dataSource: DataSource,
  id: number,
  changes: { changesetId?: number | null; status?: CorrectionRequestStatus | null },
): Promise<CorrectionRequestEntity> {
  const repository = dataSource.getRepository(CorrectionRequestEntity);
  const request = await repository.findOneBy({ id });
  if (!request) throw new NotFoundError(`No error report ${id}`);
  const update: Partial<CorrectionRequestEntity> = {};
  if (changes.changesetId !== undefined && changes.changesetId !== null) {
    const changeset = await getChangeset(dataSource, changes.changesetId);
    update.changesetId = changeset.id;
    if (changeset.status === "published") update.status = "resolved";
  }
  if (changes.status) update.status = changes.status;
  if (Object.keys(update).length > 0) await repository.update({ id }, { ...update, updatedAt: () => "now()" });
  return repository.findOneByOrFail({ id });
}
