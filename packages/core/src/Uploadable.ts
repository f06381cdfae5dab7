/**
 * What a file field of a multipart request accepts, and how to name it.
 *
 * Any of these can be passed where an operation takes a file: a `File`, a
 * `Blob`, bytes, a web `ReadableStream`, an Effect `Stream<Uint8Array>`, a
 * fetch `Response`, any async iterable of bytes (a Node `Readable`, an
 * `fs.ReadStream`), or the result of `toFile`, which sets the filename and
 * content type explicitly. Blobs and bytes are sent as they are and can be
 * sent again on a retry; streams are sent as they arrive, never buffered
 * whole, and so are sent once (a failed streamed upload is not retried).
 * For a path on disk, see `@openai-effect/core/NodeUploadable`.
 *
 * ```ts
 * yield* Files.create({ file: Uploadable.toFile(bytes, "notes.jsonl"), purpose: "batch" })
 * ```
 *
 * @since 0.1.0
 */
import { hasProperty } from "effect/Predicate"
import * as Stream from "effect/Stream"

const TypeId = "~@openai-effect/core/Uploadable"

/**
 * A named upload: the body, its filename and content type.
 *
 * @category models
 * @since 0.1.0
 */
export interface Upload {
  readonly [TypeId]: typeof TypeId
  readonly name: string
  readonly type: string
  /** The bytes, when they are at hand and can be read again. */
  readonly blob: Blob | undefined
  /** The bytes as a one-shot stream, when they are not a `Blob`. */
  readonly stream: Stream.Stream<Uint8Array, unknown> | undefined
}

/**
 * Everything a file field accepts.
 *
 * @category models
 * @since 0.1.0
 */
export type Uploadable =
  | Upload
  | Blob
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | Stream.Stream<Uint8Array, unknown>
  | Response
  | AsyncIterable<Uint8Array>

/**
 * `true` for any value a file field accepts.
 *
 * @example
 * Uploadable.isUploadable(new Blob(["hi"])) // true
 * @category guards
 * @since 0.1.0
 */
export const isUploadable = (u: unknown): u is Uploadable =>
  hasProperty(u, TypeId)
  || (typeof Blob !== "undefined" && u instanceof Blob)
  || u instanceof Uint8Array
  || u instanceof ArrayBuffer
  || (typeof ReadableStream !== "undefined" && u instanceof ReadableStream)
  || (typeof Response !== "undefined" && u instanceof Response)
  || Stream.isStream(u)
  || hasProperty(u, Symbol.asyncIterator)

const extensionTypes: Record<string, string> = {
  json: "application/json",
  jsonl: "application/jsonl",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  html: "text/html",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  mpeg: "audio/mpeg",
  m4a: "audio/mp4",
  wav: "audio/wav",
  webm: "audio/webm",
  ogg: "audio/ogg",
  flac: "audio/flac"
}

/**
 * The content type for a filename, from its extension; octet-stream when unknown.
 *
 * @example
 * Uploadable.contentTypeOf("speech.mp3") // "audio/mpeg"
 * @category utils
 * @since 0.1.0
 */
export const contentTypeOf = (name: string): string => {
  const dot = name.lastIndexOf(".")
  return (dot === -1 ? undefined : extensionTypes[name.slice(dot + 1).toLowerCase()]) ?? "application/octet-stream"
}

/** The last segment of a path or URL path, on any platform's separators. */
const lastSegment = (path: string): string | undefined => path.split(/[\\/]/).pop() || undefined

const nameOf = (source: Uploadable): string | undefined => {
  if (hasProperty(source, TypeId)) return (source as Upload).name
  if (typeof File !== "undefined" && source instanceof File && source.name) return source.name
  if (typeof Response !== "undefined" && source instanceof Response && source.url) {
    const last = lastSegment(new URL(source.url).pathname)
    return last ? decodeURIComponent(last) : undefined
  }
  // An `fs.ReadStream` knows its path.
  return hasProperty(source, "path") && typeof source.path === "string" ? lastSegment(source.path) : undefined
}

/** `upload`, with the extension of `type` when one is known: `upload.png`. */
const unnamed = (type: string | undefined): string => {
  const extension = Object.keys(extensionTypes).find((extension) => extensionTypes[extension] === type)
  return extension ? `upload.${extension}` : "upload"
}

const typeOf = (source: Uploadable): string | undefined => {
  if (hasProperty(source, TypeId)) return (source as Upload).type
  if (typeof Blob !== "undefined" && source instanceof Blob && source.type) return source.type
  if (typeof Response !== "undefined" && source instanceof Response) {
    return source.headers.get("content-type")?.split(";")[0] || undefined
  }
  return undefined
}

/**
 * Names an upload. Without a `name`, a `File`'s own name, a `Response`'s URL
 * or a file stream's `path` is used, else `"upload"` with the extension of
 * the source's type (`upload.png`); without a `type`, the source's type or
 * one guessed from the name. An async iterable of bytes (a Node `Readable`)
 * is read as it is sent.
 *
 * @example
 * Uploadable.toFile(Stream.make(new TextEncoder().encode("{}\n")), "batch.jsonl")
 * @category constructors
 * @since 0.1.0
 */
export const toFile = (
  source: Uploadable,
  name?: string,
  options?: { readonly type?: string | undefined }
): Upload => {
  const known = options?.type ?? typeOf(source)
  const fileName = name ?? nameOf(source) ?? unnamed(known)
  const type = known ?? contentTypeOf(fileName)
  if (hasProperty(source, TypeId)) return { ...(source as Upload), name: fileName, type }
  const make = (blob: Blob | undefined, stream: Upload["stream"]): Upload => ({
    [TypeId]: TypeId,
    name: fileName,
    type,
    blob,
    stream
  })
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    return make(new Blob([source as Uint8Array<ArrayBuffer>], { type }), undefined)
  }
  if (typeof Blob !== "undefined" && source instanceof Blob) return make(source, undefined)
  if (typeof Response !== "undefined" && source instanceof Response) {
    const body = source.body
    return make(body === null ? new Blob([]) : undefined, body === null ? undefined : fromReadable(body))
  }
  if (Stream.isStream(source)) return make(undefined, source)
  return make(
    undefined,
    fromReadable(
      typeof ReadableStream !== "undefined" && source instanceof ReadableStream
        ? source
        : fromAsyncIterable(source as AsyncIterable<Uint8Array>)
    )
  )
}

// A web stream over the iterable rather than `Stream.fromAsyncIterable`, whose
// machinery every upload bundle would carry; the readable-stream path is there
// already. Cancelling the stream ends the iterator (a Node stream is destroyed).
const fromAsyncIterable = (iterable: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> => {
  let iterator: AsyncIterator<Uint8Array> | undefined
  return new ReadableStream<Uint8Array>({
    // Nothing is read before the first read (no high-water mark to fill), and
    // the iterator is made then: naming an upload starts nothing.
    pull: (controller) =>
      (iterator ??= iterable[Symbol.asyncIterator]()).next().then((next) =>
        next.done ? controller.close() : controller.enqueue(next.value)
      ),
    cancel: (reason) => {
      void iterator?.return?.(reason)
    }
  }, { highWaterMark: 0 })
}

const fromReadable = (stream: ReadableStream<Uint8Array>): Stream.Stream<Uint8Array, unknown> =>
  Stream.fromReadableStream({ evaluate: () => stream, onError: (cause) => cause })
