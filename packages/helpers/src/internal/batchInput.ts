/**
 * The input side of a batch job: requests become JSONL lines, and the lines
 * are cut into files at the API's limits. Each file is a one-shot byte stream
 * that pulls requests only as the upload reads it, so no file is ever held
 * whole; the next file starts with the request that did not fit.
 */
import type * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Stream from "effect/Stream"

/** One request of a batch, before encoding. */
export interface Request {
  readonly customId: string
  readonly body: object
}

/** Where a file is cut: at most this many requests, bytes, and embedding inputs. */
export interface Limits {
  readonly requests: number
  readonly bytes: number
  readonly embeddingInputs: number
}

/** One input file: its bytes, and the custom ids written to it (filled as `content` is read). */
export interface InputFile<E> {
  /** 1 for the first file of the job. */
  readonly index: number
  readonly content: Stream.Stream<Uint8Array, E>
  readonly ids: Set<string>
  /** Why `content` failed, when it did: the upload only sees a broken body. */
  readonly failure: () => Cause.Cause<E> | undefined
}

// Lines are handed to the upload in blocks about this big, not one write per request.
const BLOCK_BYTES = 64 * 1024

/** The length of `text` in UTF-8, without encoding it. */
const utf8Length = (text: string): number => {
  let length = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    if (code < 0x800) length += 1
    else if (code >= 0xd800 && code < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two UTF-16 units, four bytes.
      length += 2
      i++
    } else length += 2
  }
  return length
}

/** The number of embedding inputs of a request body: its `input` array's length, else 1. */
const embeddingInputs = (body: object): number => {
  const input = (body as { readonly input?: unknown }).input
  // An array of token ids is one input; an array of strings or of token arrays is one per item.
  if (!Array.isArray(input) || input.length === 0 || typeof input[0] === "number") return 1
  return input.length
}

/**
 * Cuts `requests` into input files for `endpoint`. Files come one at a time:
 * the next is emitted only when the stream is pulled again, which the caller
 * does after uploading the previous one in full. A request the API would
 * refuse fails the file's content with `refuse(customId, description)`.
 */
export const split = <E, R, X>(
  endpoint: string,
  requests: Stream.Stream<Request, E, R>,
  limits: Limits,
  refuse: (customId: string | undefined, description: string) => X
): Stream.Stream<InputFile<E | X>, E, R> =>
  Stream.unwrap(Effect.map(Stream.toPull(requests), (upstream) => {
    const encoder = new TextEncoder()
    const countInputs = endpoint === "/v1/embeddings"
    let carry: Arr.NonEmptyReadonlyArray<Request> | undefined
    let at = 0
    let exhausted = false
    let index = 0

    // Pulls the next chunk of requests; `false` when there are no more.
    const fill: Pull.Pull<boolean, E> = Pull.matchEffect(upstream, {
      onSuccess: (chunk) => {
        carry = chunk
        at = 0
        return Effect.succeed(true)
      },
      onFailure: Effect.failCause,
      onDone: () => {
        exhausted = true
        carry = undefined
        return Effect.succeed(false)
      }
    })
    const pending = () => carry !== undefined && at < carry.length

    const file = (): InputFile<E | X> => {
      const ids = new Set<string>()
      let requests = 0
      let bytes = 0
      let inputs = 0
      let full = false
      let failure: Cause.Cause<E | X> | undefined
      // Lines are encoded straight into the block (`encodeInto`): one buffer per 64 KiB, not one
      // array per request and a copy.
      const block: Pull.Pull<Arr.NonEmptyReadonlyArray<Uint8Array>, E | X> = Effect.gen(function*() {
        let buffer = new Uint8Array(BLOCK_BYTES)
        let used = 0
        while (!full) {
          if (!pending()) {
            if (exhausted || !(yield* fill)) break
            continue
          }
          const { body, customId } = carry![at]!
          if (typeof customId !== "string" || customId.length === 0) {
            return yield* Effect.fail(refuse(undefined, "A request has no customId"))
          }
          if (typeof body !== "object" || body === null) {
            return yield* Effect.fail(refuse(customId, `The request ${customId} has no body object`))
          }
          const line = `${JSON.stringify({ custom_id: customId, method: "POST", url: endpoint, body })}\n`
          const length = utf8Length(line)
          const lineInputs = countInputs ? embeddingInputs(body) : 0
          if (length > limits.bytes || lineInputs > limits.embeddingInputs) {
            return yield* Effect.fail(refuse(
              customId,
              length > limits.bytes
                ? `The request ${customId} is ${length} bytes, more than a batch file may hold (${limits.bytes})`
                : `The request ${customId} has ${lineInputs} embedding inputs, more than a batch may hold (${limits.embeddingInputs})`
            ))
          }
          if (
            requests === limits.requests || bytes + length > limits.bytes
            || inputs + lineInputs > limits.embeddingInputs
          ) {
            full = true
            break
          }
          if (used + length > buffer.length) {
            // The block is full: hand it on, and take this request again at the next pull.
            if (used > 0) break
            buffer = new Uint8Array(length)
          }
          if (ids.has(customId)) {
            return yield* Effect.fail(refuse(customId, `The customId ${customId} appears twice in one batch`))
          }
          ids.add(customId)
          requests++
          bytes += length
          inputs += lineInputs
          used += encoder.encodeInto(line, buffer.subarray(used)).written
          at++
        }
        if (used === 0) return yield* Cause.done()
        return [buffer.subarray(0, used)] as const
      }).pipe(Effect.tapCause((cause) => {
        if (!Pull.isDoneCause(cause)) failure = cause as Cause.Cause<E | X>
        return Effect.void
      }))
      index++
      return { index, ids, content: Stream.fromPull(Effect.succeed(block)), failure: () => failure }
    }

    const next: Pull.Pull<Arr.NonEmptyReadonlyArray<InputFile<E | X>>, E> = Effect.gen(function*() {
      if (!pending() && (exhausted || !(yield* fill))) return yield* Cause.done()
      return [file()] as const
    })
    return Stream.fromPull(Effect.succeed(next))
  }))
