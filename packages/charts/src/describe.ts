// The words around a chart: its title, a one-line caption, the source line and the text alternative. All of them are
// made from the same model the chart is drawn from, so that what a screen reader hears, what a reporter quotes and
// what the bars show never disagree. Batches of unreported size are always said, never folded into a zero.
import {
  AGENCY_KIND_LABELS,
  OFFENSE_CATEGORY_LABELS,
  OUTCOME_LABELS,
  isOneOf,
  AGENCY_KINDS,
  OFFENSE_CATEGORIES,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  OUTCOMES,
  formatTimestampDay,
  formatNumber,
  pluralize,
  stateName,
  type Interval,
} from "@subpoena-tracker/domain";
import { figureWords } from "./marks";
import { describeMap } from "./map/model";
import type { BarsModel, ChartContext, ChartModel, ChartView, ColumnsModel, PeriodRange } from "./model";

export const PUBLISHER = "Subpoena Tracker";

const INTERVAL_WORDS: Record<Interval, string> = { month: "month", quarter: "quarter", year: "year" };

interface PeriodParts {
  year: string;
  /** Everything before the year: "January", "13 January", "Q1", or "" for a whole year. */
  lead: string;
}

function periodParts(label: string, style: "long" | "short"): PeriodParts {
  const months = style === "long" ? MONTH_NAMES : MONTH_ABBREVIATIONS;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return { year: quarter[1], lead: `Q${quarter[2]}` };
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(label);
  if (!date) return { year: label, lead: "" };
  const month = date[2] ? months[Number(date[2]) - 1] : "";
  const day = date[3] ? `${Number(date[3])} ` : "";
  return { year: date[1], lead: month ? `${day}${month}` : "" };
}

/**
 * A range as readers say it: "January to February 2020", "December 2019 to February 2020", "Q1 2020", "2020".
 * `style: "short"` abbreviates months ("Jan to Feb 2020") for captions.
 */
export function formatRange(range: PeriodRange, style: "long" | "short" = "long"): string {
  const from = periodParts(range.from, style);
  const to = periodParts(range.to, style);
  const whole = (p: PeriodParts) => (p.lead ? `${p.lead} ${p.year}` : p.year);
  if (range.from === range.to) return whole(from);
  if (from.year === to.year && from.lead && to.lead) return `${from.lead} to ${to.lead} ${to.year}`;
  return `${whole(from)} to ${whole(to)}`;
}

export function chartTitle(view: ChartView): string {
  switch (view.chart) {
    case "subpoenas-over-time":
      return `ICE subpoenas served per ${INTERVAL_WORDS[view.interval]}`;
    case "by-jurisdiction":
      return view.place === "state" ? "ICE subpoenas served, by state" : "ICE subpoenas served, by jurisdiction";
    case "outcomes":
      return "What happened to ICE subpoenas";
    case "where":
      return "Where ICE subpoenas were served";
  }
}

/** What a screen reader is told it is looking at: the chart's type, as the text alternative's first words. */
export function chartTypeName(model: ChartModel): string {
  if (model.kind === "map") return "Map";
  if (model.kind === "bars") return "Bar chart";
  return model.stack === "none" ? "Column chart" : "Stacked column chart";
}

/** The bold lead of the text alternative, which also names the chart in an iframe's title. */
function altLead(model: ChartModel, context: ChartContext, forAltText = false): string {
  const subject = forAltText
    ? `${chartTypeName(model)} of ${model.chart === "outcomes" ? "the outcomes of ICE subpoenas served" : "ICE subpoenas served"}`
    : model.chart === "outcomes"
      ? "Outcomes of subpoenas served"
      : "Subpoenas served";
  const how =
    model.kind === "map"
      ? " by state"
      : model.kind === "columns"
        ? ` per ${INTERVAL_WORDS[model.interval]}`
        : model.dimension === "outcome"
          ? ""
          : ` by ${model.dimension}`;
  const filter = context.filterLabel ? ` (${context.filterLabel})` : "";
  const range = model.range ? `, ${formatRange(model.range)}` : "";
  return `${subject}${how}${filter}${range}`;
}

/** The caveat a total carries when some batches were of unreported size: never a zero, always said. */
export function unreportedNote(unknownCountBatches: number): string | null {
  if (unknownCountBatches <= 0) return null;
  return `plus ${pluralize(unknownCountBatches, "batch", "batches")} of unreported size`;
}

