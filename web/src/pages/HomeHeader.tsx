import type { ReactNode } from "react";
import { PageHeader } from "../ui/Layout";

// The home page's title and introduction. The build also writes them into index.html (vite-plugins/prerender-shell.ts),
// so a reader sees them, and Lighthouse's largest paint happens, before any script has run.
export function HomeHeader({ meta }: { meta?: ReactNode }) {
  return (
    <PageHeader
      eyebrow="ICE administrative subpoenas to sanctuary jurisdictions"
      title="How many subpoenas, where, and what happened to them"
      dek="Immigration and Customs Enforcement served administrative subpoenas on sheriffs, jails, courts and police in sanctuary jurisdictions that limit cooperation with immigration enforcement. Every figure here is built from sourced records; click any bar to see the batches and documents behind it."
      meta={meta}
    />
  );
}
