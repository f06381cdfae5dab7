/**
 * The `BetaComputerAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaClickParam } from "./BetaClickParam.ts"
import type { BetaDoubleClickAction } from "./BetaDoubleClickAction.ts"
import type { BetaDragParam } from "./BetaDragParam.ts"
import type { BetaKeyPressAction } from "./BetaKeyPressAction.ts"
import type { BetaMoveParam } from "./BetaMoveParam.ts"
import type { BetaScreenshotParam } from "./BetaScreenshotParam.ts"
import type { BetaScrollParam } from "./BetaScrollParam.ts"
import type { BetaTypeParam } from "./BetaTypeParam.ts"
import type { BetaWaitParam } from "./BetaWaitParam.ts"

export type BetaComputerAction =
  | BetaClickParam
  | BetaDoubleClickAction
  | BetaDragParam
  | BetaKeyPressAction
  | BetaMoveParam
  | BetaScreenshotParam
  | BetaScrollParam
  | BetaTypeParam
  | BetaWaitParam
