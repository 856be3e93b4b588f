/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of agency received subpoenas. */
export type AgencyKind =
  /** Corrections department. */
  | 'CORRECTIONS'
  /** County government. */
  | 'COUNTY_GOVERNMENT'
  /** Court. */
  | 'COURT'
  /** Other agency. */
  | 'OTHER'
  /** Police department. */
  | 'POLICE'
  /** Sheriff's office. */
  | 'SHERIFF'
  /** State police. */
  | 'STATE_POLICE';

/** Orders for the agencies table; every order ends with the record's id, so it is total and stable across pages. */
export type AgencyOrder =
  /** By jurisdiction slug, then name. */
  | 'JURISDICTION_ASC'
  /** By jurisdiction slug, reversed. */
  | 'JURISDICTION_DESC'
  /** By kind of agency, then name. */
  | 'KIND_ASC'
  /** By kind of agency, reversed. */
  | 'KIND_DESC'
  /** By name, A-Z. */
  | 'NAME_ASC'
  /** By name, Z-A. */
  | 'NAME_DESC';

/** Which batches to count or list. Conditions on different fields must all hold (AND); the values listed for one field are alternatives (OR). Leave a field out for no restriction. */
export type BatchFilter = {
  /** Recipient agency slugs (see the `agencies` query), e.g. ["wasco-county-sheriff"]: batches served on at least one of these agencies, whatever jurisdiction they are filed under. A batch served on several agencies matches through any of them: ["wasco-county-sheriff"] matches Oregon's statewide batch, served on four agencies, and counts all its subpoenas, since the sources do not say how many went to each agency. An unknown slug is an error, not an empty result. At most 100 values. Null or an empty list: no restriction. */
  agencies?: Array<string> | null | undefined;
  /** Jurisdiction slugs, by where the recipient agencies are: batches served on at least one agency located in these places or anywhere inside them, whatever jurisdiction the batch is filed under. ["wasco-county-or"] matches batches filed under Wasco County and Oregon's statewide batch, which reached the Wasco County sheriff; `jurisdictions` goes by where a batch is filed and would match only the first. An unknown slug is an error, not an empty result. At most 100 values. Null or an empty list: no restriction. */
  agencyJurisdictions?: Array<string> | null | undefined;
  /** Kinds of recipient agency: batches served on at least one agency of these kinds. At most 100 values. Null or an empty list: no restriction. */
  agencyKinds?: Array<AgencyKind> | null | undefined;
  /** Jurisdiction slugs to leave out: batches filed under these places, or anywhere inside them, do not match (the opposite of `jurisdictions`). With `agencyJurisdictions` it gives the batches that reached a place's agencies but are filed under a larger jurisdiction: { agencyJurisdictions: ["wasco-county-or"], excludeJurisdictions: ["wasco-county-or"] } is Oregon's statewide batch, not Wasco County's own. An unknown slug is an error, not an empty result. At most 100 values. Null or an empty list: no restriction. */
  excludeJurisdictions?: Array<string> | null | undefined;
  /** Earliest issue date. A batch matches only when the whole period of its issue date lies inside [first day of issuedFrom, last day of issuedTo]: issuedFrom "2020-01-15" excludes a batch dated only "2020-01" (it may have been issued on the 3rd). No filter ever claims a batch it cannot be sure of. */
  issuedFrom?: string | null | undefined;
  /** Latest issue date, by its last day: issuedTo "2020-01" includes batches issued on 2020-01-31 and batches dated only "2020-01"; issuedTo "2020-06" excludes a batch dated only "2020" (it may have been issued in December). */
  issuedTo?: string | null | undefined;
  /** The ICE components that issued the batch. Batches whose component was not reported never match. At most 100 values. Null or an empty list: no restriction. */
  issuingComponents?: Array<IssuingComponent> | null | undefined;
  /** Jurisdiction slugs (see the `jurisdictions` query), e.g. ["oregon"]. A jurisdiction includes everything inside it: "oregon" covers batches served in Oregon's counties and cities as well as on the state's own agencies. An unknown slug is an error, not an empty result. At most 100 values. Null or an empty list: no restriction. */
  jurisdictions?: Array<string> | null | undefined;
  /** Offense categories: batches listing at least one of them. At most 100 values. Null or an empty list: no restriction. */
  offenseCategories?: Array<OffenseCategory> | null | undefined;
  /** Derived outcomes. Lists batches with at least one part at one of these outcomes. In counts, only the subpoenas at these outcomes are counted: a batch split between DECLINED and COURT_ORDERED contributes only its DECLINED part to a count filtered on DECLINED. At most 100 values. Null or an empty list: no restriction. */
  outcomes?: Array<Outcome> | null | undefined;
  /** Two-letter USPS state codes (any case), e.g. ["OR", "CO"]: batches served anywhere in those states. A code that is not a U.S. state, D.C. or Puerto Rico is an error naming the valid codes, never an empty result. At most 100 values. Null or an empty list: no restriction. */
  states?: Array<string> | null | undefined;
};

