/**
 * The `BetaMultiAgentAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export type BetaMultiAgentAction =
  | "spawn_agent"
  | "interrupt_agent"
  | "list_agents"
  | "send_message"
  | "followup_task"
  | "wait_agent"
