/**
 * The `ThreadStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ThreadObject } from "./ThreadObject.ts"

export type ThreadStreamEvent = {
  readonly enabled?: boolean | undefined
  readonly event: "thread.created"
  readonly data: ThreadObject
}
