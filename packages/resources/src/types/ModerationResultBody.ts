/**
 * The `ModerationResultBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationInputType } from "./ModerationInputType.ts"

export interface ModerationResultBody {
  /** @default "moderation_result" */
  readonly type: "moderation_result"
  readonly model: string
  readonly flagged: boolean
  readonly categories: { readonly [key: string]: boolean }
  readonly category_scores: { readonly [key: string]: number }
  readonly category_applied_input_types: { readonly [key: string]: ReadonlyArray<ModerationInputType> }
}
