/**
 * The `ComputerScreenshotImage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ComputerScreenshotImage {
  /** @default "computer_screenshot" */
  readonly type: "computer_screenshot"
  /** @format uri */
  readonly image_url?: string | undefined
  readonly file_id?: string | undefined
}
