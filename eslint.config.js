// Lint and format in one pass: typescript-eslint's recommended rules, dprint
// formatting through @effect/eslint-plugin, and the rule that keeps library
// code off the "effect" barrel (a barrel import triples an esbuild bundle).
import effect from "@effect/eslint-plugin"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "bench/results/**"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "@effect": effect },
    rules: {
      "@effect/dprint": ["error", {
        config: {
          indentWidth: 2,
          lineWidth: 120,
          semiColons: "asi",
          quoteStyle: "alwaysDouble",
          trailingCommas: "never",
          "arrowFunction.useParentheses": "force"
        }
      }],
      "no-restricted-imports": ["error", {
        paths: [{
          name: "effect",
          message: "Import effect modules deeply (effect/Effect): the barrel triples bundles."
        }]
      }],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-empty-object-type": "off"
    }
  }
)
