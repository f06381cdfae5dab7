/**
 * The `UrlAnnotationSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UrlAnnotationSource {
  /** @default "url" */
  readonly type: "url"
  /** @format uri */
  readonly url: string
}
