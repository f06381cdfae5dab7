/**
 * The `Moderation` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationErrorBody } from "./ModerationErrorBody.ts"
import type { ModerationResultBody } from "./ModerationResultBody.ts"

export interface Moderation {
  readonly input: ModerationResultBody | ModerationErrorBody
  readonly output: ModerationResultBody | ModerationErrorBody
}