/** Orders for listing batches. Every order ends with the batch id, so it is total and stable across pages. */
export type BatchOrder =
  /** Oldest first, by the first day of the issue date's period; among dates starting the same day, coarser first ("2020" before "2020-01" before "2020-01-01"); then by id. */
  | 'ISSUED_ON_ASC'
  /** Newest first: exactly the reverse of ISSUED_ON_ASC. */
  | 'ISSUED_ON_DESC'
  /** By the batch's jurisdiction slug (A-Z), then oldest first, then by id. */
  | 'JURISDICTION_ASC'
  /** Exactly the reverse of JURISDICTION_ASC. */
  | 'JURISDICTION_DESC'
  /** Smallest subpoenaCount first, then by issue date and id. Batches of unknown count come last. */
  | 'SUBPOENA_COUNT_ASC'
  /** Largest subpoenaCount first, then newest first and by id descending. Batches of unknown count come last here too. */
  | 'SUBPOENA_COUNT_DESC';

/** How a changeset came about. */
export type ChangesetKind =
  /** Edits drafted by staff, reviewed and published by an editor. */
  | 'EDIT'
  /** A data package loaded with `pnpm data:import`, published at once. */
  | 'IMPORT';

/** What kind of record cites a source. */
export type CitingKind =
  /** A batch's facts: its date, count, recipients, people concerned. */
  | 'BATCH'
  /** A court case's facts. */
  | 'COURT_CASE'
  /** One step of a batch's history. */
  | 'EVENT'
  /** A sanctuary law or policy. */
  | 'POLICY';

/** What to group counts by. Several dimensions give one bucket per combination that occurs (e.g. PERIOD and STATE: one bucket per state and month). */
export type CountDimension =
  /** The kind of agency served. A batch served on agencies of several kinds counts once under each kind (the sources do not say how its subpoenas split between agencies), so these buckets can add up to more than the total. */
  | 'AGENCY_KIND'
  /** The ICE component that issued the batch; batches whose component was not reported form a bucket with issuingComponent null. */
  | 'ISSUING_COMPONENT'
  /** The jurisdiction the batch was served in, exactly as recorded (no roll-up: a batch served on a state agency counts under the state, one served on a county sheriff under the county). Use STATE to roll up. */
  | 'JURISDICTION'
  /** Offense category. A batch counts once under each category it lists, so these buckets can add up to more than the total; batches listing none form a bucket with offenseCategory null. */
  | 'OFFENSE_CATEGORY'
  /** The derived outcome of the subpoenas. Uses each batch's outcome breakdown, so a batch split between outcomes is split between buckets and the outcome buckets always add up to the total. */
  | 'OUTCOME'
  /** The period of the batch's issue date at the chosen interval: "2020-02" (MONTH), "2020-Q1" (QUARTER) or "2020" (YEAR). A date coarser than the interval keeps its own precision and is never spread over or guessed into finer periods: grouped by MONTH, a batch dated only "2020" lands in period "2020" and one dated "2020-02" in "2020-02"; grouped by QUARTER, a month-only date lands in its quarter and a year-only date in "2020". */
  | 'PERIOD'
  /** The two-letter state of the batch's jurisdiction: rolls counties and cities up to their state. */
  | 'STATE';

/** How exactly the sources give a batch's number of subpoenas. */
export type CountPrecision =
  /** The sources give an approximate number ("about 5"); it is counted as given. */
  | 'APPROXIMATE'
  /** The sources give a lower bound ("at least 5"); the bound is counted. */
  | 'AT_LEAST'
  /** The sources give an exact number. */
  | 'EXACT'
  /** The sources give no number (e.g. "several"). The count is null and is never counted as zero: totals report such batches separately as unknownCountBatches. */
  | 'UNKNOWN';

/** Orders for the court cases table. Cases without the date come last in both directions; every order ends with the record's id, so it is total and stable across pages. */
export type CourtCaseOrder =
  /** By caption, A-Z. */
  | 'CAPTION_ASC'
  /** By caption, Z-A. */
  | 'CAPTION_DESC'
  /** By court, A-Z. */
  | 'COURT_ASC'
  /** By court, Z-A. */
  | 'COURT_DESC'
  /** Decided earliest first. */
  | 'DECIDED_ON_ASC'
  /** Decided latest first. */
  | 'DECIDED_ON_DESC'
  /** Filed earliest first. */
  | 'FILED_ON_ASC'
  /** Filed latest first. */
  | 'FILED_ON_DESC';

