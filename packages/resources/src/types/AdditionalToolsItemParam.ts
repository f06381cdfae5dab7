/**
 * The `AdditionalToolsItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Tool } from "./Tool.ts"

export interface AdditionalToolsItemParam {
  readonly id?: string | null | undefined
  /** @default "additional_tools" */
  readonly type: "additional_tools"
  /** @default "developer" */
  readonly role: "developer"
  readonly tools: ReadonlyArray<Tool>
}
