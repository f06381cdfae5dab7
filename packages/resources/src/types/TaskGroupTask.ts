/**
 * The `TaskGroupTask` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TaskType } from "./TaskType.ts"

export interface TaskGroupTask {
  readonly type: TaskType
  readonly heading: string | null
  readonly summary: string | null
}
