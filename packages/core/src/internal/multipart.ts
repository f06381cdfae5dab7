/**
 * Multipart bodies. When every file is a Blob the runtime's own `FormData`
 * encoder is used (it streams Blobs, knows the length, and works in browsers);
 * when a file is a one-shot stream we write the multipart framing ourselves
 * around it, so a large upload flows through without being buffered.
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpBody from "effect/http/HttpBody"
import * as Stream from "effect/Stream"
import * as Uploadable from "../Uploadable.ts"
import { type Encoded, selfEncoding } from "./pipeline.ts"

/** Field name and value pairs in the bracket format (`tags[]`, `meta[key]`). */
type Part = readonly [name: string, value: string | Uploadable.Upload]

const flatten = (name: string, value: unknown, into: Array<Part>): void => {
  if (value === undefined || value === null) return
  if (Uploadable.isUploadable(value)) {
    into.push([name, Uploadable.toFile(value)])
  } else if (Array.isArray(value)) {
    for (const item of value) flatten(`${name}[]`, item, into)
  } else if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) flatten(`${name}[${key}]`, item, into)
  } else {
    into.push([name, String(value)])
  }
}

/** `true` when any field value is a file. */
const hasFile = (fields: Readonly<Record<string, unknown>>): boolean =>
  Object.values(fields).some((value) =>
    Uploadable.isUploadable(value) || (Array.isArray(value) && value.some(Uploadable.isUploadable))
  )

/**
 * `fields` as a multipart body for the pipeline. With `onlyWithFiles`, fields
 * without a file stay a JSON body (the API's "multipart if file" endpoints).
 */
export const form = (fields: Readonly<Record<string, unknown>>, onlyWithFiles: boolean): unknown =>
  onlyWithFiles && !hasFile(fields)
    ? fields
    : selfEncoding((extra) => encode(extra ? { ...fields, ...extra } : fields), fields)

/**
 * Node's fetch tees a streamed request body to be able to replay it on a
 * redirect, and the unread branch keeps every chunk in memory: a 256 MiB
 * upload held whole. A one-shot body cannot be replayed anyway, so follow no
 * redirect and keep no copy. Only the fetch transport reads this setting.
 */
const streamingUpload = <A, E, R>(send: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.withFiber((fiber) =>
    Effect.provideService(send, FetchHttpClient.RequestInit, {
      ...Context.getOrUndefined(fiber.context, FetchHttpClient.RequestInit),
      window: null,
      redirect: "error"
    })
  )

/**
 * The body for `fields`: Blobs and bytes can be sent again on a retry, a
 * streamed file only once.
 */
const encode = (fields: Readonly<Record<string, unknown>>): Encoded => {
  const parts: Array<Part> = []
  for (const [name, value] of Object.entries(fields)) flatten(name, value, parts)
  if (parts.every(([, value]) => typeof value === "string" || value.blob !== undefined)) {
    const form = new FormData()
    for (const [name, value] of parts) {
      if (typeof value === "string") form.append(name, value)
      else form.append(name, new Blob([value.blob!], { type: value.type }), value.name)
    }
    return { body: HttpBody.formData(form) }
  }
  return { body: streamed(parts), sendOnce: streamingUpload }
}

const quote = (value: string) => value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")

const streamed = (parts: ReadonlyArray<Part>): HttpBody.HttpBody => {
  const boundary = `----openai-effect-${crypto.randomUUID()}`
  const encoder = new TextEncoder()
  const sections = parts.map(([name, value]): Stream.Stream<Uint8Array, unknown> => {
    if (typeof value === "string") {
      return Stream.succeed(
        encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`)
      )
    }
    const head = encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"; filename="${
        quote(value.name)
      }"\r\nContent-Type: ${value.type}\r\n\r\n`
    )
    const bytes = value.stream
      ?? Stream.fromReadableStream({ evaluate: () => value.blob!.stream(), onError: (cause) => cause })
    return Stream.succeed(head).pipe(Stream.concat(bytes), Stream.concat(Stream.succeed(encoder.encode("\r\n"))))
  })
  const body = Stream.concat(
    sections.reduce((all, section) => Stream.concat(all, section), Stream.empty as Stream.Stream<Uint8Array, unknown>),
    Stream.succeed(encoder.encode(`--${boundary}--\r\n`))
  )
  return HttpBody.stream(body, `multipart/form-data; boundary=${boundary}`)
}
