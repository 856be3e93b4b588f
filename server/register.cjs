// Runs the server's TypeScript directly: swc emits the decorator metadata that TypeORM and TypeGraphQL read
// (esbuild-based runners do not). The tsconfig is named explicitly so this works from any working directory.
const path = require("node:path");
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, "tsconfig.json");
require("@swc-node/register");
