/**
 * The `AdditionalTools` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageRole } from "./MessageRole.ts"
import type { Tool } from "./Tool.ts"

export interface AdditionalTools {
  /** @default "additional_tools" */
  readonly type: "additional_tools"
  readonly id: string
  readonly role: MessageRole
  readonly tools: ReadonlyArray<Tool>
}
