/**
 * One page of a list endpoint, with the way to the next.
 *
 * `Resource.list(params)` hides pages behind a lazy `Stream` of items; use
 * `Resource.listPage(params)` to walk them yourself:
 *
 * ```ts
 * let page = yield* Files.listPage({ limit: 100 })
 * while (page.next) page = yield* page.next
 * ```
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { OpenAIClient } from "./OpenAIClient.ts"
import type { OpenAIError } from "./OpenAIError.ts"

/**
 * How an endpoint pages: `cursor` sends the last item's id as `after` while
 * `has_more`; `conversationCursor` sends the response's `last_id`;
 * `nextCursor` sends the response's `next`; `single` has one page.
 *
 * @category models
 * @since 0.1.0
 */
export type PageKind = "cursor" | "conversationCursor" | "nextCursor" | "single"

/**
 * A page of items.
 *
 * @category models
 * @since 0.1.0
 */
export interface Page<A> {
  readonly data: ReadonlyArray<A>
  readonly hasMore: boolean
  /** The cursor the next request sends, when there is a next page. */
  readonly cursor: string | undefined
  /** Fetches the next page; `undefined` on the last one. */
  readonly next: Effect.Effect<Page<A>, OpenAIError, OpenAIClient> | undefined
  /** The whole response body, for fields beside `data`. */
  readonly body: unknown
}
