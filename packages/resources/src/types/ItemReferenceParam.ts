/**
 * The `ItemReferenceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ItemReferenceParam {
  /** @default "item_reference" */
  readonly type?: "item_reference" | null | undefined
  readonly id: string
}
