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
  "errors.ts": [
    /NotFoundError: status 404, request id req_/,
    /RateLimitError: rate_limit_exceeded, retry after 200 millis, request id req_/,
    /InternalServerError: status 500/,
    /APIConnectionTimeoutError: kind request, after 300 millis/,
    /as JSON: \{"_tag":"InternalServerError","message":"503 /
  ],
  "retries.ts": [
    /failed on attempt 1; retrying in 200ms[\s\S]*failed on attempt 2; retrying in 200ms/,
    /after two 429s: Hello!/,
    /after a 500, on a custom schedule: Hello!/,
    /after a slow body timed out: Hello!/,
    /no retry: 503 reached the program/
  ]
}

/** Runs `node <args>` from `cwd` as a user would, without OPENAI_API_KEY so the mock is used. */
const runNode = (args: ReadonlyArray<string>, cwd = dir) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env }
    delete env.OPENAI_API_KEY
    execFile(
      process.execPath,
      args,
      { cwd, env, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })
    )
  })

describe("examples", () => {
  it("every example file is covered here", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "runtime.ts").sort()
    assert.deepStrictEqual(files, Object.keys(expected).sort())
  })

  for (const [file, patterns] of Object.entries(expected)) {
    it(`${file} runs against the mock and prints its results`, async () => {
      const { code, stdout, stderr } = await runNode([file])
      assert.strictEqual(code, 0, stderr)
      for (const pattern of patterns) assert.match(stdout, pattern)
    })
  }

  it("pnpm example <name> runs one by name, and lists them for an unknown name", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url))
    const chat = await runNode(["scripts/example.ts", "chat"], root)
    assert.strictEqual(chat.code, 0, chat.stderr)
    assert.match(chat.stdout, /answer: \S+/)
    const unknown = await runNode(["scripts/example.ts", "nope"], root)
    assert.strictEqual(unknown.code, 1)
    assert.include(
      unknown.stderr,
      "No example named nope. One of: chat, demo, errors, pagination, retries, streaming, uploads"
    )
  })
})
