/**
 * The `UsageCodeInterpreterSessionsResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageCodeInterpreterSessionsResult {
  readonly object: "organization.usage.code_interpreter_sessions.result"
  readonly num_sessions: number
  readonly project_id?: string | null | undefined
}
