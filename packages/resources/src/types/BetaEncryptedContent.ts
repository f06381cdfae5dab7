/**
 * The `BetaEncryptedContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaEncryptedContent {
  /** @default "encrypted_content" */
  readonly type: "encrypted_content"
  readonly encrypted_content: string
}
