/**
 * Tree-shaking: a bundle (esbuild, minified) of a program that imports only `ChatCompletions.create`
 * holds no other operation — no other path string, no other operation id — and stays under the gzip
 * budget in `budgets.json`. A module's hand-written extension (`src/extensions/`) adds nothing to a
 * program that uses only its generated operations.
 */
import { assert, describe, it } from "@effect/vitest"
import * as esbuild from "esbuild"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as zlib from "node:zlib"

const here = path.dirname(fileURLToPath(import.meta.url))
const src = path.join(here, "..", "src")
const budgets = JSON.parse(fs.readFileSync(path.join(here, "budgets.json"), "utf8")) as {
  readonly treeshake: { readonly maxGzipBytes: number }
}

const entry = `
import { create } from "@openai-effect/resources/ChatCompletions"
export const program = create({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] })
`

/** Every operation of the generated modules: its id and the literal start of its path. */
const operations = (): ReadonlyArray<
  { readonly module: string; readonly operationId: string; readonly path: string }
> => {
  const out: Array<{ module: string; operationId: string; path: string }> = []
  for (const file of fs.readdirSync(src).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    const text = fs.readFileSync(path.join(src, file), "utf8")
    const pattern = /operationId: "([^"]+)",\s*method: "[A-Z]+",\s*path: (?:"([^"]+)"|Operation\.path`([^`$]*))/g
    for (const match of text.matchAll(pattern)) {
      out.push({ module: file.replace(/\.ts$/, ""), operationId: match[1]!, path: match[2] ?? match[3]! })
    }
  }
  return out
}

describe("tree-shaking", () => {
  const bundle = () =>
    esbuild.build({
      stdin: { contents: entry, resolveDir: here, loader: "ts", sourcefile: "entry.ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent"
    }).then((result) => result.outputFiles[0]!.text)

  it("a bundle of ChatCompletions.create holds no other operation", async () => {
    const code = await bundle()
    const ops = operations()
    assert.isAbove(ops.length, 280)
    assert.include(code, "createChatCompletion")
    assert.include(code, "/chat/completions")
    const kept = "/chat/completions"
    const leaked = ops.filter((op) =>
      op.operationId !== "createChatCompletion"
      && (code.includes(`"${op.operationId}"`) || (!kept.includes(op.path) && code.includes(op.path)))
    )
    assert.deepStrictEqual(leaked.map((op) => `${op.module} ${op.operationId} ${op.path}`), [])
    for (const other of ["/vector_stores", "/fine_tuning", "/assistants", "/organization", "/responses"]) {
      assert.notInclude(code, other)
    }
  })

  it(`stays under ${budgets.treeshake.maxGzipBytes} bytes gzipped`, async () => {
    const size = zlib.gzipSync(await bundle()).length
    console.log(`ChatCompletions.create bundle: ${size} bytes min+gzip (budget ${budgets.treeshake.maxGzipBytes})`)
    assert.isAtMost(size, budgets.treeshake.maxGzipBytes)
  })
})

describe("extensions", () => {
  const entry = `
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
export const program = ThreadsRuns.create("thread_1", { assistant_id: "asst_1" })
`
  // Resolves the module's extension to an empty one: the bundle as if it had none.
  const withoutExtension: esbuild.Plugin = {
    name: "without-extension",
    setup(build) {
      build.onResolve({ filter: /extensions\/ThreadsRuns\.ts$/ }, () => ({ path: "empty", namespace: "empty" }))
      build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {}", loader: "ts" }))
    }
  }
  const bundle = (plugins: Array<esbuild.Plugin>) =>
    esbuild.build({
      stdin: { contents: entry, resolveDir: here, loader: "ts", sourcefile: "entry.ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
      plugins
    }).then((result) => result.outputFiles[0]!.text)

  it("a program using ThreadsRuns.create alone is the same bundle with or without the polling helpers", async () => {
    const [plain, extended] = await Promise.all([bundle([withoutExtension]), bundle([])])
    assert.include(extended, "createRun")
    assert.notInclude(extended, "openai-poll-after-ms")
    assert.notInclude(extended, "/cancel")
    assert.strictEqual(extended.length, plain.length)
    assert.strictEqual(extended, plain)
  })
})