/** How a court case ended, as far as the sources report. */
export type CourtCaseOutcome =
  /** Dismissed. */
  | 'DISMISSED'
  /** Enforced. */
  | 'ENFORCED'
  /** Enforced, narrowed. */
  | 'ENFORCED_NARROWED'
  /** Pending. */
  | 'PENDING'
  /** Quashed. */
  | 'QUASHED'
  /** Not reported: the sources do not say how the case ended. */
  | 'UNKNOWN'
  /** Withdrawn. */
  | 'WITHDRAWN';

/** How precise a partial date is. */
export type DatePrecision =
  /** The exact day is known (YYYY-MM-DD). */
  | 'DAY'
  /** The year and month are known (YYYY-MM): the date stands for the whole month. */
  | 'MONTH'
  /** Only the year is known (YYYY): the date stands for the whole year. */
  | 'YEAR';

/** A reader's report that something in the data is wrong. */
export type ErrorReportInput = {
  /** How to reach the reader, if they want to be reached; seen by editors only, never published. */
  contact?: string | null | undefined;
  /** The record that is wrong. */
  record: RecordRefInput;
  /** A source showing the right facts (http or https address). */
  sourceUrl?: string | null | undefined;
  /** What is wrong, in the reader's words (10 to 5,000 characters). */
  whatIsWrong: string;
};

/** What happened in one step of a batch's history. */
export type EventStatus =
  /** Did not appeal. Confirms an order already in force; changes no outcome. */
  | 'APPEAL_DECLINED'
  /** Complied. Puts the subpoenas it concerns in outcome COMPLIED. */
  | 'COMPLIED'
  /** Complied after order. Puts the subpoenas it concerns in outcome COMPLIED_AFTER_ORDER. */
  | 'COMPLIED_AFTER_ORDER'
  /** Court ordered compliance. Puts the subpoenas it concerns in outcome COURT_ORDERED. */
  | 'COURT_ORDERED_COMPLIANCE'
  /** Declined. Puts the subpoenas it concerns in outcome DECLINED. */
  | 'DECLINED'
  /** Enforcement petition filed. Puts the subpoenas it concerns in outcome IN_COURT. */
  | 'ENFORCEMENT_PETITION_FILED'
  /** Issued. Opens the history; the subpoenas start PENDING. */
  | 'ISSUED'
  /** No response. Puts the subpoenas it concerns in outcome NO_RESPONSE. */
  | 'NO_RESPONSE'
  /** Partially complied. Puts the subpoenas it concerns in outcome PARTIALLY_COMPLIED. */
  | 'PARTIALLY_COMPLIED'
  /** Quashed. Puts the subpoenas it concerns in outcome QUASHED. */
  | 'QUASHED'
  /** Recipient sued. Puts the subpoenas it concerns in outcome IN_COURT. */
  | 'RECIPIENT_SUED'
  /** Served. Opens the history; the subpoenas start PENDING. */
  | 'SERVED'
  /** Under review. Puts the subpoenas it concerns in outcome PENDING. */
  | 'UNDER_REVIEW'
  /** Withdrawn. Puts the subpoenas it concerns in outcome WITHDRAWN. */
  | 'WITHDRAWN';

/** Size of the periods when grouping by PERIOD. */
export type Interval =
  /** Calendar months, e.g. "2020-02". Batches dated only by year fall in a bucket "2020". */
  | 'MONTH'
  /** Calendar quarters, e.g. "2020-Q1". Batches dated only by year fall in a bucket "2020". */
  | 'QUARTER'
  /** Calendar years, e.g. "2020". Every batch has at least a year. */
  | 'YEAR';

/** The part of U.S. Immigration and Customs Enforcement (ICE) that issued the subpoenas. */
export type IssuingComponent =
  /** Enforcement and Removal Operations (ERO). */
  | 'ERO'
  /** Homeland Security Investigations (HSI). */
  | 'HSI';

/** Level of government of a jurisdiction. */
export type JurisdictionKind =
  /** A city. */
  | 'CITY'
  /** A consolidated city and county, such as Denver. */
  | 'CITY_COUNTY'
  /** A county. May contain cities. */
  | 'COUNTY'
  /** A U.S. state. Contains counties and cities. */
  | 'STATE';

/** A category of offense that the people concerned by a batch were arrested for or convicted of. Records describe people only by these categories, never by name. */
export type OffenseCategory =
  /** Assault. */
  | 'ASSAULT'
  /** Burglary. */
  | 'BURGLARY'
  /** Domestic violence. */
  | 'DOMESTIC_VIOLENCE'
  /** Drug offense. */
  | 'DRUG'
  /** Driving under the influence. */
  | 'DUI'
  /** Homicide. */
  | 'HOMICIDE'
  /** Immigration offense. */
  | 'IMMIGRATION'
  /** Other offense. */
  | 'OTHER'
  /** Robbery. */
  | 'ROBBERY'
  /** Sexual offense. */
  | 'SEXUAL_OFFENSE'
  /** Weapons offense. */
  | 'WEAPONS';

