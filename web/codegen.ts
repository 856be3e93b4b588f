import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for every query the dashboard sends, generated from the schema the server emits
// (server/schema.graphql). `pnpm codegen` writes src/gql/; `pnpm codegen:check` fails when it is stale.
// GQL_OUT_DIR lets the check generate into a scratch folder and compare.
const outDir = process.env.GQL_OUT_DIR ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { PartialDate: "string", ID: "string", DateTimeISO: "string" },
      },
    },
    [`${outDir}data-dictionary.json`]: {
      plugins: ["./scripts/data-dictionary-plugin.cjs"],
    },
  },
};

export default config;
