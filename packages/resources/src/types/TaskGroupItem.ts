/**
 * The `TaskGroupItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TaskGroupTask } from "./TaskGroupTask.ts"

export interface TaskGroupItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.task_group" */
  readonly type: "chatkit.task_group"
  readonly tasks: ReadonlyArray<TaskGroupTask>
}
