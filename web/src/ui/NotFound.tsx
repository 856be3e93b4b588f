import type { ReactNode } from "react";
import { Link } from "../app/router";
import { paths } from "../app/routes";
import { PageHeader } from "./Layout";

export function NotFound({ title = "Page not found", children }: { title?: string; children?: ReactNode }) {
  return (
    <div className="not-found">
      <PageHeader title={title} dek={children ?? "There is nothing at this address."} />
      <p>
        Go to the <Link to={paths.home()}>dashboard</Link>, the{" "}
        <Link to={paths.jurisdictions()}>list of jurisdictions</Link> or the{" "}
        <Link to={paths.methodology()}>methodology</Link>.
      </p>
    </div>
  );
}
