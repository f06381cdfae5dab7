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
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import type * as Effect from "effect/Effect"
// The generated module re-exports this one; the cycle is safe because the
// operations are only called, never read while the modules load.
import { cancel, create, retrieve, submitToolOutputs } from "../ThreadsRuns.ts"
import type { CreateParams, Run, SubmitToolOutputsParams } from "../ThreadsRuns.ts"
import type { RunStatus } from "../types/RunStatus.ts"

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
