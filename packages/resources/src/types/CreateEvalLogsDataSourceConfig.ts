/**
 * The `CreateEvalLogsDataSourceConfig` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateEvalLogsDataSourceConfig {
  /** @default "logs" */
  readonly type: "logs"
  readonly metadata?: { readonly [key: string]: unknown } | undefined
}
