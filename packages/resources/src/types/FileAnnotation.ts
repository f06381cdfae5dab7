/**
 * The `FileAnnotation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileAnnotationSource } from "./FileAnnotationSource.ts"

export interface FileAnnotation {
  /** @default "file" */
  readonly type: "file"
  readonly source: FileAnnotationSource
}
