/**
 * The `CreateSkillVersionBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateSkillVersionBody {
  /** @maxItems 500 */
  readonly files?: ReadonlyArray<Uploadable> | Uploadable | undefined
  readonly default?: boolean | undefined
}
