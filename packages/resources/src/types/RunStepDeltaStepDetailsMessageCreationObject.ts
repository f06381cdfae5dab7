/**
 * The `RunStepDeltaStepDetailsMessageCreationObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDeltaStepDetailsMessageCreationObject {
  readonly type: "message_creation"
  readonly message_creation?: {
    readonly message_id?: string | undefined
  } | undefined
}
