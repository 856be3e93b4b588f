import { Client } from "pg";

/** A fresh, empty database of that name on the server (dropped first if it exists); returns its URL. */
export async function freshDatabase(server: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
