/**
 * The `InlineSkillParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InlineSkillSourceParam } from "./InlineSkillSourceParam.ts"

export interface InlineSkillParam {
  /** @default "inline" */
  readonly type: "inline"
  readonly name: string
  readonly description: string
  readonly source: InlineSkillSourceParam
}
