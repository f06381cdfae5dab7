/**
 * `pnpm codegen`: generates `packages/resources` from `../shared/openapi/openapi.yml` and
 * `../shared/openapi/endpoints.tsv`.
 *
 *   node scripts/codegen/main.ts          writes the output (and removes stale generated files)
 *   node scripts/codegen/main.ts --check  regenerates in memory; exits 1 on any difference
 *
 * Without `../shared` the check is skipped with a message (exit 0); generation fails.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { formatFiles } from "./dprint.ts"
import { generate, RESOURCES, SRC } from "./generate.ts"
import type { Output } from "./generate.ts"
import { inputsExist, loadInputs } from "./spec.ts"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

/** Files under the generated directories, so stale ones can be removed or reported. */
const existingGenerated = (): ReadonlyArray<string> => {
  const list = (dir: string): ReadonlyArray<string> => {
    const abs = path.join(repoRoot, dir)
    if (!fs.existsSync(abs)) return []
    return fs.readdirSync(abs).filter((f) => f.endsWith(".ts")).map((f) => `${dir}/${f}`)
  }
  return [...list(SRC), ...list(`${SRC}/types`)]
}

const README = `${RESOURCES}/README.md`
const START = "<!-- generated:modules:start -->"
const END = "<!-- generated:modules:end -->"

const moduleTable = (output: Output): string => {
  const lines = [
    `${output.modules.length} modules, ${output.operations.length} operations.`,
    "",
    "| module | accessor | functions |",
    "| --- | --- | --- |",
    ...output.modules.map((m) =>
      `| \`${m.module}\` | \`${m.accessor}\` | ${m.output.functions.map((f) => `\`${f}\``).join(", ")} |`
    )
  ]
  return lines.join("\n")
}

const withReadme = (current: string, output: Output): string => {
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  if (start < 0 || end < 0) return current
  return `${current.slice(0, start + START.length)}\n${moduleTable(output)}\n${current.slice(end)}`
}

const withPackageJson = (current: string, output: Output): string => {
  const pkg = JSON.parse(current) as Record<string, unknown>
  pkg["exports"] = { ...output.exports, "./package.json": "./package.json" }
  const publishConfig = (pkg["publishConfig"] ?? {}) as Record<string, unknown>
  publishConfig["exports"] = { ...output.publishExports, "./package.json": "./package.json" }
  pkg["publishConfig"] = publishConfig
  return `${JSON.stringify(pkg, null, 2)}\n`
}

const main = async (): Promise<number> => {
  const check = process.argv.includes("--check")
  if (!inputsExist(repoRoot)) {
    const message = "codegen: ../shared/openapi is absent; nothing to generate"
    if (check) {
      console.log(`${message} (check skipped)`)
      return 0
    }
    console.error(message)
    return 1
  }
  const output = generate(loadInputs(repoRoot))
  const files = await formatFiles(output.files)
  for (const [file, update] of [[README, withReadme], [`${RESOURCES}/package.json`, withPackageJson]] as const) {
    const abs = path.join(repoRoot, file)
    if (fs.existsSync(abs)) files.set(file, update(fs.readFileSync(abs, "utf8"), output))
  }
  const stale = existingGenerated().filter((f) => !files.has(f))
  const changed = [...files].filter(([file, text]) => {
    const abs = path.join(repoRoot, file)
    return !fs.existsSync(abs) || fs.readFileSync(abs, "utf8") !== text
  })
  if (check) {
    for (const [file] of changed) console.error(`codegen --check: ${file} differs from the generated output`)
    for (const file of stale) console.error(`codegen --check: ${file} is not generated (stale)`)
    const bad = changed.length + stale.length
    if (bad > 0) {
      console.error(`codegen --check: ${bad} file(s) out of date; run pnpm codegen`)
      return 1
    }
    console.log(`codegen --check: ${files.size} files up to date`)
    return 0
  }
  for (const [file, text] of changed) {
    const abs = path.join(repoRoot, file)
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    fs.writeFileSync(abs, text)
  }
  for (const file of stale) fs.rmSync(path.join(repoRoot, file))
  const shapes = summarize(output)
  console.log(
    `codegen: ${output.modules.length} modules, ${output.operations.length} operations (${shapes}); ${changed.length} file(s) written, ${stale.length} removed`
  )
  return 0
}

/** Counts of the generated shapes, for the log line. */
export const summarize = (output: Output): string => {
  const ops = output.operations
  const count = (f: (op: (typeof ops)[number]) => boolean) => ops.filter(f).length
  return [
    `${count((o) => o.row !== undefined)} from endpoints.tsv`,
    `${count((o) => o.row === undefined)} derived`,
    `${count((o) => o.stream !== undefined)} SSE`,
    `${count((o) => o.page !== undefined)} paginated`,
    `${count((o) => o.body !== undefined && o.body.kind !== "json")} multipart`,
    `${count((o) => o.result.kind === "binary")} binary`,
    `${count((o) => o.result.kind === "empty")} void`,
    `${count((o) => o.admin)} admin`,
    `${count((o) => o.beta !== undefined)} beta header`
  ].join(", ")
}

process.exitCode = await main()
