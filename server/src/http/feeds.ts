import express, { type Request, type Router } from "express";
import type { DataSource } from "typeorm";
import type { ApiLimits } from "../config";
import type { Logger } from "../logger";
import { getDatasetVersion } from "../modules/dataset/dataset-version.service";
import { publishedChanges, type PublishedChangeset } from "../modules/revisions/revision.service";
import { versionDownloadPath } from "../modules/revisions/revision.resolver";
import { recordTypeName } from "../modules/changesets/record-type";
import { sendApiError } from "./api-errors";
import { answerIfFresh } from "./caching";

const ENTRIES = 50;

/** GET /feeds/changes.atom: the published changes to the dataset as an Atom 1.0 feed (RFC 4287), newest first. */
export function createFeedsRouter({
  dataSource,
  limits,
  logger,
}: {
  dataSource: DataSource;
  limits: ApiLimits;
  logger: Logger;
}): Router {
  const router = express.Router();
  router.get("/feeds/changes.atom", async (req, res) => {
    try {
      const version = await getDatasetVersion(dataSource);
      if (answerIfFresh(req, res, version.version, limits.cacheMaxAgeSeconds)) return;
      const page = await publishedChanges(dataSource, { first: ENTRIES, before: null, recordsPerChange: 50 });
      res.type("application/atom+xml; charset=utf-8").send(atomFeed(origin(req), page.nodes, version.updatedAt));
    } catch (error) {
      sendApiError(res, "json", error, logger);
    }
  });
  return router;
}

function origin(req: Request): string {
  return `${req.protocol}://${req.get("host")}`;
}

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const ACTION_WORDS = { create: "added", update: "changed", withdraw: "withdrawn" } as const;

function entry(base: string, change: PublishedChangeset): string {
  const link = `${base}/changes#version-${change.version}`;
  const items = change.records
    .map((r) => {
      const what = `${recordTypeName(r.recordType).toLowerCase().replace("_", " ")} ${r.recordId}: ${ACTION_WORDS[r.action]}`;
      return `<li>${escape(what)}${r.reason ? ` (${escape(r.reason)})` : ""}</li>`;
    })
    .join("");
  const more =
    change.recordCount > change.records.length ? `<p>and ${change.recordCount - change.records.length} more</p>` : "";
  const html = `<p>${escape(change.note)}</p><ul>${items}</ul>${more}<p>Download this version: <a href="${base}${versionDownloadPath(change.version)}">data package v${change.version}</a></p>`;
  const updated = change.publishedAt.toISOString();
  return `  <entry>
    <title>${escape(`Version ${change.version}: ${change.note || "changes to the data"}`)}</title>
    <id>${escape(link)}</id>
    <link rel="alternate" type="text/html" href="${escape(link)}"/>
    <link rel="enclosure" type="application/zip" href="${escape(`${base}${versionDownloadPath(change.version)}`)}"/>
    <published>${updated}</published>
    <updated>${updated}</updated>
    <summary type="text">${escape(change.note)}</summary>
    <content type="html">${escape(html)}</content>
  </entry>`;
}

export function atomFeed(base: string, changes: PublishedChangeset[], datasetUpdatedAt: string): string {
  const updated = changes[0]?.publishedAt.toISOString() ?? datasetUpdatedAt;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Subpoena Tracker: changes to the data</title>
  <subtitle>Every published change to the record of ICE administrative subpoenas, by dataset version, with corrections and their reasons.</subtitle>
  <id>${escape(`${base}/changes`)}</id>
  <link rel="self" type="application/atom+xml" href="${escape(`${base}/feeds/changes.atom`)}"/>
  <link rel="alternate" type="text/html" href="${escape(`${base}/changes`)}"/>
  <updated>${updated}</updated>
  <author><name>Subpoena Tracker</name></author>
${changes.map((c) => entry(base, c)).join("\n")}
</feed>
`;
}