/** Where a batch's subpoenas stand, derived from the batch's dated events by the outcome rule (docs/outcomes.md); never typed in. A batch may be split between several outcomes. */
export type Outcome =
  /** Complied: The agency provided the information the subpoenas asked for. */
  | 'COMPLIED'
  /** Complied after order: The agency complied after a court ordered it to. */
  | 'COMPLIED_AFTER_ORDER'
  /** Court-ordered: A court ordered the agency to comply; compliance has not been reported. */
  | 'COURT_ORDERED'
  /** Declined: The agency refused to provide the information. */
  | 'DECLINED'
  /** In court: A court action to enforce or to challenge the subpoenas is under way. */
  | 'IN_COURT'
  /** Mixed: The agencies served stand differently, and the sources do not say how the subpoenas split between them. */
  | 'MIXED'
  /** No response: The agency was reported not to have responded. */
  | 'NO_RESPONSE'
  /** Partially complied: The agency provided some of the information the subpoenas asked for. */
  | 'PARTIALLY_COMPLIED'
  /** Pending: No response or decision has been reported yet. */
  | 'PENDING'
  /** Quashed: A court set the subpoenas aside. */
  | 'QUASHED'
  /** Withdrawn: ICE withdrew the subpoenas. */
  | 'WITHDRAWN';

/** Narrows a table to records holding one of `values` in `field` (a facet's field). Several filters must all hold: [{ field: "kind", values: ["NEWS"] }, { field: "year", values: ["2020"] }]. */
export type RecordFilter = {
  /** A facet's field, e.g. `kind`. */
  field: string;
  /** One or more values (alternatives). At most 100. */
  values: Array<string>;
};

/** Names one record: its type and stable id (an event's id is its number). */
export type RecordRefInput = {
  /** The record's stable id. */
  id: string;
  /** The kind of record. */
  type: RecordType;
};

/** A kind of record in the dataset. */
export type RecordType =
  /** An agency subpoenas were served on. */
  | 'AGENCY'
  /** Subpoenas served together. */
  | 'BATCH'
  /** A court case to enforce or challenge subpoenas. */
  | 'COURT_CASE'
  /** A dated step in a batch's history (its id is a number). */
  | 'EVENT'
  /** A state, county or city. */
  | 'JURISDICTION'
  /** A sanctuary law or policy. */
  | 'POLICY'
  /** A document facts are drawn from. */
  | 'SOURCE';

/** How close a source is to the facts it supports. */
export type Reliability =
  /** A copy or summary, to be checked against the original. */
  | 'AGGREGATOR'
  /** The original publisher or record. */
  | 'PRIMARY'
  /** A report of the original. */
  | 'SECONDARY';

/** What a published change did to a record. */
export type RevisionAction =
  /** The record was added. */
  | 'CREATE'
  /** Some of its fields changed: a correction or an update, with its reason. */
  | 'UPDATE'
  /** It was withdrawn from the dataset, with the reason; it keeps its history. */
  | 'WITHDRAW';

/** What kind of record a search hit is. */
export type SearchKind =
  /** A batch: matched by what is said of the people concerned, its notes, or its place. */
  | 'BATCH'
  /** A court case, matched by its caption, court, case number or citation. */
  | 'COURT_CASE'
  /** A step of a batch's history, matched by its note. */
  | 'EVENT'
  /** A state, county or city, matched by its name. */
  | 'JURISDICTION'
  /** A sanctuary law or policy, matched by its name, citation or summary. */
  | 'POLICY'
  /** A source, matched by its title, publisher or quoted passage. */
  | 'SOURCE';

/** What kind of document a source is. */
export type SourceKind =
  /** A site that copies or summarizes others' reporting. */
  | 'AGGREGATOR'
  /** Court record. */
  | 'COURT_RECORD'
  /** Government document. */
  | 'GOVERNMENT'
  /** News report. */
  | 'NEWS'
  /** Press release. */
  | 'PRESS_RELEASE'
  /** Research. */
  | 'RESEARCH';

/** Orders for the sources table. Undated or untitled sources come last in both directions; every order ends with the record's id, so it is total and stable across pages. */
export type SourceOrder =
  /** Oldest first; among dates starting the same day, coarser first. */
  | 'PUBLISHED_ON_ASC'
  /** Newest first. */
  | 'PUBLISHED_ON_DESC'
  /** By publisher, A-Z. */
  | 'PUBLISHER_ASC'
  /** By publisher, Z-A. */
  | 'PUBLISHER_DESC'
  /** By title, A-Z. */
  | 'TITLE_ASC'
  /** By title, Z-A. */
  | 'TITLE_DESC';

