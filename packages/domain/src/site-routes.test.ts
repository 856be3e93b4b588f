import { describe, expect, it } from "vitest";
import { matchRoute, paths } from "./site-routes";

describe("matchRoute", () => {
  it("matches every page and round-trips the builders", () => {
    expect(matchRoute(paths.home())).toEqual({ name: "home" });
    expect(matchRoute(paths.jurisdictions())).toEqual({ name: "jurisdictions" });
    expect(matchRoute(paths.methodology())).toEqual({ name: "methodology" });
    expect(matchRoute(paths.batch("2020-01-13-denver"))).toEqual({ name: "batch", id: "2020-01-13-denver" });
    for (const table of ["batches", "sources", "court-cases", "agencies"] as const) {
      expect(matchRoute(paths.records(table))).toEqual({ name: "records", table });
    }
    expect(matchRoute("/search")).toEqual({ name: "search" });
    expect(paths.search("court order", "abc")).toBe("/search?q=court+order&after=abc");
    expect(matchRoute(paths.source("ice-2020-02-13-ct"))).toEqual({ name: "source", id: "ice-2020-02-13-ct" });
    expect(matchRoute(paths.courtCase("ice-v-gomez-2020"))).toEqual({ name: "court-case", slug: "ice-v-gomez-2020" });
    expect(matchRoute(paths.jurisdiction("new-york-city-ny"))).toEqual({
      name: "jurisdiction",
      slug: "new-york-city-ny",
    });
  });

  it("tolerates a trailing slash and rejects the rest", () => {
    expect(matchRoute("/jurisdictions/denver-co/")).toEqual({ name: "jurisdiction", slug: "denver-co" });
    expect(matchRoute("/batches/")).toEqual({ name: "records", table: "batches" });
    expect(matchRoute("/batches/a/b")).toEqual({ name: "not-found" });
    expect(matchRoute("/batches/%E0%A4%A")).toEqual({ name: "not-found" });
    expect(matchRoute("/nope")).toEqual({ name: "not-found" });
  });
});

describe("the editor's and the changes' addresses", () => {
  it("matches them and round-trips the builders", () => {
    expect(matchRoute(paths.changes())).toEqual({ name: "changes" });
    expect(matchRoute(paths.editor())).toEqual({ name: "editor-home" });
    expect(matchRoute(paths.inbox())).toEqual({ name: "editor-inbox" });
    expect(matchRoute(paths.admin())).toEqual({ name: "editor-admin" });
    expect(matchRoute(paths.changeset(12))).toEqual({ name: "editor-changeset", id: "12" });
    expect(matchRoute(paths.preview(12))).toEqual({ name: "editor-preview", id: "12", page: "/" });
    expect(matchRoute(paths.preview(12, paths.batch("2025-09-02-denver")))).toEqual({
      name: "editor-preview",
      id: "12",
      page: "/batches/2025-09-02-denver",
    });
    const signIn = new URL(paths.signIn("/editor/changesets/12"), "http://localhost");
    expect(matchRoute(signIn.pathname, signIn.search)).toEqual({
      name: "editor-sign-in",
      next: "/editor/changesets/12",
    });
  });

  it("never sends a signed-in visitor to another site after sign-in", () => {
    expect(matchRoute("/editor/sign-in", "?next=https://evil.example/")).toEqual({
      name: "editor-sign-in",
      next: null,
    });
    expect(matchRoute("/editor/sign-in", "?next=//evil.example/")).toEqual({ name: "editor-sign-in", next: null });
    expect(matchRoute("/editor/changesets/abc")).toEqual({ name: "not-found" });
  });
});
