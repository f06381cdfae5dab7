/**
 * The `CustomToolChatCompletions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CustomToolChatCompletions {
  readonly type: "custom"
  readonly custom: {
    readonly name: string
    readonly description?: string | undefined
    readonly format?: {
      readonly type: "text"
    } | {
      readonly type: "grammar"
      readonly grammar: {
        readonly definition: string
        readonly syntax: "lark" | "regex"
      }
    } | undefined
  }
}
