/**
 * The `EvalCustomDataSourceConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface EvalCustomDataSourceConfig {
  /** @default "custom" */
  readonly type: "custom"
  readonly schema: { readonly [key: string]: unknown }
}
