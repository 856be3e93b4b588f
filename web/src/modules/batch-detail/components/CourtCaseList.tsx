import { COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS } from "@subpoena-tracker/domain";
import { graphql } from "../../../gql";
import type { CourtCaseList_CourtCaseFragment } from "../../../gql/graphql";
import { labelOfEnum } from "../../counts/utils/enums";
import { formatPartialDateText } from "../../batches/utils/format";
import { Fact } from "../../../ui/Fact";
import { CitedRecordCard } from "./CitedRecordCard";

// The judge is not asked for: the site names no one, and the court and case number are enough to find the record.
export const CourtCaseListFragment = graphql(`
  fragment CourtCaseList_CourtCase on CourtCase {
    slug
    court
    caseNumber
    caption
    filedOn
    decidedOn
    outcome
    citation
    sources {
      ...SourceCitation_Source
    }
  }
`);

export function CourtCaseList({ cases }: { cases: CourtCaseList_CourtCaseFragment[] }) {
  if (cases.length === 0) return <p>No court case is recorded for these subpoenas.</p>;
  return (
    <ul className="batch-list" data-testid="court-cases">
      {cases.map((courtCase) => (
        <CitedRecordCard key={courtCase.slug} title={courtCase.caption} sources={courtCase.sources}>
          <dl className="batch-card__facts">
            <Fact label="Court">{courtCase.court}</Fact>
            {courtCase.caseNumber && <Fact label="Case number">{courtCase.caseNumber}</Fact>}
            <Fact label="Filed">{formatPartialDateText(courtCase.filedOn)}</Fact>
            <Fact label="Outcome">
              {labelOfEnum(COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS, courtCase.outcome)}
              {courtCase.decidedOn && `, ${formatPartialDateText(courtCase.decidedOn)}`}
            </Fact>
            {courtCase.citation && <Fact label="Citation">{courtCase.citation}</Fact>}
          </dl>
        </CitedRecordCard>
      ))}
    </ul>
  );
}
