/**
 * The `SubmitToolOutputsRunRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface SubmitToolOutputsRunRequest {
  readonly tool_outputs: ReadonlyArray<{
    readonly tool_call_id?: string | undefined
    readonly output?: string | undefined
  }>
  readonly stream?: boolean | null | undefined
}
