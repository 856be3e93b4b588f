import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context";
import { idOf } from "../shared/arguments";
import type { Permission } from "../accounts/permissions";
import type { CorrectionRequestStatus } from "./correction-request.entity";
import { listCorrectionRequests, reportError, updateCorrectionRequest } from "./correction.service";
import {
  CorrectionRequest,
  CorrectionRequestStatusEnum,
  ErrorReportInput,
  ErrorReportReceipt,
} from "./correction.types";

@Resolver()
export class CorrectionResolver {
  @Mutation(() => ErrorReportReceipt, {
    description:
      "Reports that a record is wrong (public, no sign-in). Stored for the editors, who link it to the changeset that fixes it. Limited per address per hour (RATE_LIMITED).",
  })
  reportError(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ErrorReportInput, { description: "The record, what is wrong, a source and a contact." })
    input: ErrorReportInput,
  ): Promise<ErrorReportReceipt> {
    if (!ctx.http || !ctx.editorial) throw new Error("reportError needs the HTTP exchange");
    return reportError(ctx.dataSource, ctx.editorial, ctx.http.address, {
      recordType: input.record.type,
      recordId: input.record.id,
      whatIsWrong: input.whatIsWrong,
      sourceUrl: input.sourceUrl ?? null,
      contact: input.contact ?? null,
    });
  }

  @Authorized<Permission>("review")
  @Query(() => [CorrectionRequest], {
    description: "The editors' inbox of error reports, newest first (editors only).",
  })
  correctionRequests(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => [CorrectionRequestStatusEnum], {
      nullable: true,
      description: "Only reports in these states.",
    })
    status: CorrectionRequestStatus[] | null,
  ): Promise<CorrectionRequest[]> {
    return listCorrectionRequests(ctx.dataSource, status) as Promise<CorrectionRequest[]>;
  }

  @Authorized<Permission>("publish")
  @Mutation(() => CorrectionRequest, {
    description:
      "Links an error report to the changeset that fixes it (resolved when that is published), or dismisses or reopens it (editors only).",
  })
  updateCorrectionRequest(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { description: "The report." }) id: string,
    @Arg("changesetId", () => ID, { nullable: true, description: "The changeset that fixes it." })
    changesetId: string | null,
    @Arg("status", () => CorrectionRequestStatusEnum, { nullable: true, description: "A new status." })
    status: CorrectionRequestStatus | null,
  ): Promise<CorrectionRequest> {
    return updateCorrectionRequest(ctx.dataSource, idOf(id, "id"), {
      changesetId: changesetId === null || changesetId === undefined ? null : idOf(changesetId, "changesetId"),
      status,
    }) as Promise<CorrectionRequest>;
  }
}
