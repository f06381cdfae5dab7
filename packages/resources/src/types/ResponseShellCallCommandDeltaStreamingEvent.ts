/**
 * The `ResponseShellCallCommandDeltaStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseShellCallCommandDeltaStreamingEvent {
  /** @default "response.shell_call_command.delta" */
  readonly type: "response.shell_call_command.delta"
  readonly sequence_number: number
  readonly output_index: number
  readonly command_index: number
  readonly delta: string
  readonly obfuscation?: string | undefined
}
