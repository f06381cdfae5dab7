/**
 * The `ListFineTuningCheckpointPermissionResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuningCheckpointPermission } from "./FineTuningCheckpointPermission.ts"

export interface ListFineTuningCheckpointPermissionResponse {
  readonly data: ReadonlyArray<FineTuningCheckpointPermission>
  readonly object: "list"
  readonly first_id?: string | null | undefined
  readonly last_id?: string | null | undefined
  readonly has_more: boolean
}
