/**
 * The `BetaResponseTextParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaTextResponseFormatConfiguration } from "./BetaTextResponseFormatConfiguration.ts"
import type { BetaVerbosity } from "./BetaVerbosity.ts"

export interface BetaResponseTextParam {
  readonly format?: BetaTextResponseFormatConfiguration | undefined
  readonly verbosity?: BetaVerbosity | undefined
}
