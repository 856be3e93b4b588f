import { COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS } from "@subpoena-tracker/domain";
import { graphql } from "../../../gql";
import type { CourtCaseList_CourtCaseFragment } from "../../../gql/graphql";
import { labelOfEnum } from "../../counts/utils/enums";
import { formatPartialDateText } from "../../batches/utils/format";
import { SourceCitation } from "../../batches/components/SourceCitation";

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
        <li key={courtCase.slug} className="batch-card">
          <h3 className="batch-card__title">{courtCase.caption}</h3>
          <dl className="batch-card__facts">
            <div>
              <dt>Court</dt>
              <dd>{courtCase.court}</dd>
            </div>
            {courtCase.caseNumber && (
              <div>
                <dt>Case number</dt>
                <dd>{courtCase.caseNumber}</dd>
              </div>
            )}
            <div>
              <dt>Filed</dt>
              <dd>{formatPartialDateText(courtCase.filedOn)}</dd>
            </div>
            <div>
              <dt>Outcome</dt>
              <dd>
                {labelOfEnum(COURT_CASE_OUTCOMES, COURT_CASE_OUTCOME_LABELS, courtCase.outcome)}
                {courtCase.decidedOn && `, ${formatPartialDateText(courtCase.decidedOn)}`}
              </dd>
            </div>
            {courtCase.citation && (
              <div>
                <dt>Citation</dt>
                <dd>{courtCase.citation}</dd>
              </div>
            )}
          </dl>
          <ul className="source-list">
            {courtCase.sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} compact />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
