/**
 * The `LocalEnvironmentParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { LocalSkillParam } from "./LocalSkillParam.ts"

export interface LocalEnvironmentParam {
  /** @default "local" */
  readonly type: "local"
  /** @maxItems 200 */
  readonly skills?: ReadonlyArray<LocalSkillParam> | undefined
}
