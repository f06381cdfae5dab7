/**
 * The `BetaModeration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModerationErrorBody } from "./BetaModerationErrorBody.ts"
import type { BetaModerationResultBody } from "./BetaModerationResultBody.ts"

export interface BetaModeration {
  readonly input: BetaModerationResultBody | BetaModerationErrorBody
  readonly output: BetaModerationResultBody | BetaModerationErrorBody
}