function unreportedSentence(count: number, where: string[]): string | null {
  if (count <= 0) return null;
  const places = where.length > 0 ? ` (${where.join(", ")})` : "";
  return `Not counted: ${pluralize(count, "batch", "batches")} whose number of subpoenas was not reported${places}.`;
}

function inexactSentence(count: number): string | null {
  if (count <= 0) return null;
  return `The total includes ${pluralize(count, "batch", "batches")} whose count is approximate or a lower bound.`;
}

/** "Denver 4", "Washington County, OR at least or about 4", "New York City not reported": never a zero for an unknown. */
function figureOf(label: string, subpoenas: number, unknown: number, inexact: number): string {
  if (subpoenas === 0 && unknown > 0) return `${label} not reported`;
  return `${label} ${figureWords(subpoenas, inexact)}`;
}

const MAX_EMPTY_PERIODS_NAMED = 6;

function describeColumns(model: ColumnsModel, lead: string): string[] {
  const sentences: string[] = [];
  // A few empty periods are read out ("March 2020 0"); many (five years of months with subpoenas in six) are counted,
  // so a screen reader is not read sixty zeros.
  const empty = model.columns.filter((c) => c.total === 0 && c.unknownCountBatches === 0);
  const named =
    empty.length > MAX_EMPTY_PERIODS_NAMED ? model.columns.filter((c) => !empty.includes(c)) : model.columns;
  const periods = named.map((c) =>
    figureOf(formatPeriodLong(c.period), c.total, c.unknownCountBatches, c.inexactCountBatches),
  );
  if (named.length < model.columns.length) {
    periods.push(`none in the other ${empty.length} ${INTERVAL_WORDS[model.interval]}s`);
  }
  sentences.push(`${lead}: ${formatNumber(model.totals.subpoenas)} in total; ${periods.join(", ")}.`);
  for (const column of model.coarse) {
    if (column.total > 0) {
      const figure = figureWords(column.total, column.inexactCountBatches);
      sentences.push(`${figure} ${column.total === 1 ? "subpoena" : "subpoenas"} dated only as ${column.label}.`);
    }
  }
  if (model.stack !== "none") {
    const parts = model.series
      .filter((s) => s.subpoenas > 0 || s.unknownCountBatches > 0)
      .map((s) => figureOf(s.label, s.subpoenas, s.unknownCountBatches, s.inexactCountBatches));
    if (parts.length > 0) sentences.push(`By ${model.stack}: ${parts.join(", ")}.`);
  }
  const where = [...model.columns, ...model.coarse]
    .filter((c) => c.unknownCountBatches > 0)
    .map((c) => `${c.unknownCountBatches} in ${formatPeriodLong(c.period)}`);
  const unreported = unreportedSentence(model.totals.unknownCountBatches, where);
  if (unreported) sentences.push(unreported);
  return sentences;
}

function describeBars(model: BarsModel, lead: string): string[] {
  const sentences: string[] = [];
  const parts = model.bars.map((b) => figureOf(b.label, b.subpoenas, b.unknownCountBatches, b.inexactCountBatches));
  sentences.push(`${lead}: ${formatNumber(model.totals.subpoenas)} in total; ${parts.join(", ")}.`);
  const where = model.bars.filter((b) => b.unknownCountBatches > 0).map((b) => b.label);
  const unreported = unreportedSentence(model.totals.unknownCountBatches, where);
  if (unreported) sentences.push(unreported);
  return sentences;
}

/**
 * The text alternative: "Subpoenas served by jurisdiction, January to February 2020: 22 in total; Oregon 5, Denver 4,
 * ...". Used as the SVG's <desc>, the embed's figure description and the oEmbed description.
 */
export function altText(model: ChartModel, context: ChartContext): string {
  const lead = altLead(model, context, true);
  const empty = model.totals.batches === 0 && model.totals.subpoenas === 0;
  if (empty) return `${lead}: no subpoenas match these filters.`;
  if (model.kind === "map") return describeMap(model, `${lead}, with counties and cities as circles`);
  const sentences = model.kind === "columns" ? describeColumns(model, lead) : describeBars(model, lead);
  const inexact = inexactSentence(model.totals.inexactCountBatches);
  if (inexact) sentences.push(inexact);
  return sentences.join(" ");
}

/** A short name for the chart, for an iframe's title attribute and the oEmbed title. */
export function shortDescription(model: ChartModel, context: ChartContext): string {
  return altLead(model, context);
}