export type BatchDetail_BatchQueryVariables = Exact<{
  id: string;
}>;


export type BatchDetail_BatchQuery = { batch: { issuingComponent: IssuingComponent | null, offenseCategories: Array<OffenseCategory>, subjectsSummary: string | null, subjectsInCustody: number | null, subjectsReleased: number | null, notes: string | null, id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, agencies: Array<{ slug: string, name: string, kind: AgencyKind }>, events: Array<{ id: string, date: string, dateLabel: string, datePrecision: DatePrecision, status: EventStatus, subpoenasAffected: number | null, note: string | null, agency: { slug: string, name: string } | null, courtCase: { slug: string, caption: string } | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }>, courtCases: Array<{ slug: string, court: string, caseNumber: string | null, caption: string, filedOn: string | null, decidedOn: string | null, outcome: CourtCaseOutcome, citation: string | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }>, policies: Array<{ slug: string, name: string, citation: string | null, enactedOn: string | null, effectiveOn: string | null, summary: string | null, jurisdiction: { slug: string, name: string }, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }>, jurisdiction: { slug: string, name: string, state: string | null }, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> } | null };

export type CourtCaseList_CourtCaseFragment = { slug: string, court: string, caseNumber: string | null, caption: string, filedOn: string | null, decidedOn: string | null, outcome: CourtCaseOutcome, citation: string | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> };

export type EventTimeline_EventFragment = { id: string, date: string, dateLabel: string, datePrecision: DatePrecision, status: EventStatus, subpoenasAffected: number | null, note: string | null, agency: { slug: string, name: string } | null, courtCase: { slug: string, caption: string } | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> };

export type PolicyList_PolicyFragment = { slug: string, name: string, citation: string | null, enactedOn: string | null, effectiveOn: string | null, summary: string | null, jurisdiction: { slug: string, name: string }, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> };

export type BatchCard_BatchFragment = { id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, jurisdiction: { slug: string, name: string, state: string | null }, agencies: Array<{ slug: string, name: string }>, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> };

export type SourceCitation_SourceFragment = { id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null };

export type ByJurisdictionPanel_CountsQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  groupBy: Array<CountDimension> | CountDimension;
}>;


export type ByJurisdictionPanel_CountsQuery = { subpoenaCounts: { buckets: Array<{ state: string | null, subpoenas: number, batches: number, unknownCountBatches: number, jurisdiction: { slug: string, name: string } | null }> } };

export type ChangeLog_ChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  before?: number | null | undefined;
}>;


export type ChangeLog_ChangesQuery = { changes: { totalCount: number, nodes: Array<{ version: number, publishedAt: string, note: string, kind: ChangesetKind, recordCount: number, downloadPath: string, records: Array<{ recordType: RecordType, recordId: string, action: RevisionAction, reason: string | null }> }> } };

export type DrillDownPanel_BatchesQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DrillDownPanel_BatchesQuery = { batches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, jurisdiction: { slug: string, name: string, state: string | null }, agencies: Array<{ slug: string, name: string }>, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> } };

export type FilterBar_OptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterBar_OptionsQuery = { jurisdictions: Array<{ slug: string, name: string, kind: JurisdictionKind, state: string | null, parent: { slug: string } | null }>, dataset: { coverageFrom: string | null, coverageTo: string | null } };

export type HeadlineFigures_CountsQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
}>;


export type HeadlineFigures_CountsQuery = { byOutcome: { buckets: Array<{ outcome: Outcome | null, subpoenas: number, batches: number, unknownCountBatches: number }>, total: { subpoenas: number, batches: number, unknownCountBatches: number } }, byJurisdiction: { buckets: Array<{ batches: number, jurisdiction: { slug: string } | null }> }, byPeriod: { buckets: Array<{ period: string | null, subpoenas: number, batches: number, unknownCountBatches: number }> } };

export type RecordHistory_RevisionsQueryVariables = Exact<{
  record: RecordRefInput;
}>;


export type RecordHistory_RevisionsQuery = { revisions: Array<{ recordType: RecordType, recordId: string, recordVersion: number, datasetVersion: number, publishedAt: string, action: RevisionAction, reason: string | null, note: string }> };

