import path from "node:path";

/**
 * Reporters for every vitest run: the default one, plus in CI a JSON report per run in artifacts/test-results/,
 * which .ci/run sums into its closing "N passed, M failed" line.
 */
export function reporters(run: string): { reporters: string[]; outputFile?: { json: string } } {
  if (!process.env.CI) return { reporters: ["default"] };
  const database = process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
  const file = path.resolve(import.meta.dirname, "artifacts", "test-results", `${run}-${database}.json`);
  return { reporters: ["default", "json"], outputFile: { json: file } };
}
