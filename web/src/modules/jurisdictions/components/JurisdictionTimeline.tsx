import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { EventTimeline } from "../../batch-detail/components/EventTimeline";
import { ErrorState, Skeleton } from "../../../ui/status";

export const JurisdictionTimeline_TimelineQuery = graphql(`
  query JurisdictionTimeline_Timeline($filter: BatchFilter) {
    timeline(filter: $filter) {
      ...EventTimeline_Event
      batch {
        id
        issuedOnLabel
        jurisdiction {
          name
        }
      }
    }
  }
`);

// The story of a place: every step of every batch served there, in date order.
export function JurisdictionTimeline({ slug }: { slug: string }) {
  const [result, reexecute] = useQuery({
    query: JurisdictionTimeline_TimelineQuery,
    variables: { filter: { jurisdictions: [slug] } },
  });
  if (result.error && !result.data) {
    return (
      <ErrorState
        title="The timeline could not be loaded."
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <Skeleton height={240} label="Loading the timeline" />;
  return <EventTimeline events={result.data.timeline} showBatch />;
}
