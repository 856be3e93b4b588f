import type { BatchCard_BatchFragment } from "../../../gql/graphql";
import { Fact } from "../../../ui/Fact";
import { UnknownMarker } from "../../../ui/UnknownMarker";
import { precisionNote } from "../utils/format";

// The date at its own precision, with a note when it is coarser than a day.
export function IssuedFact({ batch }: { batch: Pick<BatchCard_BatchFragment, "issuedOnLabel" | "issuedPrecision"> }) {
  const note = precisionNote(batch.issuedPrecision);
  return (
    <Fact label="Issued">
      {batch.issuedOnLabel}
      {note && <span className="source__meta"> ({note})</span>}
    </Fact>
  );
}

// A count that was not reported is marked as such, never shown as zero.
export function SubpoenaCountFact({ batch }: { batch: Pick<BatchCard_BatchFragment, "subpoenaCount" | "countLabel"> }) {
  return (
    <Fact label="Subpoenas" numeric>
      {batch.subpoenaCount === null && (
        <>
          <UnknownMarker />{" "}
        </>
      )}
      {batch.countLabel}
    </Fact>
  );
}
