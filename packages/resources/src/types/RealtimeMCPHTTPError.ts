/**
 * The `RealtimeMCPHTTPError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeMCPHTTPError {
  readonly type: "http_error"
  readonly code: number
  readonly message: string
}
