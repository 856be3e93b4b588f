import {
  EVENT_STATUSES,
  EVENT_STATUS_LABELS,
  OUTCOMES,
  OUTCOME_DESCRIPTIONS,
  OUTCOME_LABELS,
  STATUS_OUTCOME,
} from "@subpoena-tracker/domain";
import { Link } from "../../../app/router";
import { paths } from "../../../app/routes";
import { OUTCOME_COLORS } from "../../../ui/theme";
import { UnknownMarker } from "../../../ui/UnknownMarker";
import { Coverage } from "./Coverage";
import { DataDictionary } from "./DataDictionary";

const SECTIONS = [
  { id: "sources", title: "Where the data comes from" },
  { id: "outcome-rule", title: "How outcomes are worked out" },
  { id: "partial-dates", title: "Partial dates" },
  { id: "unreported-counts", title: "Unreported counts" },
  { id: "coverage", title: "Coverage and known gaps" },
  { id: "report-an-error", title: "Report an error" },
  { id: "data-dictionary", title: "Data dictionary" },
];

// Kept in step with data/seed/README.md ("Completeness by jurisdiction"); the figures above it are read live.
const COMPLETENESS: { place: string; batches: string; note: string }[] = [
  {
    place: "Denver",
    batches: "1 (Jan 2020)",
    note: "Complete through the court order; the decision not to appeal is dated only 2020 (it came after 21 April); compliance with the order is not reported.",
  },
  {
    place: "New York City",
    batches: "1 (Jan 2020)",
    note: "Issue, non-response and two petitions; their outcome is missing.",
  },
  { place: "Connecticut", batches: "1 (Feb 2020)", note: "Issue and review; the final response is missing." },
  { place: "San Diego County", batches: "1 (Feb 2020)", note: "Complete: the Sheriff complied." },
  {
    place: "Washington County, Oregon",
    batches: "1 (Feb 2020)",
    note: "Complete: the Sheriff complied. Also one of the four counties of the 2025 Oregon batch.",
  },
  {
    place: "Oregon (state, counties and cities)",
    batches: "2 (Feb 2020, Jul 2025)",
    note: "2020: three refusals, Wasco County's response missing. 2025: refusals, petition, court order and Marion County's compliance; the other counties' compliance is missing.",
  },
  {
    place: "Colorado (state)",
    batches: "1 (Apr 2025)",
    note: "Issue, the division director's suit and the governor's refusal (Feb 2026); the case's final judgment is missing.",
  },
  { place: "Los Angeles County", batches: "1 (May 2025)", note: "Issue only; any response is missing." },
];

