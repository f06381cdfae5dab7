/**
 * The `ResponseShellCallCommandDoneStreamingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseShellCallCommandDoneStreamingEvent {
  /** @default "response.shell_call_command.done" */
  readonly type: "response.shell_call_command.done"
  readonly sequence_number: number
  readonly output_index: number
  readonly command_index: number
  readonly command: string
}
