/**
 * Every example runs to completion against the embedded mock server and
 * prints what it promises. Each runs in its own Node 22 process, as a user
 * would run it, without OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT) so the mock is used.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const dir = fileURLToPath(new URL("..", import.meta.url))

const expected: Record<string, ReadonlyArray<RegExp>> = {
  "demo.ts": [/1\. A chat completion/, /uploaded demo\.jsonl as file-/, /25 files: /],
  "chat.ts": [/answer: \S+/, /request id: req_/, /requests left this minute: \d+/],
  "chat-completion-stream.ts": [
    /\(content\.done: \d+ characters\)/,
    /finish reason: stop, usage: \d+ tokens/,
    /get_weather arguments so far: \{"city":"/,
    /get_weather called with \{"city":/,
    /accumulated: \S+/
  ],
  "streaming.ts": [/request id: req_/, /\(usage: \d+ tokens\)/, /first four chunks only: /],
  "pagination.ts": [/read 12 files without fetching a fourth page/, /walked 3 pages/, /models: gpt-/],
  "uploads.ts": [
    /bytes {2}-> bytes\.jsonl \(8 bytes\)/,
    /stream -> stream\.jsonl \(12893 bytes\)/,
    /content of file-\S+: \{"a":1\}/
  ],
  "run-tools.ts": [
    /\{"role":"tool","tool_call_id":"call_\w+","content":"Boston"\}/,
    /"name":"getWeather","arguments":"\{\\"location\\":\\"Boston\\"\}"/,
    /Final content: \S+/,
    /3 completions, \d+ tokens/
  ],
  "structured-output.ts": [/event: .+ on \S+/, /participants: \S+/, /location given: (true|false)/],
  "polling.ts": [
    /run run_\S+: completed/,
    /timed out: true; the run is now cancelling/,
    /vector store file file-\S+: completed/,
    /file file-\S+: processed/
  ],
  "assistant-stream.ts": [
    /assistant > code_interpreter\n\nprint\(2 \*\* 10\)\noutput >\n1024/,
    /assistant > Two to the tenth is 1024\./,
    /assistant > calls get_weather\nassistant > The tool said: \{"celsius":21\}\./
  ],
  "bulk-upload.ts": [
    /uploaded 8, failed 1, in the batch 8 \(completed\)/,
    /not uploaded: empty\.txt \(BadRequestError: 400 The file is empty\./,
    /batch completed: 8 files indexed/
  ],
  "batch.ts": [
    /1199 succeeded in 3 batches/,
    /failed: question-7 \(400 empty_array: Invalid 'messages': empty array/,
    /question-2 -> \S+/
  ],
  "webhooks.ts": [
    /genuine delivery {2}-> 200 batch batch_abc123 completed/,
    /tampered delivery -> 400 BadSignature/,
    /replayed delivery -> 400 StaleTimestamp/
  ],
  "realtime.ts": [/realtime session with gpt-realtime is open/, /^This is a test\.$/m, /\(done: 4 deltas\)/],
  "azure.ts": [
    /prompt filter: hate safe/,
    /streamed: Effect is a TypeScript library\./,
    /refused by the content filter: violence/,
    /run asked for getCityNickname, getWeatherAtLocation/,
    /assistant: The weather in The ATL \(Atlanta, GA\) is 84f right now\./,
    /1 Entra ID token fetched/
  ],
  "language-model.ts": [
    /generateText: \S.* \(stop, \d+ tokens\)/,
    /\(\d+ text deltas, finish: stop\)/,
    /tool get_weather -> "18C and sunny in Paris"/,
    /tool loop: .*18C and sunny in Paris \(2 turns\)/,
    /generateObject: \{"name":"[^"]+","language":"[^"]+"\}/,
    /embedMany: 5 vectors of 256 dimensions/,
    /api: "chat": \S/
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
    delete env.AZURE_OPENAI_ENDPOINT
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
    const names = Object.keys(expected).map((file) => file.slice(0, -".ts".length)).sort()
    assert.include(unknown.stderr, `No example named nope. One of: ${names.join(", ")}`)
  })
})
