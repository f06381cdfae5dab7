/**
 * Recorded streams cut into pieces, the way a network or a stream's pulls
 * may cut them, for the fold tests: the final value must not depend on it.
 */
import * as Stream from "effect/Stream"
import type * as TestHttp from "../../../core/test/utils/TestHttp.ts"

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

/** An SSE answer of `text` whose bytes arrive in pieces of the given sizes. */
export const sse = (text: string, sizes: ReadonlyArray<number>): TestHttp.Answer => {
  const pieces = cut(new TextEncoder().encode(text), sizes)
  return {
    _tag: "Response",
    status: 200,
    headers: { "content-type": "text/event-stream" },
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece)
        controller.close()
      }
    })
  }
}