export type AlsoServedHere_BatchesQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AlsoServedHere_BatchesQuery = { batches: { nodes: Array<{ id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, jurisdiction: { slug: string, name: string, state: string | null }, agencies: Array<{ slug: string, name: string }>, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> } };

export type JurisdictionBatches_BatchesQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type JurisdictionBatches_BatchesQuery = { batches: { totalCount: number, nodes: Array<{ id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, courtCases: Array<{ slug: string, court: string, caseNumber: string | null, caption: string, filedOn: string | null, decidedOn: string | null, outcome: CourtCaseOutcome, citation: string | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }>, jurisdiction: { slug: string, name: string, state: string | null }, agencies: Array<{ slug: string, name: string }>, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> } };

export type JurisdictionIndex_JurisdictionsQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionIndex_JurisdictionsQuery = { jurisdictions: Array<{ slug: string, name: string, kind: JurisdictionKind, state: string | null, parent: { slug: string } | null }>, subpoenaCounts: { buckets: Array<{ subpoenas: number, batches: number, unknownCountBatches: number, jurisdiction: { slug: string } | null }> } };

export type JurisdictionProfile_JurisdictionQueryVariables = Exact<{
  slug: string;
}>;


export type JurisdictionProfile_JurisdictionQuery = { jurisdiction: { slug: string, name: string, kind: JurisdictionKind, state: string | null, ancestors: Array<{ slug: string, name: string }>, children: Array<{ slug: string, name: string, kind: JurisdictionKind, children: Array<{ slug: string, name: string, kind: JurisdictionKind }> }>, agencies: Array<{ slug: string, name: string }>, applicablePolicies: Array<{ slug: string, name: string, citation: string | null, enactedOn: string | null, effectiveOn: string | null, summary: string | null, jurisdiction: { slug: string, name: string }, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> } | null };

export type JurisdictionTimeline_TimelineQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
}>;


export type JurisdictionTimeline_TimelineQuery = { timeline: Array<{ id: string, date: string, dateLabel: string, datePrecision: DatePrecision, status: EventStatus, subpoenasAffected: number | null, note: string | null, batch: { id: string, issuedOnLabel: string, jurisdiction: { name: string } }, agency: { slug: string, name: string } | null, courtCase: { slug: string, caption: string } | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> };

export type Coverage_DatasetQueryVariables = Exact<{ [key: string]: never; }>;


export type Coverage_DatasetQuery = { dataset: { title: string, description: string | null, version: number, updatedAt: string, coverageFrom: string | null, coverageTo: string | null, counts: { subpoenas: number, batches: number, unknownCountBatches: number, jurisdictions: number, jurisdictionsWithBatches: number, agencies: number, events: number, courtCases: number, policies: number, sources: number } } };

export type OutcomesPanel_CountsQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
}>;


export type OutcomesPanel_CountsQuery = { subpoenaCounts: { buckets: Array<{ outcome: Outcome | null, subpoenas: number, batches: number, unknownCountBatches: number }> } };

export type CourtCaseDetail_CourtCaseQueryVariables = Exact<{
  slug: string;
}>;


export type CourtCaseDetail_CourtCaseQuery = { courtCase: { slug: string, court: string, caseNumber: string | null, caption: string, filedOn: string | null, decidedOn: string | null, outcome: CourtCaseOutcome, citation: string | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }>, events: Array<{ id: string, date: string, dateLabel: string, datePrecision: DatePrecision, status: EventStatus, subpoenasAffected: number | null, note: string | null, batch: { id: string, issuedOnLabel: string, jurisdiction: { name: string } }, agency: { slug: string, name: string } | null, courtCase: { slug: string, caption: string } | null, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }>, batches: Array<{ id: string, issuedOn: string, issuedOnLabel: string, issuedPrecision: DatePrecision, subpoenaCount: number | null, countLabel: string, countPrecision: CountPrecision, jurisdiction: { slug: string, name: string, state: string | null }, agencies: Array<{ slug: string, name: string }>, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }>, sources: Array<{ id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null }> }> } | null };

export type SourceDetail_SourceQueryVariables = Exact<{
  id: string;
}>;


export type SourceDetail_SourceQuery = { source: { id: string, url: string, publisher: string, title: string | null, publishedOn: string | null, kind: SourceKind, reliability: Reliability, quote: string | null, citedBy: Array<{ kind: CitingKind, batch: { id: string, issuedOnLabel: string, countLabel: string, jurisdiction: { name: string } } | null, event: { id: string, dateLabel: string, status: EventStatus, note: string | null } | null, courtCase: { slug: string, caption: string } | null, policy: { slug: string, name: string, jurisdiction: { slug: string, name: string } } | null }> } | null };

export type RecordsBrowser_AgenciesQueryVariables = Exact<{
  filters?: Array<RecordFilter> | RecordFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RecordsBrowser_AgenciesQuery = { agencyTable: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ slug: string, name: string, kind: AgencyKind, jurisdiction: { slug: string, name: string, state: string | null } }>, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }> } };

export type RecordsBrowser_BatchesQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  orderBy?: BatchOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RecordsBrowser_BatchesQuery = { batches: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, issuedOnLabel: string, countLabel: string, issuingComponent: IssuingComponent | null, jurisdiction: { slug: string, name: string, state: string | null }, outcomes: Array<{ outcome: Outcome, subpoenas: number | null }> }> }, batchFacets: Array<{ field: string, values: Array<{ value: string, count: number }> }> };

