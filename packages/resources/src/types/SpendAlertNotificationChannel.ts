/**
 * The `SpendAlertNotificationChannel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface SpendAlertNotificationChannel {
  readonly type: "email"
  readonly recipients: ReadonlyArray<string>
  readonly subject_prefix?: string | null | undefined
}
