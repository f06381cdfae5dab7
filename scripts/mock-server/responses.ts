/**
 * `POST /responses`: a `Response` as JSON, or its server events with `stream: true`. The fake model
 * answers text, calls the request's first function tool (arguments sampled from its schema) until
 * the input carries a `function_call_output`, and follows a `json_schema` text format.
 */
import type { Context } from "./http.ts"
import { invalidRequest, missingParameter, readJson, sendJson, writeHead } from "./http.ts"
import { estimateTokens, newId, replyFor, sampleFromSchema, toDeltas } from "./samples.ts"

type Json = Record<string, unknown>

const isObject = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

const textOf = (content: unknown): string =>
  typeof content === "string"
    ? content
    : Array.isArray(content)
    ? content.map((part) => (isObject(part) && typeof part.text === "string" ? part.text : "")).join("")
    : ""

/** The output items the fake model answers with, and the text it would print. */
const plan = (body: Json): { readonly items: Array<Json>; readonly text: string } => {
  const input: ReadonlyArray<unknown> = typeof body.input === "string"
    ? [{ role: "user", content: body.input }]
    : (body.input as ReadonlyArray<unknown>)
  const outputs = input.filter((item) => isObject(item) && item.type === "function_call_output") as Array<Json>
  const functions = Array.isArray(body.tools)
    ? (body.tools as ReadonlyArray<unknown>).filter((t): t is Json => isObject(t) && t.type === "function")
    : []
  if (outputs.length === 0 && functions.length > 0 && body.tool_choice !== "none") {
    const tool = functions[0]
    const args = JSON.stringify(sampleFromSchema(tool.parameters ?? { type: "object", properties: {} }))
    const callId = newId("call_", 24)
    return {
      items: [{
        type: "function_call",
        id: `fc_${callId}`,
        call_id: callId,
        name: tool.name,
        arguments: args,
        status: "completed"
      }],
      text: ""
    }
  }
  const lastUser = [...input].reverse().find((item) => isObject(item) && item.role === "user") as Json | undefined
  let text = outputs.length > 0
    ? `Based on the tool results: ${outputs.map((o) => textOf(o.output)).join("; ").slice(0, 400)}`
    : replyFor(textOf(lastUser?.content))
  const format = isObject(body.text) && isObject(body.text.format) ? body.text.format : undefined
  if (format?.type === "json_schema") text = JSON.stringify(sampleFromSchema(format.schema ?? { type: "object" }))
  return {
    items: [{
      type: "message",
      id: newId("msg_", 24),
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text, annotations: [] }]
    }],
    text
  }
}

const response = (body: Json, id: string, created: number, status: string, output: Array<Json>, tokens: number) => ({
  id,
  object: "response",
  created_at: created,
  status,
  model: body.model,
  output,
  error: null,
  incomplete_details: null,
  usage: status === "completed"
    ? {
      input_tokens: estimateTokens(JSON.stringify(body.input)),
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: tokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: estimateTokens(JSON.stringify(body.input)) + tokens
    }
    : null
})

/** `POST /responses`. */
export const create = async (ctx: Context): Promise<void> => {
  const body = await readJson(ctx)
  if (typeof body.model !== "string" || body.model === "") throw missingParameter("model")
  if (typeof body.input !== "string" && !Array.isArray(body.input)) {
    throw invalidRequest("Invalid type for 'input': expected a string or an array of input items.", "input")
  }
  const { items, text } = plan(body)
  const id = newId("resp_", 32)
  const created = Math.floor(Date.now() / 1000)
  const tokens = Math.max(1, toDeltas(text).length)
  if (body.stream !== true) return sendJson(ctx, 200, response(body, id, created, "completed", items, tokens))

  writeHead(ctx, 200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" })
  let sequence = 0
  const send = (type: string, data: Json) =>
    ctx.res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`)
  send("response.created", { response: response(body, id, created, "in_progress", [], 0) })
  items.forEach((item, output_index) => {
    if (item.type === "message") {
      send("response.output_item.added", { output_index, item: { ...item, status: "in_progress", content: [] } })
      for (const delta of toDeltas(text)) {
        send("response.output_text.delta", { item_id: item.id, output_index, content_index: 0, delta, logprobs: [] })
      }
    } else {
      send("response.output_item.added", { output_index, item: { ...item, arguments: "", status: "in_progress" } })
      const args = String(item.arguments)
      for (let offset = 0; offset < args.length; offset += 8) {
        send("response.function_call_arguments.delta", {
          item_id: item.id,
          output_index,
          delta: args.slice(offset, offset + 8)
        })
      }
    }
    send("response.output_item.done", { output_index, item })
  })
  send("response.completed", { response: response(body, id, created, "completed", items, tokens) })
  ctx.res.end()
}
