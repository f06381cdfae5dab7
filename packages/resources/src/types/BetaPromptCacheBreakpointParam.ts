/**
 * The `BetaPromptCacheBreakpointParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaPromptCacheBreakpointParam {
  /** @default "explicit" */
  readonly mode: "explicit"
}
