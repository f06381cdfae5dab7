/**
 * The `RunGraderResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunGraderResponse {
  readonly reward: number
  readonly metadata: {
    readonly name: string
    readonly type: string
    readonly errors: {
      readonly formula_parse_error: boolean
      readonly sample_parse_error: boolean
      readonly truncated_observation_error: boolean
      readonly unresponsive_reward_error: boolean
      readonly invalid_variable_error: boolean
      readonly other_error: boolean
      readonly python_grader_server_error: boolean
      readonly python_grader_server_error_type: string | null
      readonly python_grader_runtime_error: boolean
      readonly python_grader_runtime_error_details: string | null
      readonly model_grader_server_error: boolean
      readonly model_grader_refusal_error: boolean
      readonly model_grader_parse_error: boolean
      readonly model_grader_server_error_details: string | null
    }
    readonly execution_time: number
    readonly scores: { readonly [key: string]: unknown }
    readonly token_usage: number | null
    readonly sampled_model_name: string | null
  }
  readonly sub_rewards: { readonly [key: string]: unknown }
  readonly model_grader_token_usage_per_model: { readonly [key: string]: unknown }
}
