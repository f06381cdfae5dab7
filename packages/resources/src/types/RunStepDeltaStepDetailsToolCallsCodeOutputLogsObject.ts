/**
 * The `RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
  readonly index: number
  readonly type: "logs"
  readonly logs?: string | undefined
}
