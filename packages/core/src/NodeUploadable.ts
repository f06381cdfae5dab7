/**
 * Uploads from a path on disk, for Node.js (and runtimes with `node:fs`).
 * Kept out of `Uploadable` so browser bundles never see `node:fs`.
 *
 * ```ts
 * const file = yield* NodeUploadable.fromPath("data/train.jsonl")
 * yield* Files.create({ file, purpose: "fine-tune" })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import { openAsBlob } from "node:fs"
import { basename } from "node:path"
import * as Errors from "./OpenAIError.ts"
import * as Uploadable from "./Uploadable.ts"

/**
 * A file on disk as an upload. The file is read as it is sent, never whole
 * into memory, and can be read again if the request is retried. The filename
 * defaults to the path's last segment, the type to one guessed from it.
 *
 * @example
 * const file = yield* NodeUploadable.fromPath("/tmp/speech.mp3", { name: "speech.mp3" })
 * @category constructors
 * @since 0.1.0
 */
export const fromPath = (
  path: string,
  options?: { readonly name?: string | undefined; readonly type?: string | undefined }
): Effect.Effect<Uploadable.Upload, Errors.InvalidRequestError> => {
  const name = options?.name ?? basename(path)
  const type = options?.type ?? Uploadable.contentTypeOf(name)
  return Effect.tryPromise({
    try: () => openAsBlob(path, { type }),
    catch: (cause) =>
      new Errors.InvalidRequestError({
        request: "upload",
        description: `Cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`
      })
  }).pipe(Effect.map((blob) => Uploadable.toFile(blob, name, { type })))
}
