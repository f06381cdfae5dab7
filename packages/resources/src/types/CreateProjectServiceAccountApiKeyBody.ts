/**
 * The `CreateProjectServiceAccountApiKeyBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateProjectServiceAccountApiKeyBody {
  readonly name?: string | undefined
  readonly scopes?: ReadonlyArray<string> | undefined
}
