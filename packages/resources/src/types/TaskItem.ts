/**
 * The `TaskItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TaskType } from "./TaskType.ts"

export interface TaskItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.task" */
  readonly type: "chatkit.task"
  readonly task_type: TaskType
  readonly heading: string | null
  readonly summary: string | null
}
