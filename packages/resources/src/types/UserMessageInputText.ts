/**
 * The `UserMessageInputText` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UserMessageInputText {
  /** @default "input_text" */
  readonly type: "input_text"
  readonly text: string
}
