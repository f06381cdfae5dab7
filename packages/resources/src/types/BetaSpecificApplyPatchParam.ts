/**
 * The `BetaSpecificApplyPatchParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaSpecificApplyPatchParam {
  /** @default "apply_patch" */
  readonly type: "apply_patch"
}
