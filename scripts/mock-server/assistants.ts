/**
 * Assistants, threads and runs: `POST /assistants`, `POST /threads`, runs created as JSON (then
 * polled: `queued` -> `in_progress` -> `completed`, one step per `GET`, each answer with
 * `openai-poll-after-ms: 20`) or as an assistant event stream, listed, `submit_tool_outputs` and
 * `cancel`.
 *
 * A streamed run follows the API's event order. A run whose assistant or request has a `function`
 * tool stops at `thread.run.requires_action` asking for that function; the submitted outputs continue
 * the stream with a message that quotes them. Otherwise the run calls the code interpreter (input
 * `print(2 ** 10)`, logs `1024`) and then writes a message.
 */
import type { Context } from "./http.ts"
import { notFound, pollAfter, readJson, sendJson, writeHead } from "./http.ts"
import { newId, toDeltas } from "./samples.ts"

interface Run {
  id: string
  thread_id: string
  assistant_id: string
  status: string
  required_action: unknown
  tools: ReadonlyArray<unknown>
  created_at: number
}

export interface AssistantsState {
  readonly assistants: Map<string, { readonly id: string; readonly tools: ReadonlyArray<unknown> }>
  readonly runs: Map<string, Run>
}

export const emptyState = (): AssistantsState => ({ assistants: new Map(), runs: new Map() })

const now = (): number => Math.floor(Date.now() / 1000)

const runObject = (run: Run) => ({
  id: run.id,
  object: "thread.run",
  created_at: run.created_at,
  thread_id: run.thread_id,
  assistant_id: run.assistant_id,
  status: run.status,
  required_action: run.required_action,
  last_error: null,
  expires_at: null,
  started_at: run.created_at,
  cancelled_at: null,
  failed_at: null,
  completed_at: run.status === "completed" ? now() : null,
  incomplete_details: null,
  model: "gpt-4o-mini",
  instructions: "",
  tools: run.tools,
  metadata: {},
  usage: null,
  temperature: 1,
  top_p: 1,
  max_prompt_tokens: null,
  max_completion_tokens: null,
  truncation_strategy: { type: "auto", last_messages: null },
  response_format: "auto",
  tool_choice: "auto",
  parallel_tool_calls: true
})

const sendRun = (ctx: Context, run: Run): void => sendJson(ctx, 200, runObject(run), pollAfter)

export const createAssistant = async (ctx: Context, state: AssistantsState): Promise<void> => {
  const body = await readJson(ctx)
  const assistant = { id: newId("asst_", 24), tools: Array.isArray(body.tools) ? body.tools : [] }
  state.assistants.set(assistant.id, assistant)
  sendJson(ctx, 200, {
    ...body,
    id: assistant.id,
    object: "assistant",
    created_at: now(),
    tools: assistant.tools,
    metadata: body.metadata ?? {}
  })
}

export const createThread = async (ctx: Context): Promise<void> => {
  const body = await readJson(ctx)
  sendJson(ctx, 200, { id: newId("thread_", 24), object: "thread", created_at: now(), metadata: body.metadata ?? {} })
}

const functionTool = (tools: ReadonlyArray<unknown>): string | undefined => {
  for (const tool of tools) {
    const t = tool as { readonly type?: unknown; readonly function?: { readonly name?: unknown } }
    if (t.type === "function" && typeof t.function?.name === "string") return t.function.name
  }
  return undefined
}

export const createRun = async (ctx: Context, state: AssistantsState, threadId: string): Promise<void> => {
  const body = await readJson(ctx)
  const assistantId = typeof body.assistant_id === "string" ? body.assistant_id : ""
  const tools = Array.isArray(body.tools) ? body.tools : state.assistants.get(assistantId)?.tools ?? []
  const run: Run = {
    id: newId("run_", 24),
    thread_id: threadId,
    assistant_id: assistantId,
    status: "queued",
    required_action: null,
    tools,
    created_at: now()
  }
  state.runs.set(run.id, run)
  if (body.stream === true) return streamRun(ctx, run, functionTool(tools))
  sendRun(ctx, run)
}

const findRun = (state: AssistantsState, threadId: string, runId: string): Run => {
  const run = state.runs.get(runId)
  if (run === undefined || run.thread_id !== threadId) throw notFound(`No run found with id '${runId}'.`)
  return run
}

/** `GET /threads/{id}/runs`: the thread's runs, newest first, on one page. */
export const listRuns = (ctx: Context, state: AssistantsState, threadId: string): void => {
  const runs = [...state.runs.values()].filter((run) => run.thread_id === threadId).reverse().map(runObject)
  sendJson(ctx, 200, {
    object: "list",
    data: runs,
    first_id: runs[0]?.id ?? null,
    last_id: runs.at(-1)?.id ?? null,
    has_more: false
  })
}

const NEXT: Readonly<Record<string, string>> = {
  queued: "in_progress",
  in_progress: "completed",
  cancelling: "cancelled"
}

/** Each poll moves the run one status on. */
export const retrieveRun = (ctx: Context, state: AssistantsState, threadId: string, runId: string): void => {
  const run = findRun(state, threadId, runId)
  const shown = { ...run }
  run.status = NEXT[run.status] ?? run.status
  sendRun(ctx, shown)
}

export const cancelRun = (ctx: Context, state: AssistantsState, threadId: string, runId: string): void => {
  const run = findRun(state, threadId, runId)
  if (run.status === "queued" || run.status === "in_progress" || run.status === "requires_action") {
    run.status = "cancelling"
  }
  sendRun(ctx, run)
}

