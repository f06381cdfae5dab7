/**
 * Cursor pagination (`after`, `limit`, `has_more`, `first_id`, `last_id`) over a sequence whose items
 * are produced on demand, so a list of 100,000 items never exists in memory as a whole.
 */
import { invalidRequest } from "./http.ts"

/** A list in its natural order; `at` returns `undefined` for a position whose item was deleted. */
export interface Sequence<A extends { readonly id: string }> {
  readonly size: number
  readonly at: (position: number) => A | undefined
  /** The position of the item with this id, or -1. */
  readonly positionOf: (id: string) => number
}

export interface CursorPage<A> {
  readonly object: "list"
  readonly data: ReadonlyArray<A>
  readonly first_id: string | null
  readonly last_id: string | null
  readonly has_more: boolean
}

/**
 * One page: the items after `after` (exclusive) in `order`, at most `limit` of them, matching `filter`.
 * `reversed` walks the sequence from its end (the other sort order).
 */
export const cursorPage = <A extends { readonly id: string }>(
  sequence: Sequence<A>,
  options: {
    readonly after: string | null
    readonly limit: number
    readonly reversed: boolean
    readonly filter?: (item: A) => boolean
  }
): CursorPage<A> => {
  const { size } = sequence
  const at = (step: number): A | undefined => sequence.at(options.reversed ? size - 1 - step : step)
  let step = 0
  if (options.after !== null && options.after !== "") {
    const position = sequence.positionOf(options.after)
    if (position === -1) {
      throw invalidRequest(
        `Invalid 'after': no object with id '${options.after}' in this list.`,
        "after",
        "invalid_value"
      )
    }
    step = (options.reversed ? size - 1 - position : position) + 1
  }
  const data: Array<A> = []
  let hasMore = false
  for (; step < size; step++) {
    const item = at(step)
    if (item === undefined || (options.filter !== undefined && !options.filter(item))) continue
    if (data.length === options.limit) {
      hasMore = true
      break
    }
    data.push(item)
  }
  return {
    object: "list",
    data,
    first_id: data.length > 0 ? data[0].id : null,
    last_id: data.length > 0 ? data[data.length - 1].id : null,
    has_more: hasMore
  }
}

/** A sequence over an array (already in its natural order). */
export const arraySequence = <A extends { readonly id: string }>(items: ReadonlyArray<A>): Sequence<A> => ({
  size: items.length,
  at: (position) => items[position],
  positionOf: (id) => items.findIndex((item) => item.id === id)
})
