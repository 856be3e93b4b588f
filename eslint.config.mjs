// One lint setup for the whole workspace; `pnpm lint` runs it with Prettier's check.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/dist/**", ".data/**", "artifacts/**", "web/src/gql/**", "**/*.cjs"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Node scripts and configs.
    files: [
      "scripts/**/*.mjs",
      "packages/*/scripts/**/*.mjs",
      "**/*.config.{mjs,mts,ts}",
      "web/scripts/**/*.mjs",
      "web/e2e/**/*.{ts,mts}",
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["server/**/*.ts"],
    rules: {
      // TypeORM and TypeGraphQL decorators read the runtime class metadata of parameter and property types.
      "@typescript-eslint/consistent-type-imports": "off",
    },
  },
);
