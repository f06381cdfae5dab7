/**
 * Formats generated TypeScript with dprint, the formatter the repository's ESLint config runs (through
 * `@effect/eslint-plugin`), with the same options, so generated files pass `pnpm lint` as written.
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

interface Formatter {
  readonly formatText: (request: {
    readonly filePath: string
    readonly fileText: string
    readonly overrideConfig?: Record<string, unknown>
  }) => string
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

/** The options of the `@effect/dprint` rule in `eslint.config.js`. */
const fallbackConfig: Record<string, unknown> = {
  indentWidth: 2,
  lineWidth: 120,
  semiColons: "asi",
  quoteStyle: "alwaysDouble",
  trailingCommas: "never",
  "arrowFunction.useParentheses": "force"
}

const lintConfig = async (): Promise<Record<string, unknown>> => {
  const file = path.join(repoRoot, "eslint.config.js")
  if (!fs.existsSync(file)) return fallbackConfig
  const entries = (await import(pathToFileURL(file).href)).default as ReadonlyArray<{
    readonly rules?: Record<string, unknown>
  }>
  for (const entry of entries) {
    const rule = entry.rules?.["@effect/dprint"]
    if (Array.isArray(rule) && typeof rule[1] === "object" && rule[1] !== null && "config" in rule[1]) {
      return (rule[1] as { readonly config: Record<string, unknown> }).config
    }
  }
  return fallbackConfig
}

const load = async (): Promise<Formatter> => {
  // The formatter and its TypeScript plugin are dependencies of @effect/eslint-plugin.
  const plugin = fs.realpathSync(path.join(repoRoot, "node_modules", "@effect", "eslint-plugin", "package.json"))
  const require = createRequire(plugin)
  const { createFromBuffer } = require("@dprint/formatter") as {
    readonly createFromBuffer: (buffer: Uint8Array) => Formatter
  }
  const { getPath } = require("@dprint/typescript") as { readonly getPath: () => string }
  return createFromBuffer(fs.readFileSync(getPath()))
}

let cached: Promise<(filePath: string, text: string) => string> | undefined

/** A function formatting one TypeScript file as `pnpm lint` wants it. */
export const formatter = (): Promise<
  (filePath: string, text: string) => string
> => (cached ??= Promise.all([load(), lintConfig()]).then(([dprint, config]) => (filePath: string, text: string) =>
  dprint.formatText({ filePath, fileText: text, overrideConfig: config })
))

/** Formats every `.ts` file of a generated output. */
export const formatFiles = async (files: ReadonlyMap<string, string>): Promise<Map<string, string>> => {
  const format = await formatter()
  const out = new Map<string, string>()
  for (const [file, text] of files) out.set(file, file.endsWith(".ts") ? format(path.join(repoRoot, file), text) : text)
  return out
}
