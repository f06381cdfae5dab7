/**
 * The `ThreadItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantMessageItem } from "./AssistantMessageItem.ts"
import type { ClientToolCallItem } from "./ClientToolCallItem.ts"
import type { TaskGroupItem } from "./TaskGroupItem.ts"
import type { TaskItem } from "./TaskItem.ts"
import type { UserMessageItem } from "./UserMessageItem.ts"
import type { WidgetMessageItem } from "./WidgetMessageItem.ts"

export type ThreadItem =
  | UserMessageItem
  | AssistantMessageItem
  | WidgetMessageItem
  | ClientToolCallItem
  | TaskItem
  | TaskGroupItem
