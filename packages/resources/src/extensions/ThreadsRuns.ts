/**
 * The hand-written helpers of `ThreadsRuns`, re-exported by the generated
 * module: import them from `@openai-effect/resources/ThreadsRuns`.
 *
 * Polling a run to a state that needs nobody to wait (`completed`,
 * `requires_action`, `failed`...), with the rules of `@openai-effect/core/Poll`:
 *
 * ```ts
 * const run = yield* ThreadsRuns.createAndPoll(threadId, { assistant_id }, { pollInterval: "1 second" })
 * if (run.status === "requires_action") {
 *   yield* ThreadsRuns.submitToolOutputsAndPoll(run.id, { thread_id: threadId, tool_outputs })
 * }
 * ```
 *
 * Streaming a run with accumulated snapshots, answering `requires_action`
 * with a function or an `effect/ai` toolkit
 * (`@openai-effect/helpers/AssistantToolkit`):
 *
 * ```ts
 * yield* ThreadsRuns.createAndStream(threadId, { assistant_id }, { tools: AssistantToolkit.toolOutputs(toolkit) }).pipe(
 *   Stream.runForEach((part) => part.type === "textDelta" ? Console.log(part.delta.value) : Effect.void)
 * )
 * ```
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Stream from "effect/Stream"
import * as AssistantStream from "../internal/assistantStream.ts"
// The generated module re-exports this one; the cycle is safe because the
// operations are only called, never read while the modules load.
import { cancel, create, createStream, retrieve, submitToolOutputs, submitToolOutputsStream } from "../ThreadsRuns.ts"
import type { CreateParams, Run, SubmitToolOutputsParams } from "../ThreadsRuns.ts"
import type { AssistantStreamEvent } from "../types/AssistantStreamEvent.ts"
import type { RunStatus } from "../types/RunStatus.ts"
import type { RunToolCallObject } from "../types/RunToolCallObject.ts"

// The statuses that end a poll: the run is done, or waits for tool outputs.
const terminalStatuses: ReadonlyArray<RunStatus> = [
  "requires_action",
  "cancelled",
  "completed",
  "failed",
  "expired",
  "incomplete"
]

/**
 * Retrieves the run until its status is terminal (`terminalStatuses`, which
 * includes `requires_action`) and succeeds with it.
 *
 * @example
 * const run = yield* ThreadsRuns.poll("run_abc123", { thread_id: "thread_abc123" }, { maxWait: "10 minutes" })
 * @category polling
 * @since 0.1.0
 */
export const poll = (
  runId: string,
  params: { readonly thread_id: string },
  options?: Poll.CallOptions
): Effect.Effect<Run, OpenAIError | Poll.PollTimeoutError<Run>, OpenAIClient> =>
  Poll.until(retrieve(runId, params, options), terminalStatuses, options)

// The statuses after which there is nothing to cancel.
const ended: ReadonlySet<RunStatus> = new Set<RunStatus>([
  "cancelling",
  "cancelled",
  "completed",
  "failed",
  "expired",
  "incomplete"
])

// Polls a run this helper started; interrupting the poll cancels the run.
const pollStarted = (
  started: Effect.Effect<Run, OpenAIError, OpenAIClient>,
  threadId: string,
  options: Poll.CallOptions | undefined
): Effect.Effect<Run, OpenAIError | Poll.PollTimeoutError<Run>, OpenAIClient> =>
  Poll.startAndPoll(
    started,
    (run) => poll(run.id, { thread_id: threadId }, options),
    (run) => cancel(run.id, { thread_id: threadId }, options)
  )

/**
 * Creates a run and polls it to a terminal status. Interrupting it cancels
 * the run on the server.
 *
 * @example
 * const run = yield* ThreadsRuns.createAndPoll("thread_abc123", { assistant_id: "asst_abc123" })
 * @category polling
 * @since 0.1.0
 */
export const createAndPoll = (
  threadId: string,
  params: CreateParams & { readonly stream?: false | null | undefined },
  options?: Poll.CallOptions
): Effect.Effect<Run, OpenAIError | Poll.PollTimeoutError<Run>, OpenAIClient> =>
  pollStarted(create(threadId, params, options), threadId, options)

/**
 * Submits tool outputs to a run that requires action and polls it to its
 * next terminal status. Interrupting it cancels the run on the server.
 *
 * @example
 * const run = yield* ThreadsRuns.submitToolOutputsAndPoll("run_abc123", {
 *   thread_id: "thread_abc123",
 *   tool_outputs: [{ tool_call_id: "call_abc123", output: "22C" }]
 * })
 * @category polling
 * @since 0.1.0
 */
