/**
 * The `ModerationConfigParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModerationMode } from "./ModerationMode.ts"

export interface ModerationConfigParam {
  readonly mode: ModerationMode
}
