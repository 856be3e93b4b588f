import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "./database";
import { writeEmbeddedTemplate } from "./embedded-template";

/**
 * `migrate` brings the schema up to date; `revert` undoes the latest migration; `template FILE` writes a migrated,
 * empty embedded database to FILE for the test suites (EMBEDDED_TEMPLATE).
 */
async function main(command: string | undefined, file: string | undefined): Promise<number> {
  if (command === "template" && file) {
    await writeEmbeddedTemplate(file);
    return 0;
  }
  if (command !== "migrate" && command !== "revert") {
    console.error(
      "usage: pnpm --filter @subpoena-tracker/server migration:run | migration:revert\n" +
        "       node -r ./register.cjs src/db/cli.ts template FILE",
    );
    return 2;
  }
  const db = await openDatabase(loadConfig(), { migrate: command === "migrate" });
  try {
    if (command === "revert") await db.dataSource.undoLastMigration({ transaction: "each" });
    const applied: { name: string }[] = await db.dataSource.query(`SELECT name FROM migrations ORDER BY id`);
    console.log(
      applied.length ? `Applied migrations:\n  ${applied.map((m) => m.name).join("\n  ")}` : "No migrations applied.",
    );
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