export function MethodologyContent() {
  return (
    <div className="prose">
      <nav aria-label="On this page">
        <ol>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="sources">Where the data comes from</h2>
      <p>
        Every record is drawn from public documents: ICE press releases, court records, government documents and news
        reports. Each batch, event, court case and policy cites its sources, and each source carries its publisher, its
        date, a short quotation that supports the fact, and a link. Sources marked <em>aggregator</em> are copies or
        summaries, kept only alongside the original publisher and to be checked against it.
      </p>
      <p>
        The unit of the data is the <strong>batch</strong>: subpoenas ICE served together, on one date, on one or more
        agencies. Counts add up batches; a batch is never split between agencies unless a source says how.
      </p>
      <p>
        <strong>No one is named.</strong> The people the subpoenas concern are described only by offense categories and
        custody status, even where the sources name them.
      </p>

      <h2 id="outcome-rule">How outcomes are worked out</h2>
      <p>
        Whether a batch was complied with is never typed in. Each batch has a dated history of sourced events, and its
        standing is worked out from that history by one fixed rule, the same on this site, in the API and in the
        downloads:
      </p>
      <ol>
        <li>Every batch starts as pending.</li>
        <li>
          Events are applied in date order. A date given only as a month or a year counts as the last day it could be
          (&ldquo;January 2020&rdquo; as 31 January), because a source that says &ldquo;in January&rdquo; cannot place a
          step ahead of anything else that month. &ldquo;Issued&rdquo; and &ldquo;served&rdquo; only open the history.
        </li>
        <li>
          Each agency served keeps its own standing. When several agencies were served together, each holds an unknown
          share: the sources do not say how the subpoenas split, and the data does not invent a split.
        </li>
        <li>
          An event concerns the agency it names (or all of them), and all of that agency&rsquo;s subpoenas unless it
          says how many: in Denver&rsquo;s batch of four, the court case concerned three.
        </li>
        <li>
          When agencies of one batch end up standing differently and the split is unknown, the batch is <em>mixed</em>;
          when the split is known, the batch is divided between outcomes.
        </li>
      </ol>
      {/* Prose tables: their headers wrap, so they fit a 360 px phone; a table still wider scrolls in its own box. */}
      <div className="table-scroll" role="region" aria-label="Outcomes" tabIndex={0}>
        <table className="data-table data-table--prose">
          <caption>The outcomes, in the order every chart lists them</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Meaning</th>
              <th scope="col">Set by events</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOMES.map((outcome) => (
              <tr key={outcome}>
                <th scope="row">
                  <span className="swatch" style={{ background: OUTCOME_COLORS[outcome] }} aria-hidden="true" />{" "}
                  {OUTCOME_LABELS[outcome]}
                </th>
                <td>{OUTCOME_DESCRIPTIONS[outcome]}</td>
                <td>
                  {EVENT_STATUSES.filter(
                    (status) => STATUS_OUTCOME[status] === outcome && status !== "issued" && status !== "served",
                  )
                    .map((status) => EVENT_STATUS_LABELS[status])
                    .join(", ") || (outcome === "MIXED" ? "Agencies standing differently, split unknown" : "—")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>&ldquo;Pending&rdquo; means nothing later has been reported, not that nothing happened.</p>

      <h2 id="partial-dates">Partial dates</h2>
      <p>
        Sources often give only a month (&ldquo;in January 2020&rdquo;) or a year. The data keeps a date exactly as
        precise as its sources: <code>2020</code>, <code>2020-01</code> or <code>2020-01-13</code>, and the site shows
        it the same way (&ldquo;2020&rdquo;, &ldquo;Jan 2020&rdquo;, &ldquo;13 Jan 2020&rdquo;). A month-only date is
        never padded to the first of the month.
      </p>
      <p>
        In charts by month, a batch dated only by year cannot be placed in a month: it is kept apart and listed as
        &ldquo;2020 (month not reported)&rdquo;, never spread over the months. A date filter includes a batch only when
        the whole period of its date lies inside the range: a filter from 15 January leaves out a batch dated only
        &ldquo;January&rdquo;, because it may have been issued on the 3rd.
      </p>

      <h2 id="unreported-counts">Unreported counts</h2>
      <p>
        Some reports say only &ldquo;several&rdquo; subpoenas. Such a batch has no count, and it is never counted as
        zero. Totals add up the known counts and say beside them how many batches of unreported size they leave out
        (&ldquo;plus 1 batch of unreported size&rdquo;). Charts mark those batches with <UnknownMarker />{" "}
        <span className="visually-hidden">a dashed question mark</span> instead of drawing them. Approximate counts
        (&ldquo;about 5&rdquo;) and lower bounds (&ldquo;at least 5&rdquo;) are counted as given and labelled so on each
        batch.
      </p>
      <p>
        Where one report said &ldquo;several&rdquo; and another gave the number, both are cited and the number is used
        (New York City and Denver: four each, from ICE&rsquo;s releases and wire reports).
      </p>

      <h2 id="coverage">Coverage and known gaps</h2>
      <Coverage />
      <h3>What was searched</h3>
      <p>
        Public reporting for every year from 2019 to 2026: ICE&rsquo;s and DHS&rsquo;s releases, court records,
        government statements and news reports about ICE administrative (&ldquo;immigration enforcement&rdquo;)
        subpoenas served by ERO or HSI on state and local agencies &mdash; sheriffs and jails, departments of
        correction, courts and court services, police and state police, county governments and state agencies &mdash; in
        the places of the 2020 record and in the other large sanctuary jurisdictions (California, Illinois, Washington
        State, Minnesota, Massachusetts, New Jersey, Nevada).
      </p>
      <ul>
        <li>
          <strong>2019, 2021, 2022, 2023, 2024:</strong> no reported subpoena to a state or local agency was found.
        </li>
        <li>
          <strong>2020:</strong> the six batches of January to March (Denver, New York City, Connecticut, San Diego
          County, Washington County and four other Oregon agencies).
        </li>
        <li>
          <strong>2025:</strong> Colorado&rsquo;s Department of Labor and Employment (April), Los Angeles County&rsquo;s
          Department of Public Social Services (May) and four Oregon counties (July and August).
        </li>
        <li>
          <strong>2026:</strong> no new batch; later steps of the 2025 batches.
        </li>
      </ul>
      <p>
        <strong>Absence of a report is not absence of subpoenas.</strong> ICE&rsquo;s own records, studied by legal
        scholars, show many immigration subpoenas to schools, social services and local governments that were never
        publicly reported; they are not in this record. A year with no batch means only that no public report was found.
      </p>
      <ul>
        <li>The data records what public reporting describes. Subpoenas never reported are not in it.</li>
        <li>
          Some outcomes were never reported: Connecticut&rsquo;s final response, the New York court petitions, the Wasco
          County subpoena, the day Denver decided not to appeal, whether three of the four Oregon counties complied with
          the 2025 court order, and Los Angeles County&rsquo;s response. The absence of a later event means &ldquo;not
          reported&rdquo;, not &ldquo;nothing happened&rdquo;.
        </li>
        <li>
          Where several agencies were served together (Oregon&rsquo;s batch of five in 2020, across four agencies, and
          its batch of ten in 2025, across four counties), the split between agencies is unknown, and no chart divides
          it.
        </li>
        <li>
          Grand-jury subpoenas from the Justice Department, subpoenas to private companies and detainer requests are not
          ICE administrative subpoenas to an agency and are left out.
        </li>
        <li>Empty periods in the charts are drawn as zero so that gaps show; they mean no batch is recorded then.</li>
      </ul>

      <h3>Completeness by jurisdiction</h3>
      <div className="table-scroll" role="region" aria-label="Completeness by jurisdiction" tabIndex={0}>
        <table className="data-table data-table--prose" data-testid="completeness-table">
          <caption>How complete the record is for each jurisdiction</caption>
          <thead>
            <tr>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Batches</th>
              <th scope="col">What the record has, and lacks</th>
            </tr>
          </thead>
          <tbody>
            {COMPLETENESS.map((row) => (
              <tr key={row.place}>
                <th scope="row">{row.place}</th>
                <td>{row.batches}</td>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="report-an-error">Report an error</h2>
      <p>
        If a figure, a date or a source is wrong or missing, tell us through the project&rsquo;s public issue tracker,
        or write to the newsroom that publishes this site. Please include:
      </p>
      <ol>
        <li>the address of the page (every batch has its own: use &ldquo;Copy link&rdquo;),</li>
        <li>what is wrong, and what it should say,</li>
        <li>a source that shows it: a link to the document and the passage.</li>
      </ol>
      <p>
        Corrections change the dataset&rsquo;s version number; the citation on every page carries the version and date,
        so a published figure can always be traced to the data it came from. The whole dataset is downloadable as a{" "}
        <a href="/api/v1/datapackage.zip" download>
          data package
        </a>{" "}
        and browsable by <Link to={paths.jurisdictions()}>jurisdiction</Link>.
      </p>

      <h2 id="data-dictionary">Data dictionary</h2>
      <p>
        Every record and field, as the API describes it. This dictionary is generated from the API&rsquo;s schema, so it
        always matches what the API and the downloads contain.
      </p>
      <DataDictionary />
    </div>
  );
}
