/**
 * The `CreateSpendAlertBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { SpendAlertNotificationChannel } from "./SpendAlertNotificationChannel.ts"

export interface CreateSpendAlertBody {
  /** @minimum 0 */
  readonly threshold_amount: number
  readonly currency: "USD"
  readonly interval: "month"
  readonly notification_channel: SpendAlertNotificationChannel
}
