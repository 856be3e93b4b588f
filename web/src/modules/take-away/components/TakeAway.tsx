import type { DashboardFilters } from "../../dashboard-state/utils/dashboardState";
import { countActiveFilters } from "../../dashboard-state/utils/dashboardState";
import { batchesUrl, DATAPACKAGE_URL } from "../utils/apiLinks";
import { CiteThis } from "./CiteThis";

export interface TakeAwayProps {
  filters: DashboardFilters;
}

// What a reporter leaves with: the citation, the link, and the data itself.
export function TakeAway({ filters }: TakeAwayProps) {
  const filtered = countActiveFilters(filters) > 0;
  return (
    <div className="takeaway">
      <CiteThis />
      <div>
        <h3>Download the data</h3>
        <ul className="download-list">
          <li>
            <a href={batchesUrl("csv", filters)} download>
              {filtered ? "The batches matching these filters" : "Every batch"}, as CSV
            </a>
          </li>
          <li>
            <a href={batchesUrl("json", filters)} download>
              {filtered ? "The batches matching these filters" : "Every batch"}, as JSON
            </a>
          </li>
          <li>
            <a href={DATAPACKAGE_URL} download>
              The whole dataset: a data package (ZIP) with every table, its sources and a description of each field
            </a>
          </li>
        </ul>
        <p className="source__meta">
          Each chart also offers its own numbers as CSV and JSON below it. The same data is available from the GraphQL
          API at <code>/graphql</code>.
        </p>
      </div>
    </div>
  );
}