export const submitToolOutputsAndPoll = (
  runId: string,
  params: SubmitToolOutputsParams & { readonly stream?: false | null | undefined },
  options?: Poll.CallOptions
): Effect.Effect<Run, OpenAIError | Poll.PollTimeoutError<Run>, OpenAIClient> =>
  pollStarted(submitToolOutputs(runId, params, options), params.thread_id, options)

/**
 * One element of `createAndStream`: every server event as it came
 * (`{ type: "event", event }`), each followed by what it meant for the
 * accumulated snapshots: `textCreated` and `textDelta` (with the message's
 * text so far), `toolCallCreated` and `toolCallDelta` (with the tool call so
 * far: code-interpreter input and outputs, file-search results, function
 * arguments), `messageDone` and `runStepDone` (the final objects).
 *
 * @category streaming
 * @since 0.1.0
 */
export type AssistantStreamPart = AssistantStream.Part

/**
 * One tool output for `submitToolOutputs`.
 *
 * @category streaming
 * @since 0.1.0
 */
export type ToolOutput = SubmitToolOutputsParams["tool_outputs"][number]

/**
 * Answers a run's `requires_action`: the function calls it asks for, to their
 * outputs. `@openai-effect/helpers/AssistantToolkit.toolOutputs` makes one from an
 * `effect/ai` toolkit.
 *
 * @category streaming
 * @since 0.1.0
 */
export type ToolOutputs<E, R> = (
  calls: ReadonlyArray<RunToolCallObject>,
  run: Run
) => Effect.Effect<ReadonlyArray<ToolOutput>, E, R>

/**
 * The options of `createAndStream`: per-request options, and the tools that
 * answer `requires_action`.
 *
 * @category streaming
 * @since 0.1.0
 */
export interface StreamOptions<E = never, R = never> extends RequestOptions {
  /**
   * Answers `requires_action`: the outputs are submitted and the stream goes
   * on with the run's continuation. Without it the stream ends at
   * `thread.run.requires_action`, as the server's does.
   */
  readonly tools?: ToolOutputs<E, R> | undefined
}

/**
 * Creates a run and streams it: every `thread.*` event, with the snapshots
 * they build (see `AssistantStreamPart`). When the run requires action and
 * `tools` is given, the tool outputs are submitted and the stream goes on
 * with the continuation, as many times as the run asks. Interrupting the
 * stream aborts the request and cancels the run on the server, unless it had
 * already ended.
 *
 * @example
 * yield* ThreadsRuns.createAndStream("thread_abc123", { assistant_id: "asst_abc123" }).pipe(
 *   Stream.runForEach((part) => part.type === "textDelta" ? Console.log(part.delta.value) : Effect.void)
 * )
 * @category streaming
 * @since 0.1.0
 */
export const createAndStream = <E = never, R = never>(
  threadId: string,
  params: Omit<CreateParams, "stream">,
  options?: StreamOptions<E, R>
): Stream.Stream<AssistantStreamPart, OpenAIError | E, OpenAIClient | R> =>
  Stream.suspend(() => {
    const fold = AssistantStream.make()
    const tools = options?.tools
    // The run as last seen, to cancel it if the stream is interrupted.
    let current: Run | undefined
    const follow = (events: Stream.Stream<AssistantStreamEvent, OpenAIError, OpenAIClient>) => {
      let waiting: Run | undefined
      const parts = events.pipe(
        Stream.map((event) => {
          if (event.event.startsWith("thread.run.") && !event.event.startsWith("thread.run.step.")) {
            current = event.data as Run
          }
          if (event.event === "thread.run.requires_action") waiting = event.data
          return fold(event)
        }),
        Stream.flattenIterable
      )
      const next = Stream.suspend((): Stream.Stream<AssistantStreamPart, OpenAIError | E, OpenAIClient | R> => {
        const run = waiting
        if (run === undefined || tools === undefined) return Stream.empty
        const calls = run.required_action?.submit_tool_outputs.tool_calls ?? []
        return Stream.unwrap(Effect.map(
          tools(calls, run),
          (tool_outputs) => follow(submitToolOutputsStream(run.id, { thread_id: threadId, tool_outputs }, options))
        ))
      })
      return Stream.concat(parts, next)
    }
    return follow(createStream(threadId, params, options)).pipe(
      Stream.onExit((exit) => {
        const run = current
        return Exit.hasInterrupts(exit) && run !== undefined && !ended.has(run.status)
          ? Effect.ignore(cancel(run.id, { thread_id: threadId }, options))
          : Effect.void
      })
    )
  })