export type RecordsBrowser_CourtCasesQueryVariables = Exact<{
  filters?: Array<RecordFilter> | RecordFilter | null | undefined;
  orderBy?: CourtCaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RecordsBrowser_CourtCasesQuery = { courtCaseTable: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ slug: string, caption: string, court: string, caseNumber: string | null, filedOn: string | null, decidedOn: string | null, outcome: CourtCaseOutcome }>, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }> } };

export type RecordsBrowser_PageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type RecordsBrowser_FacetFragment = { field: string, values: Array<{ value: string, count: number }> };

export type RecordsBrowser_SourcesQueryVariables = Exact<{
  filters?: Array<RecordFilter> | RecordFilter | null | undefined;
  orderBy?: SourceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RecordsBrowser_SourcesQuery = { sourceTable: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string | null, publisher: string, publishedOn: string | null, kind: SourceKind, reliability: Reliability, citedBy: Array<{ kind: CitingKind }> }>, facets: Array<{ field: string, values: Array<{ value: string, count: number }> }> } };

export type ReportErrorForm_ReportMutationVariables = Exact<{
  input: ErrorReportInput;
}>;


export type ReportErrorForm_ReportMutation = { reportError: { id: string, createdAt: string } };

export type SearchResults_SearchQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchResults_SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ kind: SearchKind, id: string, snippet: Array<{ text: string, match: boolean }>, batch: { id: string, issuedOnLabel: string, countLabel: string, jurisdiction: { name: string } } | null, event: { id: string, dateLabel: string, status: EventStatus } | null, source: { id: string, title: string | null, publisher: string } | null, courtCase: { slug: string, caption: string } | null, policy: { slug: string, name: string, jurisdiction: { slug: string, name: string } } | null, jurisdiction: { slug: string, name: string } | null }> } };

export type SubpoenasOverTimePanel_CountsQueryVariables = Exact<{
  filter?: BatchFilter | null | undefined;
  groupBy: Array<CountDimension> | CountDimension;
  interval: Interval;
}>;


export type SubpoenasOverTimePanel_CountsQuery = { subpoenaCounts: { buckets: Array<{ period: string | null, state: string | null, outcome: Outcome | null, subpoenas: number, batches: number, unknownCountBatches: number, jurisdiction: { slug: string, name: string } | null }> }, dataset: { coverageFrom: string | null, coverageTo: string | null } };

export type CiteThis_DatasetQueryVariables = Exact<{ [key: string]: never; }>;


export type CiteThis_DatasetQuery = { dataset: { title: string, version: number, updatedAt: string, citation: string, licenses: Array<{ name: string, title: string | null, url: string | null }> } };

