/**
 * The `CreateConversationBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputItem } from "./InputItem.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateConversationBody {
  readonly metadata?: Metadata | null | undefined
  /** @maxItems 20 */
  readonly items?: ReadonlyArray<InputItem> | null | undefined
}