/** The one line under the title: the total, the span, the filter, and what is not counted. */
export function caption(model: ChartModel, context: ChartContext): string {
  const { totals } = model;
  const parts: string[] = [];
  const range = model.range ? `, ${formatRange(model.range, "short")}` : "";
  parts.push(`${pluralize(totals.subpoenas, "subpoena")} in ${pluralize(totals.batches, "batch", "batches")}${range}`);
  if (context.filterLabel) parts.push(context.filterLabel);
  if (totals.unknownCountBatches > 0) {
    parts.push(`${pluralize(totals.unknownCountBatches, "batch", "batches")} of unreported size not counted`);
  }
  return parts.join(" · ");
}

export function sourceLine(context: ChartContext): string {
  return `Source: ${PUBLISHER}, database updated ${formatTimestampDay(context.asOf)}`;
}

function formatPeriodLong(period: string): string {
  const parts = periodParts(period, "long");
  return parts.lead ? `${parts.lead} ${parts.year}` : parts.year;
}

/** Axis ticks: "Jan", "Q1" or "2020" on the first line, and the year under the first tick of each year. */
export function periodTick(period: string, previous: string | null): { main: string; sub: string | null } {
  const parts = periodParts(period, "short");
  if (!parts.lead) return { main: parts.year, sub: null };
  const previousYear = previous ? periodParts(previous, "short").year : null;
  return { main: parts.lead, sub: previousYear === parts.year ? null : parts.year };
}

/** A slug with the name readers know it by. */
export interface NamedSlug {
  slug: string;
  name: string;
}

/** A filter as plain values; jurisdictions and agencies come with their names. */
export interface FilterDescription {
  jurisdictions: readonly NamedSlug[];
  /** Recipient agencies: batches served on any of them. */
  agencies?: readonly NamedSlug[];
  /** Batches served on an agency located in any of these jurisdictions (or inside them). */
  agencyJurisdictions?: readonly NamedSlug[];
  /** Jurisdictions left out, with everything inside them. */
  excludeJurisdictions?: readonly NamedSlug[];
  states: readonly string[];
  outcomes: readonly string[];
  issuingComponents: readonly string[];
  offenseCategories: readonly string[];
  agencyKinds: readonly string[];
}

function listed(words: readonly string[], conjunction: "or" | "and"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

function either(words: readonly string[]): string {
  return listed(words, "or");
}

/**
 * The filter in words, for captions and the text alternative ("Oregon or Denver; outcome Declined; DUI offenses;
 * served on Wasco County Sheriff's Office; excluding Oregon"), or null when nothing is filtered. The date range is not
 * included: every chart states the span it covers.
 */
export function describeFilter(filter: FilterDescription): string | null {
  const parts: string[] = [];
  const places = [...filter.jurisdictions.map((j) => j.name), ...filter.states.map(stateName)];
  if (places.length > 0) parts.push(either(places));
  const agencies = (filter.agencies ?? []).map((a) => a.name);
  if (agencies.length > 0) parts.push(`served on ${either(agencies)}`);
  const agencyPlaces = (filter.agencyJurisdictions ?? []).map((j) => j.name);
  if (agencyPlaces.length > 0) parts.push(`served on an agency in ${either(agencyPlaces)}`);
  const outcomes = filter.outcomes.map((o) => (isOneOf(OUTCOMES, o) ? OUTCOME_LABELS[o] : o));
  if (outcomes.length > 0) parts.push(`outcome ${either(outcomes)}`);
  if (filter.issuingComponents.length > 0) parts.push(`issued by ${either([...filter.issuingComponents])}`);
  const offenses = filter.offenseCategories.map((c) =>
    isOneOf(OFFENSE_CATEGORIES, c) ? OFFENSE_CATEGORY_LABELS[c].toLowerCase() : c,
  );
  if (offenses.length > 0) parts.push(`offense: ${either(offenses)}`);
  const kinds = filter.agencyKinds.map((k) => (isOneOf(AGENCY_KINDS, k) ? AGENCY_KIND_LABELS[k].toLowerCase() : k));
  if (kinds.length > 0) parts.push(`served on a ${either(kinds)}`);
  const excluded = (filter.excludeJurisdictions ?? []).map((j) => j.name);
  if (excluded.length > 0) parts.push(`excluding ${listed(excluded, "and")}`);
  return parts.length > 0 ? parts.join("; ") : null;
}
