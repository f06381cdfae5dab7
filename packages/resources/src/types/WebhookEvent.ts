/**
 * Every event the API posts to a webhook endpoint, told apart by `type`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { WebhookBatchCancelled } from "./WebhookBatchCancelled.ts"
import type { WebhookBatchCompleted } from "./WebhookBatchCompleted.ts"
import type { WebhookBatchExpired } from "./WebhookBatchExpired.ts"
import type { WebhookBatchFailed } from "./WebhookBatchFailed.ts"
import type { WebhookEvalRunCanceled } from "./WebhookEvalRunCanceled.ts"
import type { WebhookEvalRunFailed } from "./WebhookEvalRunFailed.ts"
import type { WebhookEvalRunSucceeded } from "./WebhookEvalRunSucceeded.ts"
import type { WebhookFineTuningJobCancelled } from "./WebhookFineTuningJobCancelled.ts"
import type { WebhookFineTuningJobFailed } from "./WebhookFineTuningJobFailed.ts"
import type { WebhookFineTuningJobSucceeded } from "./WebhookFineTuningJobSucceeded.ts"
import type { WebhookLiveCallIncoming } from "./WebhookLiveCallIncoming.ts"
import type { WebhookRealtimeCallIncoming } from "./WebhookRealtimeCallIncoming.ts"
import type { WebhookResponseCancelled } from "./WebhookResponseCancelled.ts"
import type { WebhookResponseCompleted } from "./WebhookResponseCompleted.ts"
import type { WebhookResponseFailed } from "./WebhookResponseFailed.ts"
import type { WebhookResponseIncomplete } from "./WebhookResponseIncomplete.ts"

export type WebhookEvent =
  | WebhookBatchCancelled
  | WebhookBatchCompleted
  | WebhookBatchExpired
  | WebhookBatchFailed
  | WebhookEvalRunCanceled
  | WebhookEvalRunFailed
  | WebhookEvalRunSucceeded
  | WebhookFineTuningJobCancelled
  | WebhookFineTuningJobFailed
  | WebhookFineTuningJobSucceeded
  | WebhookLiveCallIncoming
  | WebhookRealtimeCallIncoming
  | WebhookResponseCancelled
  | WebhookResponseCompleted
  | WebhookResponseFailed
  | WebhookResponseIncomplete
