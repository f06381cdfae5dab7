/**
 * The `BetaComputerUsePreviewTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaComputerEnvironment } from "./BetaComputerEnvironment.ts"

export interface BetaComputerUsePreviewTool {
  /** @default "computer_use_preview" */
  readonly type: "computer_use_preview"
  readonly environment: BetaComputerEnvironment
  readonly display_width: number
  readonly display_height: number
}
