/**
 * The `ChatSessionResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatkitWorkflow } from "./ChatkitWorkflow.ts"
import type { ChatSessionChatkitConfiguration } from "./ChatSessionChatkitConfiguration.ts"
import type { ChatSessionRateLimits } from "./ChatSessionRateLimits.ts"
import type { ChatSessionStatus } from "./ChatSessionStatus.ts"

export interface ChatSessionResource {
  readonly id: string
  /** @default "chatkit.session" */
  readonly object: "chatkit.session"
  /** @format unixtime */
  readonly expires_at: number
  readonly client_secret: string
  readonly workflow: ChatkitWorkflow
  readonly user: string
  readonly rate_limits: ChatSessionRateLimits
  readonly max_requests_per_1_minute: number
  readonly status: ChatSessionStatus
  readonly chatkit_configuration: ChatSessionChatkitConfiguration
}
