/**
 * The `ResponseOutputText` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileAnnotation } from "./FileAnnotation.ts"
import type { UrlAnnotation } from "./UrlAnnotation.ts"

export interface ResponseOutputText {
  /** @default "output_text" */
  readonly type: "output_text"
  readonly text: string
  readonly annotations: ReadonlyArray<FileAnnotation | UrlAnnotation>
}