export const submitToolOutputs = async (
  ctx: Context,
  state: AssistantsState,
  threadId: string,
  runId: string
): Promise<void> => {
  const run = findRun(state, threadId, runId)
  const body = await readJson(ctx)
  const outputs = Array.isArray(body.tool_outputs) ? body.tool_outputs as ReadonlyArray<{ output?: unknown }> : []
  run.required_action = null
  run.status = "queued"
  const said = outputs.map((o) => String(o.output ?? "")).join(", ")
  if (body.stream === true) return continueRun(ctx, run, `The tool said: ${said}.`)
  sendRun(ctx, run)
}

// --- the event stream ---

const openStream = (ctx: Context): (event: string, data: unknown) => void => {
  writeHead(ctx, 200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" })
  return (event, data) => {
    ctx.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
}

const stepObject = (run: Run, id: string, type: string, status: string, details: unknown) => ({
  id,
  object: "thread.run.step",
  created_at: now(),
  run_id: run.id,
  assistant_id: run.assistant_id,
  thread_id: run.thread_id,
  type,
  status,
  cancelled_at: null,
  completed_at: status === "completed" ? now() : null,
  expired_at: null,
  failed_at: null,
  last_error: null,
  step_details: details,
  usage: null,
  metadata: {}
})

const messageObject = (run: Run, id: string, status: string, text: string | undefined) => ({
  id,
  object: "thread.message",
  created_at: now(),
  thread_id: run.thread_id,
  status,
  incomplete_details: null,
  completed_at: status === "completed" ? now() : null,
  incomplete_at: null,
  role: "assistant",
  content: text === undefined ? [] : [{ type: "text", text: { value: text, annotations: [] } }],
  assistant_id: run.assistant_id,
  run_id: run.id,
  attachments: [],
  metadata: {}
})

/** A message, written in deltas, and the run's completion. */
const writeMessage = (send: (event: string, data: unknown) => void, run: Run, text: string): void => {
  const stepId = newId("step_", 24)
  const messageId = newId("msg_", 24)
  const creation = { type: "message_creation", message_creation: { message_id: messageId } }
  send("thread.run.step.created", stepObject(run, stepId, "message_creation", "in_progress", creation))
  send("thread.message.created", messageObject(run, messageId, "in_progress", undefined))
  for (const piece of toDeltas(text)) {
    send("thread.message.delta", {
      id: messageId,
      object: "thread.message.delta",
      delta: { content: [{ index: 0, type: "text", text: { value: piece, annotations: [] } }] }
    })
  }
  send("thread.message.completed", messageObject(run, messageId, "completed", text))
  send("thread.run.step.completed", stepObject(run, stepId, "message_creation", "completed", creation))
  run.status = "completed"
  send("thread.run.completed", runObject(run))
}

const streamRun = (ctx: Context, run: Run, functionName: string | undefined): void => {
  const send = openStream(ctx)
  send("thread.run.created", runObject(run))
  send("thread.run.queued", runObject(run))
  run.status = "in_progress"
  send("thread.run.in_progress", runObject(run))
  if (functionName !== undefined) {
    const call = {
      id: newId("call_", 24),
      type: "function",
      function: { name: functionName, arguments: "{\"city\":\"Paris\"}" }
    }
    run.status = "requires_action"
    run.required_action = { type: "submit_tool_outputs", submit_tool_outputs: { tool_calls: [call] } }
    send("thread.run.requires_action", runObject(run))
    ctx.res.end("event: done\ndata: [DONE]\n\n")
    return
  }
  const stepId = newId("step_", 24)
  const callId = newId("call_", 24)
  const empty = { type: "tool_calls", tool_calls: [] }
  send("thread.run.step.created", stepObject(run, stepId, "tool_calls", "in_progress", empty))
  const delta = (toolCall: unknown) =>
    send("thread.run.step.delta", {
      id: stepId,
      object: "thread.run.step.delta",
      delta: { step_details: { type: "tool_calls", tool_calls: [toolCall] } }
    })
  delta({ index: 0, id: callId, type: "code_interpreter", code_interpreter: { input: "", outputs: [] } })
  for (const piece of ["print(", "2 ** 10", ")"]) {
    delta({ index: 0, type: "code_interpreter", code_interpreter: { input: piece } })
  }
  delta({
    index: 0,
    type: "code_interpreter",
    code_interpreter: { outputs: [{ index: 0, type: "logs", logs: "1024\n" }] }
  })
  const done = {
    type: "tool_calls",
    tool_calls: [{
      id: callId,
      type: "code_interpreter",
      code_interpreter: { input: "print(2 ** 10)", outputs: [{ type: "logs", logs: "1024\n" }] }
    }]
  }
  send("thread.run.step.completed", stepObject(run, stepId, "tool_calls", "completed", done))
  writeMessage(send, run, "Two to the tenth is 1024.")
  ctx.res.end("event: done\ndata: [DONE]\n\n")
}

const continueRun = (ctx: Context, run: Run, text: string): void => {
  const send = openStream(ctx)
  send("thread.run.queued", runObject(run))
  run.status = "in_progress"
  send("thread.run.in_progress", runObject(run))
  writeMessage(send, run, text)
  ctx.res.end("event: done\ndata: [DONE]\n\n")
}
