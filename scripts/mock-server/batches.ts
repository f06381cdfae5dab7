/**
 * `/batches`: create, retrieve, list, cancel. A batch runs its input file's requests through the
 * mock's own chat completions and embeddings (and a small `/v1/responses`), and offers the answers as
 * an output file (2xx) and an error file (the API's 400s), produced line by line when downloaded.
 *
 * A batch moves one step each time it is retrieved: `validating`, `in_progress`, `finalizing` (for as
 * long as its requests take to run), then `completed` (or `failed`, when its input file is not valid batch JSONL: a bad line, a repeated
 * `custom_id`, another endpoint, more than 50,000 requests). Retrievals carry
 * `openai-poll-after-ms: 50`, so clients that honour it poll quickly. `cancel` moves a running batch to
 * `cancelling`, and its next retrieval to `cancelled`, with no output.
 */
import * as Chat from "./chat.ts"
import * as Embeddings from "./embeddings.ts"
import * as Files from "./files.ts"
import type { Context } from "./http.ts"
import { HttpError, intParam, invalidRequest, missingParameter, notFound, readJson, sendJson } from "./http.ts"
import { arraySequence, cursorPage } from "./paging.ts"
import { alphanumeric, estimateTokens, hash, newId, replyFor } from "./samples.ts"

type Json = Record<string, unknown>

const ENDPOINTS = new Set(["/v1/chat/completions", "/v1/embeddings", "/v1/responses"])
const MAX_REQUESTS = 50_000
const RUNNING = new Set(["validating", "in_progress", "finalizing"])

interface BatchRecord {
  batch: Json
  /** The input file's lines, kept for producing the output files. */
  readonly lines: ReadonlyArray<string>
  /** The batch once every request has run (`finalizing` ends when it is there). */
  completed?: Json | undefined
}

export interface BatchesState {
  /** In creation order. */
  readonly batches: Array<BatchRecord>
}

/** A deterministic id, so an output file regenerated for download is byte for byte the one counted. */
const idFor = (prefix: string, seed: string, length: number) => `${prefix}${alphanumeric(hash(seed), length)}`

/** A minimal `/v1/responses` answer: one assistant message. */
const respond = (body: Json, id: string): Json => {
  if (typeof body.model !== "string" || body.model === "") throw missingParameter("model")
  const input = typeof body.input === "string" ? body.input : JSON.stringify(body.input ?? "")
  const text = replyFor(input)
  const inputTokens = estimateTokens(input)
  const outputTokens = estimateTokens(text)
  return {
    id,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    status: "completed",
    model: body.model,
    output: [{
      type: "message",
      id: `msg_${id.slice(5)}`,
      status: "completed",
      role: "assistant",
      content: [{ type: "output_text", text, annotations: [] }]
    }],
    usage: { input_tokens: inputTokens, output_tokens: outputTokens, total_tokens: inputTokens + outputTokens }
  }
}

/** One request of the batch, run: its output or error line, and which file it belongs to. */
const execute = (batchId: string, line: string): { readonly ok: boolean; readonly text: string } => {
  const request = JSON.parse(line) as Json
  const customId = request.custom_id as string
  const seed = `${batchId}/${customId}`
  const body = request.body as Json
  let status = 200
  let answer: Json
  try {
    answer = request.url === "/v1/chat/completions"
      ? Chat.complete(body, idFor("chatcmpl-", seed, 29))
      : request.url === "/v1/embeddings"
      ? Embeddings.embed(body)
      : respond(body, idFor("resp_", seed, 40))
  } catch (error) {
    if (!(error instanceof HttpError)) throw error
    status = error.status
    answer = { error: error.body }
  }
  const text = JSON.stringify({
    id: idFor("batch_req_", seed, 32),
    custom_id: customId,
    response: { status_code: status, request_id: idFor("req_", seed, 32), body: answer },
    error: null
  })
  return { ok: status === 200, text: `${text}\n` }
}

/** Why the input lines cannot be a batch for `endpoint`, as the API's `errors.data`; empty when they can. */
const validate = (lines: ReadonlyArray<string>, endpoint: string): Array<Json> => {
  if (lines.length > MAX_REQUESTS) {
    return [{ code: "too_many_requests", message: `A batch may hold at most ${MAX_REQUESTS} requests.`, line: null }]
  }
  const seen = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const bad = (code: string, message: string) => [{ code, message, param: null, line: i + 1 }]
    let request: Json
    try {
      request = JSON.parse(lines[i]) as Json
    } catch {
      return bad("invalid_json_line", "This line is not parseable as valid JSON.")
    }
    const customId = request.custom_id
    if (typeof customId !== "string" || customId === "") return bad("missing_custom_id", "Missing custom_id.")
    if (seen.has(customId)) return bad("duplicate_custom_id", `The custom_id '${customId}' is used twice.`)
    seen.add(customId)
    if (request.method !== "POST") return bad("invalid_method", "Only POST requests are supported.")
    if (request.url !== endpoint) {
      return bad("mismatched_endpoint", `The url of this line does not match the batch endpoint ${endpoint}.`)
    }
    if (typeof request.body !== "object" || request.body === null) return bad("missing_body", "Missing body.")
  }
  return []
}

