import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { ROLES, type Role } from "../modules/accounts/account.entity";
import { createAccount } from "../modules/accounts/account.service";
import { SCRYPT_PARAMETERS } from "../modules/accounts/password";

const USAGE = `usage: pnpm admin:create-user --email someone@example.org --role ${ROLES.join("|")}`;

/**
 * Makes a staff account and prints its one-time password (there are no default accounts; this makes the first).
 * It uses the same database as the server (DATABASE_URL, or the embedded one in .data/: stop the server first, as
 * the embedded database serves one process at a time).
 */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let values: { email?: string; role?: string };
  try {
    ({ values } = parseArgs({ args: rest, options: { email: { type: "string" }, role: { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (command !== "create-user" || !values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  if (!ROLES.includes(values.role as Role)) {
    console.error(`--role must be one of ${ROLES.join(", ")}, got "${values.role}"\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const { account, password } = await createAccount(db.dataSource, values.email, values.role as Role);
    console.log(`Made the ${account.role} account ${account.email} (id ${account.id}).

One-time password (shown only now; it must be replaced at the first sign-in):

    ${password}

Sign in at http://${config.host}:${config.port}/editor (or with the signIn mutation at /graphql).
Passwords are stored as scrypt hashes (N=${SCRYPT_PARAMETERS.N}, r=${SCRYPT_PARAMETERS.r}, p=${SCRYPT_PARAMETERS.p}).`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
