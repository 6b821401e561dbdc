// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  {
    ignores: ["node_modules/", ".neo4j/", "dist/", "coverage/", "**/generated/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": "off",
      eqeqeq: ["error", "always"],
    },
  },
  {
    // The GraphiQL IDE (built by Vite for the browser); its vite.config.mts runs in Node.
    files: ["ide/**/*.{ts,tsx,mts}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["ide/vite.config.mts"],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
