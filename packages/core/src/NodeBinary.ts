/**
 * Binary responses on Node.js (and runtimes with `node:fs`): write one to a
 * file as it arrives, or hand it to Node's stream APIs. Kept out of
 * `BinaryResponse` so browser bundles never see `node:fs`.
 *
 * ```ts
 * const speech = yield* AudioSpeech.create({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi" })
 * yield* NodeBinary.writeFile(speech, "speech.mp3")
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { open } from "node:fs/promises"
import type { ReadableStream } from "node:stream/web"
import type { BinaryResponse } from "./BinaryResponse.ts"
import * as Errors from "./OpenAIError.ts"

const cannotWrite = (path: string) => (cause: unknown) =>
  new Errors.InvalidRequestError({
    request: "write file",
    description: `Cannot write ${path}: ${cause instanceof Error ? cause.message : String(cause)}`
  })

/**
 * Writes the body to `path` chunk by chunk as it arrives, never holding it
 * whole, replacing the file if there is one. A file that cannot be opened or
 * written is an `InvalidRequestError` naming it; a body that fails midway
 * fails with its own error, leaving what was written.
 *
 * @example
 * yield* NodeBinary.writeFile(yield* Files.content(fileId), "/tmp/results.jsonl")
 * @category destructors
 * @since 0.1.0
 */
export const writeFile = (response: BinaryResponse, path: string): Effect.Effect<void, Errors.OpenAIError> =>
  Effect.acquireUseRelease(
    Effect.tryPromise({ try: () => open(path, "w"), catch: cannotWrite(path) }),
    (handle) =>
      Stream.runForEach(
        response.stream,
        (chunk) => Effect.tryPromise({ try: () => handle.write(chunk), catch: cannotWrite(path) })
      ),
    (handle) => Effect.promise(() => handle.close())
  )

/**
 * The body as a web `ReadableStream` typed as Node's own, so Node's APIs
 * take it as it is: `Readable.fromWeb(NodeBinary.toWeb(speech))`. Reading it
 * consumes the body; cancelling it aborts the request.
 *
 * @example
 * await pipeline(Readable.fromWeb(NodeBinary.toWeb(speech)), createWriteStream("speech.mp3"))
 * @category destructors
 * @since 0.1.0
 */
export const toWeb = (response: BinaryResponse): ReadableStream<Uint8Array> =>
  // On Node the global `ReadableStream` is the one of `node:stream/web`; only
  // the DOM and Node type declarations disagree.
  Stream.toReadableStream(response.stream) as unknown as ReadableStream<Uint8Array>
