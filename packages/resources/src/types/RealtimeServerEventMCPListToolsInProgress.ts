/**
 * The `RealtimeServerEventMCPListToolsInProgress` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventMCPListToolsInProgress {
  readonly event_id: string
  readonly type: "mcp_list_tools.in_progress"
  readonly item_id: string
}
