/**
 * The `AssistantsNamedToolChoice` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface AssistantsNamedToolChoice {
  readonly type: "function" | "code_interpreter" | "file_search"
  readonly function?: {
    readonly name: string
  } | undefined
}
