import type { RecordType } from "../../../gql/graphql";
import { Section } from "../../../ui/Layout";
import { ReportError } from "../../report-error/components/ReportError";
import { RecordHistory } from "./RecordHistory";

// What every record page ends with: its published history, and a way to say it is wrong.
export function RecordTrail({
  type,
  id,
  noun,
  name,
  intro,
}: {
  type: RecordType;
  id: string;
  noun: string;
  /** How the error report names the record to its reader, e.g. "the batch served in Denver, Jan 2020". */
  name: string;
  intro?: string;
}) {
  return (
    <>
      <Section
        title="History"
        id="history"
        intro={intro ?? `Every published change to this ${noun}: when, in which version of the dataset, and why.`}
      >
        <RecordHistory type={type} id={id} noun={noun} />
      </Section>
      <ReportError type={type} id={id} name={name} />
    </>
  );
}
