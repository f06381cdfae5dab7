/**
 * The `LegacyComputerAction` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ClickParam } from "./ClickParam.ts"
import type { DoubleClickAction } from "./DoubleClickAction.ts"
import type { DragParam } from "./DragParam.ts"
import type { KeyPressAction } from "./KeyPressAction.ts"
import type { MoveParam } from "./MoveParam.ts"
import type { ScreenshotParam } from "./ScreenshotParam.ts"
import type { ScrollParam } from "./ScrollParam.ts"
import type { TypeParam } from "./TypeParam.ts"
import type { WaitParam } from "./WaitParam.ts"

export type LegacyComputerAction =
  | ClickParam
  | DoubleClickAction
  | DragParam
  | KeyPressAction
  | MoveParam
  | ScreenshotParam
  | ScrollParam
  | TypeParam
  | WaitParam
