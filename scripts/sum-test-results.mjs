// Sums the JSON reports vitest writes in CI (one per run) into the closing line "ci: N passed, M failed, K skipped".
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "artifacts/test-results";
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(
    `${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`,
  );
}
console.log(`ci: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(files.length === 0 || failed > 0 ? 1 : 0);
