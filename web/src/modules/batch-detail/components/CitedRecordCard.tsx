import type { ReactNode } from "react";
import type { SourceCitation_SourceFragment } from "../../../gql/graphql";
import { CompactSourceList } from "../../batches/components/SourceCitation";

export interface CitedRecordCardProps {
  title: string;
  sources: SourceCitation_SourceFragment[];
  // What is known of the record, between its title and its sources.
  children: ReactNode;
}

// One court case or policy in a list, drawn like a batch card: its name, what is known of it, and where that is from.
export function CitedRecordCard({ title, sources, children }: CitedRecordCardProps) {
  return (
    <li className="batch-card">
      <h3 className="batch-card__title">{title}</h3>
      {children}
      <CompactSourceList sources={sources} />
    </li>
  );
}
