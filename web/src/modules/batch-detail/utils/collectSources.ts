// Every source behind a batch page, once each, with what it is cited for: the batch itself, each step of its history,
// each court case and each policy. A reporter checking one fact sees which document supports it.
export interface SourceRef {
  id: string;
}

export interface CitingRecords<S extends SourceRef> {
  batch: { sources: S[] };
  events: { label: string; sources: S[] }[];
  courtCases: { label: string; sources: S[] }[];
  policies: { label: string; sources: S[] }[];
}

export interface CitedSource<S extends SourceRef> {
  source: S;
  citedFor: string[];
}

export function collectSources<S extends SourceRef>(records: CitingRecords<S>): CitedSource<S>[] {
  const byId = new Map<string, CitedSource<S>>();
  const add = (sources: S[], label: string): void => {
    for (const source of sources) {
      const entry = byId.get(source.id) ?? { source, citedFor: [] };
      if (!entry.citedFor.includes(label)) entry.citedFor.push(label);
      byId.set(source.id, entry);
    }
  };
  add(records.batch.sources, "the batch");
  for (const event of records.events) add(event.sources, event.label);
  for (const courtCase of records.courtCases) add(courtCase.sources, courtCase.label);
  for (const policy of records.policies) add(policy.sources, policy.label);
  return [...byId.values()];
}
