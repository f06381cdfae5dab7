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

/**
 * Adds the parts of field `name` to `into`, or says why it cannot be sent: a
 * file field (`file`) holding something that is not a file, or any field
 * holding an object that is neither plain nor a file (a stream a cast let
 * through, a class instance), whose internals must never become fields.
 */
const flatten = (name: string, value: unknown, into: Array<Part>, file: boolean): string | undefined => {
  if (value === undefined || value === null) return
  if (Uploadable.isUploadable(value)) {
    into.push([name, Uploadable.toFile(value)])
  } else if (Array.isArray(value)) {
    let invalid: string | undefined
    for (const item of value) invalid ??= flatten(`${name}[]`, item, into, file)
    return invalid
  } else if (file || (typeof value === "object" && ![Object.prototype, null].includes(Object.getPrototypeOf(value)))) {
    const kind = typeof value === "object" ? value.constructor?.name : typeof value
    return `The form field \`${name}\` ${file ? "takes a file, not" : "cannot hold"} ${
      kind === "Object" ? "a plain object" : `a ${kind}`
    }`
  } else if (typeof value === "object") {
    let invalid: string | undefined
    for (const [key, item] of Object.entries(value)) invalid ??= flatten(`${name}[${key}]`, item, into, false)
    return invalid
  } else {
    into.push([name, String(value)])
  }
}

/**
 * `fields` as a multipart body for the pipeline; `files` names the fields
 * that take a file. With `onlyWithFiles`, fields without a file stay a JSON
 * body (the API's "multipart if file" endpoints). The fields are checked
 * here, so that a call with one that cannot be sent fails before sending.
 */
export const form = (
  fields: Readonly<Record<string, unknown>>,
  onlyWithFiles: boolean,
  files: ReadonlyArray<string>
): unknown => {
  const parts: Array<Part> = []
  let invalid: string | undefined
  for (const name of Object.keys(fields)) invalid ??= flatten(name, fields[name], parts, files.includes(name))
  return onlyWithFiles && invalid === undefined && parts.every(([, value]) => typeof value === "string")
    ? fields
    : selfEncoding((extra) => encode(extra ? { ...fields, ...extra } : fields), fields, invalid)
}

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
  for (const [name, value] of Object.entries(fields)) flatten(name, value, parts, false)
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

// `"` to `%22`, CR to `%0D`, LF to `%0A`, as browsers write names in a form.
const quote = (value: string) => value.replace(/["\r\n]/g, encodeURIComponent)

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
