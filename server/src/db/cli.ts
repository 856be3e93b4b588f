import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "./database";

/** `migrate` brings the schema up to date; `revert` undoes the latest migration. */
async function main(command: string | undefined): Promise<number> {
  if (command !== "migrate" && command !== "revert") {
    console.error("usage: pnpm --filter @subpoena-tracker/server migration:run | migration:revert");
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

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
