/**
 * The `CreateVideoCharacterBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Uploadable } from "@openai-effect/core/Uploadable"

export interface CreateVideoCharacterBody {
  readonly video: Uploadable
  /**
   * @minLength 1
   * @maxLength 80
   */
  readonly name: string
}
