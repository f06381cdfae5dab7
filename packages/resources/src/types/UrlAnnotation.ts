/**
 * The `UrlAnnotation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { UrlAnnotationSource } from "./UrlAnnotationSource.ts"

export interface UrlAnnotation {
  /** @default "url" */
  readonly type: "url"
  readonly source: UrlAnnotationSource
}
