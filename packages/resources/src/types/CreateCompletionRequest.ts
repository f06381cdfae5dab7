/**
 * The `CreateCompletionRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionStreamOptions } from "./ChatCompletionStreamOptions.ts"
import type { StopConfiguration } from "./StopConfiguration.ts"

export interface CreateCompletionRequest {
  readonly model: "gpt-3.5-turbo-instruct" | "davinci-002" | "babbage-002" | (string & {})
  /**
   * @default ""
   * @minItems 1
   */
  readonly prompt: string | ReadonlyArray<string> | ReadonlyArray<number> | ReadonlyArray<ReadonlyArray<number>> | null
  /**
   * @default 1
   * @minimum 0
   * @maximum 20
   */
  readonly best_of?: number | null | undefined
  /** @default false */
  readonly echo?: boolean | null | undefined
  /**
   * @default 0
   * @minimum -2
   * @maximum 2
   */
  readonly frequency_penalty?: number | null | undefined
  /** @default null */
  readonly logit_bias?: { readonly [key: string]: number } | null | undefined
  /**
   * @default null
   * @minimum 0
   * @maximum 5
   */
  readonly logprobs?: number | null | undefined
  /**
   * @default 16
   * @minimum 0
   */
  readonly max_tokens?: number | null | undefined
  /**
   * @default 1
   * @minimum 1
   * @maximum 128
   */
  readonly n?: number | null | undefined
  /**
   * @default 0
   * @minimum -2
   * @maximum 2
   */
  readonly presence_penalty?: number | null | undefined
  /** @format int64 */
  readonly seed?: number | null | undefined
  readonly stop?: StopConfiguration | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly stream_options?: ChatCompletionStreamOptions | undefined
  /** @default null */
  readonly suffix?: string | null | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  readonly temperature?: number | null | undefined
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  readonly top_p?: number | null | undefined
  readonly user?: string | undefined
}
