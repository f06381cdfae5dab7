/**
 * The `SpecificProgrammaticToolCallingParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface SpecificProgrammaticToolCallingParam {
  /** @default "programmatic_tool_calling" */
  readonly type: "programmatic_tool_calling"
}
