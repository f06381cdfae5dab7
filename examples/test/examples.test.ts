/**
 * Every example runs to completion against the embedded mock server and
 * prints what it promises. Each runs in its own Node 22 process, as a user
 * would run it, without OPENAI_API_KEY so the mock is used.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL("..", import.meta.url))

const expected: Record<string, ReadonlyArray<RegExp>> = {
  "demo.ts": [/1\. A chat completion/, /uploaded demo\.jsonl as file-/, /25 files: /],
  "chat.ts": [/answer: \S+/, /request id: req_/, /requests left this minute: \d+/],
  "streaming.ts": [/request id: req_/, /\(usage: \d+ tokens\)/, /first four chunks only: /],
  "pagination.ts": [/read 12 files without fetching a fourth page/, /walked 3 pages/, /models: gpt-/],
  "uploads.ts": [
    /bytes {2}-> bytes\.jsonl \(8 bytes\)/,
    /stream -> stream\.jsonl \(12893 bytes\)/,
    /content of file-\S+: \{"a":1\}/
  ],
  "errors.ts": [/NotFoundError: status 404, request id req_/, /\d+ models, listed under/, /model: gpt-4o-mini/],
  "language-model.ts": [
    /generateText: \S.* \(stop, \d+ tokens\)/,
    /\(\d+ text deltas, finish: stop\)/,
    /tool get_weather -> "18C and sunny in Paris"/,
    /tool loop: .*18C and sunny in Paris \(2 turns\)/,
    /generateObject: \{"name":"[^"]+","language":"[^"]+"\}/,
    /embedMany: 5 vectors of 256 dimensions/,
    /api: "chat": \S/
  ]
}

const runExample = (file: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env }
    delete env.OPENAI_API_KEY
    execFile(process.execPath, [file], { cwd: dir, env, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }))
  })

describe("examples", () => {
  it("every example file is covered here", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "runtime.ts").sort()
    assert.deepStrictEqual(files, Object.keys(expected).sort())
  })

  for (const [file, patterns] of Object.entries(expected)) {
    it(`${file} runs against the mock and prints its results`, async () => {
      const { code, stdout, stderr } = await runExample(file)
      assert.strictEqual(code, 0, stderr)
      for (const pattern of patterns) assert.match(stdout, pattern)
    })
  }
})
