/**
 * The `BetaContainerReferenceParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaContainerReferenceParam {
  /** @default "container_reference" */
  readonly type: "container_reference"
  readonly container_id: string
}
