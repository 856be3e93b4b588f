import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for every query the dashboard sends, generated from the schema the server emits
// (server/schema.graphql). `pnpm codegen` writes src/gql/; `pnpm codegen:check` fails when it is stale.
// GQL_OUT_DIR lets the check generate into a scratch folder and compare.
const outDir = process.env.GQL_OUT_DIR ?? "src/gql/";

// The staff pages' documents are generated apart, into src/gql/editor/: the client preset's `graphql()` keeps every
// document of its output in one map, and the public pages' first load should not carry the editor's.
const EDITOR_DOCUMENTS = [
  "src/modules/changesets/**/*.{ts,tsx}",
  "src/modules/editor-session/**/*.{ts,tsx}",
  "src/modules/record-forms/**/*.{ts,tsx}",
  "src/modules/inbox/**/*.{ts,tsx}",
  "src/modules/preview/**/*.{ts,tsx}",
  "src/modules/staff-admin/**/*.{ts,tsx}",
  "src/pages/editor/**/*.{ts,tsx}",
];
const PUBLIC_DOCUMENTS = ["src/**/*.{ts,tsx}", "!src/gql/**/*", ...EDITOR_DOCUMENTS.map((glob) => `!${glob}`)];

const clientOutput = {
  preset: "client" as const,
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    skipTypename: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    scalars: { PartialDate: "string", ID: "string", DateTimeISO: "string" },
  },
};

const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  ignoreNoDocuments: false,
  generates: {
    [outDir]: { ...clientOutput, documents: PUBLIC_DOCUMENTS },
    [`${outDir}editor/`]: { ...clientOutput, documents: EDITOR_DOCUMENTS },
    [`${outDir}data-dictionary.json`]: {
      documents: PUBLIC_DOCUMENTS,
      plugins: ["./scripts/data-dictionary-plugin.cjs"],
    },
  },
};

export default config;
