/**
 * The `BetaEncryptedContentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaEncryptedContentParam {
  /** @default "encrypted_content" */
  readonly type: "encrypted_content"
  /** @maxLength 10485760 */
  readonly encrypted_content: string
}
