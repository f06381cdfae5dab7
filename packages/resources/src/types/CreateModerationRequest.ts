/**
 * The `CreateModerationRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationImageURLInput } from "./ModerationImageURLInput.ts"
import type { ModerationTextInput } from "./ModerationTextInput.ts"

export interface CreateModerationRequest {
  /** @default "" */
  readonly input: string | ReadonlyArray<string> | ReadonlyArray<ModerationImageURLInput | ModerationTextInput>
  readonly model?:
    | "omni-moderation-latest"
    | "omni-moderation-2024-09-26"
    | "text-moderation-latest"
    | "text-moderation-stable"
    | (string & {})
    | undefined
}