export const SourceCitation_SourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<SourceCitation_SourceFragment, unknown>;
export const CourtCaseList_CourtCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtCaseList_CourtCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<CourtCaseList_CourtCaseFragment, unknown>;
export const EventTimeline_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventTimeline_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenasAffected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<EventTimeline_EventFragment, unknown>;
export const PolicyList_PolicyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyList_Policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"enactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<PolicyList_PolicyFragment, unknown>;
export const BatchCard_BatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<BatchCard_BatchFragment, unknown>;
export const RecordsBrowser_PageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RecordsBrowser_PageInfoFragment, unknown>;
export const RecordsBrowser_FacetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordsBrowser_FacetFragment, unknown>;
export const BatchDetail_BatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchDetail_Batch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchCard_Batch"}},{"kind":"Field","name":{"kind":"Name","value":"issuingComponent"}},{"kind":"Field","name":{"kind":"Name","value":"offenseCategories"}},{"kind":"Field","name":{"kind":"Name","value":"subjectsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"subjectsInCustody"}},{"kind":"Field","name":{"kind":"Name","value":"subjectsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventTimeline_Event"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtCaseList_CourtCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyList_Policy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventTimeline_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenasAffected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtCaseList_CourtCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyList_Policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"enactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<BatchDetail_BatchQuery, BatchDetail_BatchQueryVariables>;
export const ByJurisdictionPanel_CountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ByJurisdictionPanel_Counts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}}]}}]} as unknown as DocumentNode<ByJurisdictionPanel_CountsQuery, ByJurisdictionPanel_CountsQueryVariables>;
export const ChangeLog_ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeLog_Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeLog_ChangesQuery, ChangeLog_ChangesQueryVariables>;
export const DrillDownPanel_BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrillDownPanel_Batches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ISSUED_ON_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchCard_Batch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<DrillDownPanel_BatchesQuery, DrillDownPanel_BatchesQueryVariables>;
export const FilterBar_OptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterBar_Options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}}]}}]}}]} as unknown as DocumentNode<FilterBar_OptionsQuery, FilterBar_OptionsQueryVariables>;
export const HeadlineFigures_CountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeadlineFigures_Counts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byOutcome"},"name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OUTCOME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byJurisdiction"},"name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"JURISDICTION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batches"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byPeriod"},"name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERIOD"}]}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}}]}}]} as unknown as DocumentNode<HeadlineFigures_CountsQuery, HeadlineFigures_CountsQueryVariables>;
export const RecordHistory_RevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory_Revisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"record"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"record"},"value":{"kind":"Variable","name":{"kind":"Name","value":"record"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordVersion"}},{"kind":"Field","name":{"kind":"Name","value":"datasetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RecordHistory_RevisionsQuery, RecordHistory_RevisionsQueryVariables>;
export const AlsoServedHere_BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlsoServedHere_Batches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ISSUED_ON_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchCard_Batch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<AlsoServedHere_BatchesQuery, AlsoServedHere_BatchesQueryVariables>;
export const JurisdictionBatches_BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionBatches_Batches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"ISSUED_ON_ASC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchCard_Batch"}},{"kind":"Field","name":{"kind":"Name","value":"courtCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourtCaseList_CourtCase"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourtCaseList_CourtCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<JurisdictionBatches_BatchesQuery, JurisdictionBatches_BatchesQueryVariables>;
export const JurisdictionIndex_JurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionIndex_Jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"JURISDICTION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionIndex_JurisdictionsQuery, JurisdictionIndex_JurisdictionsQueryVariables>;
export const JurisdictionProfile_JurisdictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionProfile_Jurisdiction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicablePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyList_Policy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyList_Policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"enactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<JurisdictionProfile_JurisdictionQuery, JurisdictionProfile_JurisdictionQueryVariables>;
export const JurisdictionTimeline_TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionTimeline_Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventTimeline_Event"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventTimeline_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenasAffected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<JurisdictionTimeline_TimelineQuery, JurisdictionTimeline_TimelineQueryVariables>;
export const Coverage_DatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage_Dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionsWithBatches"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"courtCases"}},{"kind":"Field","name":{"kind":"Name","value":"policies"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]}}]} as unknown as DocumentNode<Coverage_DatasetQuery, Coverage_DatasetQueryVariables>;
export const OutcomesPanel_CountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesPanel_Counts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OUTCOME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesPanel_CountsQuery, OutcomesPanel_CountsQueryVariables>;
export const CourtCaseDetail_CourtCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtCaseDetail_CourtCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventTimeline_Event"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchCard_Batch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceCitation_Source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventTimeline_Event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subpoenasAffected"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchCard_Batch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuedPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenaCount"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceCitation_Source"}}]}}]}}]} as unknown as DocumentNode<CourtCaseDetail_CourtCaseQuery, CourtCaseDetail_CourtCaseQueryVariables>;
export const SourceDetail_SourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceDetail_Source"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceDetail_SourceQuery, SourceDetail_SourceQueryVariables>;
export const RecordsBrowser_AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBrowser_Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_Facet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordsBrowser_AgenciesQuery, RecordsBrowser_AgenciesQueryVariables>;
export const RecordsBrowser_BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBrowser_Batches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"issuingComponent"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batchFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_Facet"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordsBrowser_BatchesQuery, RecordsBrowser_BatchesQueryVariables>;
export const RecordsBrowser_CourtCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBrowser_CourtCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourtCaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtCaseTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_Facet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordsBrowser_CourtCasesQuery, RecordsBrowser_CourtCasesQueryVariables>;
export const RecordsBrowser_SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordsBrowser_Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFilter"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"citedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordsBrowser_Facet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordsBrowser_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFacet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RecordsBrowser_SourcesQuery, RecordsBrowser_SourcesQueryVariables>;
export const ReportErrorForm_ReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportErrorForm_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportError"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportErrorForm_ReportMutation, ReportErrorForm_ReportMutationVariables>;
export const SearchResults_SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchResults_Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"match"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOnLabel"}},{"kind":"Field","name":{"kind":"Name","value":"countLabel"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchResults_SearchQuery, SearchResults_SearchQueryVariables>;
export const SubpoenasOverTimePanel_CountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubpoenasOverTimePanel_Counts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Interval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subpoenaCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}},{"kind":"Argument","name":{"kind":"Name","value":"fillEmptyPeriods"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subpoenas"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"unknownCountBatches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}}]}}]}}]} as unknown as DocumentNode<SubpoenasOverTimePanel_CountsQuery, SubpoenasOverTimePanel_CountsQueryVariables>;
export const CiteThis_DatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CiteThis_Dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"licenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<CiteThis_DatasetQuery, CiteThis_DatasetQueryVariables>;