/**
 * The `CreateChatSessionBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatkitConfigurationParam } from "./ChatkitConfigurationParam.ts"
import type { ExpiresAfterParam } from "./ExpiresAfterParam.ts"
import type { RateLimitsParam } from "./RateLimitsParam.ts"
import type { WorkflowParam } from "./WorkflowParam.ts"

export interface CreateChatSessionBody {
  readonly workflow: WorkflowParam
  /** @minLength 1 */
  readonly user: string
  readonly expires_after?: ExpiresAfterParam | undefined
  readonly rate_limits?: RateLimitsParam | undefined
  readonly chatkit_configuration?: ChatkitConfigurationParam | undefined
}
