/**
 * The hand-written helpers of `Files`, re-exported by the generated module:
 * import them from `@openai-effect/resources/Files`.
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import type * as Effect from "effect/Effect"
// The generated module re-exports this one; the cycle is safe because the
// operation is only called, never read while the modules load.
import { retrieve } from "../Files.ts"
import type { FileObject } from "../Files.ts"

// `deleted` is not in the spec's enum, but the official SDK stops on it too.
const terminal = ["processed", "error", "deleted"] as ReadonlyArray<FileObject["status"]>

/**
 * Retrieves a file until it is `processed`, `error` or `deleted`, polling
 * every 5 seconds for at most 30 minutes by default (the official SDK's
 * defaults); then fails with a `PollTimeoutError` carrying the last state.
 *
 * @example
 * const file = yield* Files.waitForProcessing("file-abc123", { pollInterval: "1 second" })
 * @category polling
 * @since 0.1.0
 */
export const waitForProcessing = (
  fileId: string,
  options?: Poll.CallOptions
): Effect.Effect<FileObject, OpenAIError | Poll.PollTimeoutError<FileObject>, OpenAIClient> =>
  Poll.until(retrieve(fileId, options), terminal, {
    pollInterval: options?.pollInterval ?? 5000,
    maxWait: options?.maxWait ?? "30 minutes"
  })
