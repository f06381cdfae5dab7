/**
 * The `ComputerUsePreviewTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerEnvironment } from "./ComputerEnvironment.ts"

export interface ComputerUsePreviewTool {
  /** @default "computer_use_preview" */
  readonly type: "computer_use_preview"
  readonly environment: ComputerEnvironment
  readonly display_width: number
  readonly display_height: number
}
