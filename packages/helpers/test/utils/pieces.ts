/**
 * Recorded streams cut into pieces, the way a network or a stream's pulls
 * may cut them, for the fold tests: the final value must not depend on it.
 */
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import type * as TestHttp from "../../../core/test/utils/TestHttp.ts"

/** Sizes of pieces, from 1 to `max`, for property tests. */
export const sizes = (max: number) =>
  Schema.NonEmptyArray(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: max })))

/** `items` cut into consecutive pieces of the given sizes, cycling through them. */
const cut = <A extends { readonly length: number; readonly slice: (start: number, end: number) => A }>(
  items: A,
  sizes: ReadonlyArray<number>
): Array<A> => {
  const pieces: Array<A> = []
  for (let start = 0, i = 0; start < items.length; i++) {
    const size = sizes[i % sizes.length]
    pieces.push(items.slice(start, start + size))
    start += size
  }
  return pieces
}

/** A stream of `items` whose pulls deliver batches of the given sizes. */
export const batched = <A>(items: ReadonlyArray<A>, sizes: ReadonlyArray<number>): Stream.Stream<A> =>
  Stream.fromArrays(...cut(items as Array<A>, sizes))

/** An SSE answer whose body hands out `pieces`, then what `after` does (end, fail). */
const answer = (
  pieces: ReadonlyArray<Uint8Array>,
  after: (controller: ReadableStreamDefaultController<Uint8Array>) => void
): TestHttp.Answer => {
  let next = 0
  return {
    _tag: "Response",
    status: 200,
    headers: { "content-type": "text/event-stream" },
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (next < pieces.length) controller.enqueue(pieces[next++])
        else after(controller)
      }
    })
  }
}

/** An SSE answer of `text` whose bytes arrive in pieces of the given sizes. */
export const sse = (text: string, sizes: ReadonlyArray<number>): TestHttp.Answer =>
  answer(cut(new TextEncoder().encode(text), sizes), (controller) => controller.close())

/** An SSE answer that sends `text`, then drops the connection once it has been read. */
export const sseThenDrop = (text: string): TestHttp.Answer =>
  answer([new TextEncoder().encode(text)], (controller) => controller.error(new Error("socket hang up")))
