/**
 * The `ResponseTextParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TextResponseFormatConfiguration } from "./TextResponseFormatConfiguration.ts"
import type { Verbosity } from "./Verbosity.ts"

export interface ResponseTextParam {
  readonly format?: TextResponseFormatConfiguration | undefined
  readonly verbosity?: Verbosity | undefined
}
