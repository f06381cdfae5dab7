/**
 * The `MessageDeltaContentImageUrlObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface MessageDeltaContentImageUrlObject {
  readonly index: number
  readonly type: "image_url"
  readonly image_url?: {
    /** @format uri */
    readonly url?: string | undefined
    /** @default "auto" */
    readonly detail?: "auto" | "low" | "high" | undefined
  } | undefined
}
