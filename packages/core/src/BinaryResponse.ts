/**
 * A response whose body is bytes (speech audio, file content, a video): the
 * body stays a stream until you decide how to consume it.
 *
 * ```ts
 * const audio = yield* AudioSpeech.create({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi" })
 * yield* audio.stream.pipe(Stream.run(fileSink))   // or: const bytes = yield* audio.bytes
 * ```
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { OpenAIError } from "./OpenAIError.ts"
import type { ResponseMetadata } from "./ResponseMetadata.ts"

/**
 * A binary response. `stream` can be consumed once; `bytes` and `text` consume it.
 *
 * @category models
 * @since 0.1.0
 */
export interface BinaryResponse {
  readonly response: ResponseMetadata
  /** The `content-type` header, e.g. `audio/mpeg`. */
  readonly contentType: string | undefined
  /** The body as it arrives; interrupting it aborts the request. */
  readonly stream: Stream.Stream<Uint8Array, OpenAIError>
  /** The whole body in memory. */
  readonly bytes: Effect.Effect<Uint8Array, OpenAIError>
  /** The whole body decoded as UTF-8. */
  readonly text: Effect.Effect<string, OpenAIError>
}
