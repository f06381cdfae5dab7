/**
 * The `ThreadResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ActiveStatus } from "./ActiveStatus.ts"
import type { ClosedStatus } from "./ClosedStatus.ts"
import type { LockedStatus } from "./LockedStatus.ts"

export interface ThreadResource {
  readonly id: string
  /** @default "chatkit.thread" */
  readonly object: "chatkit.thread"
  /** @format unixtime */
  readonly created_at: number
  readonly title: string | null
  readonly status: ActiveStatus | LockedStatus | ClosedStatus
  readonly user: string
}
