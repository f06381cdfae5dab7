/**
 * The `WidgetMessageItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WidgetMessageItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.widget" */
  readonly type: "chatkit.widget"
  readonly widget: string
}
