// Reader-facing words for facet values, which the API gives as it spells them (enum values, state codes, years).
import {
  AGENCY_KINDS,
  AGENCY_KIND_LABELS,
  COURT_CASE_OUTCOMES,
  COURT_CASE_OUTCOME_LABELS,
  ISSUING_COMPONENTS,
  ISSUING_COMPONENT_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  stateName,
} from "@subpoena-tracker/domain";
import { labelOfEnum } from "../../counts/utils/enums";

export const outcomeLabel = (value: string): string => labelOfEnum(OUTCOMES, OUTCOME_LABELS, value);
export const courtCaseOutcomeLabel = (value: string): string =>
  labelOfEnum(COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS, value);
export const agencyKindLabel = (value: string): string => labelOfEnum(AGENCY_KINDS, AGENCY_KIND_LABELS, value);
export const issuingComponentLabel = (value: string): string =>
  labelOfEnum(ISSUING_COMPONENTS, ISSUING_COMPONENT_LABELS, value);
export const stateLabel = (code: string): string => stateName(code);
