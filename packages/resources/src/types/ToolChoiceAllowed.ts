/**
 * The `ToolChoiceAllowed` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ToolChoiceAllowed {
  readonly type: "allowed_tools"
  readonly mode: "auto" | "required"
  readonly tools: ReadonlyArray<{ readonly [key: string]: unknown }>
}
