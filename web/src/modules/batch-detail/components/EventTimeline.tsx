import { graphql } from "../../../gql";
import type { EventTimeline_EventFragment } from "../../../gql/graphql";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { eventStatusLabel, precisionNote } from "../../batches/utils/format";
import { CompactSourceList } from "../../batches/components/SourceCitation";

export const EventTimelineFragment = graphql(`
  fragment EventTimeline_Event on Event {
    id
    date
    dateLabel
    datePrecision
    status
    agency {
      slug
      name
    }
    subpoenasAffected
    note
    courtCase {
      slug
      caption
    }
    sources {
      ...SourceCitation_Source
    }
  }
`);

export interface TimelineEvent extends EventTimeline_EventFragment {
  // On a jurisdiction's timeline, which batch the step belongs to.
  batch?: { id: string; issuedOnLabel: string; jurisdiction: { name: string } } | null;
}

export interface EventTimelineProps {
  events: TimelineEvent[];
  showBatch?: boolean;
}

// A batch's (or a place's) history, step by step, each step with its sources. The order is the outcome rule's: a
// coarse date sorts by its last possible day, and the date is always shown at its own precision.
export function EventTimeline({ events, showBatch }: EventTimelineProps) {
  if (events.length === 0) return <p>No events recorded.</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => {
        const note = precisionNote(event.datePrecision);
        return (
          <li key={event.id} className="timeline__item">
            <div className="timeline__date">
              <time dateTime={event.date}>{event.dateLabel}</time>
              {note && <span className="source__meta"> ({note})</span>}
            </div>
            <p className="timeline__title">
              {eventStatusLabel(event.status)}
              {event.agency ? `: ${event.agency.name}` : ""}
            </p>
            {showBatch && event.batch && (
              <p className="source__meta">
                Batch:{" "}
                <Link
                  to={paths.batch(event.batch.id)}
                >{`${event.batch.jurisdiction.name}, ${event.batch.issuedOnLabel}`}</Link>
              </p>
            )}
            {event.subpoenasAffected !== null && (
              <p className="timeline__note">Concerns {event.subpoenasAffected} of the subpoenas.</p>
            )}
            {event.note && <p className="timeline__note">{event.note}</p>}
            {event.courtCase && <p className="source__meta">Court case: {event.courtCase.caption}</p>}
            {event.sources.length > 0 && <CompactSourceList sources={event.sources} />}
          </li>
        );
      })}
    </ol>
  );
}
