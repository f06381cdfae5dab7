/**
 * The `GraderPython` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GraderPython {
  readonly type: "python"
  readonly name: string
  readonly source: string
  readonly image_tag?: string | undefined
}