/**
 * Runs every request once, counting the two files, and registers them as produced files. It yields
 * to the event loop every 500 requests: a server busy for seconds would let its idle keep-alive
 * sockets expire under requests already sent on them.
 */
const complete = async (files: Files.FilesState, record: BatchRecord): Promise<void> => {
  const batchId = record.batch.id as string
  const produce = (ok: boolean) =>
    function*(): Iterable<string> {
      for (const line of record.lines) {
        const result = execute(batchId, line)
        if (result.ok === ok) yield result.text
      }
    }
  let completed = 0
  let failed = 0
  let okBytes = 0
  let errorBytes = 0
  for (let i = 0; i < record.lines.length; i++) {
    if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
    const result = execute(batchId, record.lines[i])
    if (result.ok) {
      completed++
      okBytes += Buffer.byteLength(result.text)
    } else {
      failed++
      errorBytes += Buffer.byteLength(result.text)
    }
  }
  const now = Math.floor(Date.now() / 1000)
  record.completed = {
    ...record.batch,
    status: "completed",
    completed_at: now,
    output_file_id: completed > 0 ? Files.addProduced(files, `${batchId}_output.jsonl`, okBytes, produce(true)) : null,
    error_file_id: failed > 0 ? Files.addProduced(files, `${batchId}_error.jsonl`, errorBytes, produce(false)) : null,
    request_counts: { total: record.lines.length, completed, failed }
  }
}

const find = (state: BatchesState, id: string): BatchRecord => {
  const record = state.batches.find((r) => r.batch.id === id)
  if (record === undefined) throw notFound(`No batch found with id '${id}'.`, "batch_id")
  return record
}

/** `POST /batches`. */
export const create = async (ctx: Context, state: BatchesState, files: Files.FilesState): Promise<void> => {
  const body = await readJson(ctx)
  if (typeof body.input_file_id !== "string") throw missingParameter("input_file_id")
  if (typeof body.endpoint !== "string") throw missingParameter("endpoint")
  if (!ENDPOINTS.has(body.endpoint)) {
    throw invalidRequest(
      `Invalid value: '${body.endpoint}'. The mock supports ${[...ENDPOINTS].join(", ")}.`,
      "endpoint",
      "invalid_value"
    )
  }
  if (body.completion_window !== "24h") {
    throw invalidRequest("Invalid 'completion_window': only '24h' is supported.", "completion_window", "invalid_value")
  }
  const lines = Files.batchLines(files, body.input_file_id)
  const now = Math.floor(Date.now() / 1000)
  const batch: Json = {
    id: newId("batch_", 32),
    object: "batch",
    endpoint: body.endpoint,
    errors: null,
    input_file_id: body.input_file_id,
    completion_window: "24h",
    status: "validating",
    output_file_id: null,
    error_file_id: null,
    created_at: now,
    in_progress_at: null,
    expires_at: now + 86_400,
    finalizing_at: null,
    completed_at: null,
    failed_at: null,
    expired_at: null,
    cancelling_at: null,
    cancelled_at: null,
    request_counts: { total: 0, completed: 0, failed: 0 },
    metadata: typeof body.metadata === "object" && body.metadata !== null ? body.metadata : null
  }
  state.batches.push({ batch, lines })
  sendJson(ctx, 200, batch)
}

/** `GET /batches/{batch_id}`: one step further each time. */
export const retrieve = (ctx: Context, state: BatchesState, files: Files.FilesState, id: string): void => {
  const record = find(state, id)
  const status = record.batch.status as string
  const now = Math.floor(Date.now() / 1000)
  if (status === "cancelling") {
    record.batch = { ...record.batch, status: "cancelled", cancelled_at: now }
  } else if (status === "validating") {
    const errors = validate(record.lines, record.batch.endpoint as string)
    record.batch = errors.length > 0
      ? { ...record.batch, status: "failed", failed_at: now, errors: { object: "list", data: errors } }
      : {
        ...record.batch,
        status: "in_progress",
        in_progress_at: now,
        request_counts: { total: record.lines.length, completed: 0, failed: 0 }
      }
  } else if (status === "in_progress") {
    record.batch = { ...record.batch, status: "finalizing", finalizing_at: now }
    void complete(files, record)
  } else if (status === "finalizing" && record.completed !== undefined) {
    record.batch = record.completed
  }
  sendJson(ctx, 200, record.batch, { "openai-poll-after-ms": "50" })
}

/** `GET /batches`: newest first. */
export const list = (ctx: Context, state: BatchesState): void => {
  const batches = state.batches.map((r) => r.batch as Json & { readonly id: string }).reverse()
  sendJson(
    ctx,
    200,
    cursorPage(arraySequence(batches), {
      after: ctx.query.get("after"),
      limit: intParam(ctx.query, "limit", 20, 1, 100),
      reversed: false
    })
  )
}

/** `POST /batches/{batch_id}/cancel`. */
export const cancel = (ctx: Context, state: BatchesState, id: string): void => {
  const record = find(state, id)
  const status = record.batch.status as string
  if (!RUNNING.has(status)) {
    throw invalidRequest(`Cannot cancel a batch with status '${status}'.`, null, "invalid_state")
  }
  record.batch = { ...record.batch, status: "cancelling", cancelling_at: Math.floor(Date.now() / 1000) }
  sendJson(ctx, 200, record.batch)
}
