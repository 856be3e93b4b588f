import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { buildApiSchema } from "./build-schema";
import { printApiSchema } from "./print";

/** Writes server/schema.graphql, the committed artifact the web app's types are generated from. */
buildApiSchema().then((schema) => {
  const file = path.resolve(__dirname, "..", "..", "schema.graphql");
  fs.writeFileSync(file, printApiSchema(schema));
  console.log(`Wrote ${file}`);
});
