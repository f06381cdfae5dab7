/**
 * The `FineTuningIntegration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuningIntegration {
  readonly type: "wandb"
  readonly wandb: {
    readonly project: string
    readonly name?: string | null | undefined
    readonly entity?: string | null | undefined
    readonly tags?: ReadonlyArray<string> | undefined
  }
}
