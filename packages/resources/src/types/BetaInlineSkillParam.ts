/**
 * The `BetaInlineSkillParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInlineSkillSourceParam } from "./BetaInlineSkillSourceParam.ts"

export interface BetaInlineSkillParam {
  /** @default "inline" */
  readonly type: "inline"
  readonly name: string
  readonly description: string
  readonly source: BetaInlineSkillSourceParam
}
