/**
 * `pnpm example <name>`: runs `examples/<name>.ts` (against the embedded mock server unless
 * `OPENAI_API_KEY` is set). Without a name, or with an unknown one, lists the examples.
 */
import { existsSync, readdirSync } from "node:fs"
import { fileURLToPath, pathToFileURL } from "node:url"

const dir = fileURLToPath(new URL("../examples/", import.meta.url))
const names = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "runtime.ts").map((f) => f.slice(0, -3)).sort()
const name = process.argv[2]?.replace(/\.ts$/, "")

if (name === undefined || !names.includes(name) || !existsSync(`${dir}${name}.ts`)) {
  console.error(`${name === undefined ? "Which example?" : `No example named ${name}.`} One of: ${names.join(", ")}`)
  process.exitCode = 1
} else {
  await import(pathToFileURL(`${dir}${name}.ts`).href)
}
