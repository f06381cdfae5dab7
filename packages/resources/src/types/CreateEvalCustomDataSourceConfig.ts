/**
 * The `CreateEvalCustomDataSourceConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateEvalCustomDataSourceConfig {
  /** @default "custom" */
  readonly type: "custom"
  readonly item_schema: { readonly [key: string]: unknown }
  /** @default false */
  readonly include_sample_schema?: boolean | undefined
}
