/**
 * The `CreateEvalResponsesRunDataSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItem } from "./EvalItem.ts"
import type { EvalJsonlFileContentSource } from "./EvalJsonlFileContentSource.ts"
import type { EvalJsonlFileIdSource } from "./EvalJsonlFileIdSource.ts"
import type { EvalResponsesSource } from "./EvalResponsesSource.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"
import type { TextResponseFormatConfiguration } from "./TextResponseFormatConfiguration.ts"
import type { Tool } from "./Tool.ts"

export interface CreateEvalResponsesRunDataSource {
  /** @default "responses" */
  readonly type: "responses"
  readonly input_messages?: {
    readonly type: "template"
    readonly template: ReadonlyArray<
      {
        readonly role: string
        readonly content: string
      } | EvalItem
    >
  } | {
    readonly type: "item_reference"
    readonly item_reference: string
  } | undefined
  readonly sampling_params?: {
    readonly reasoning_effort?: ReasoningEffort | undefined
    /** @default 1 */
    readonly temperature?: number | undefined
    readonly max_completion_tokens?: number | undefined
    /** @default 1 */
    readonly top_p?: number | undefined
    /** @default 42 */
    readonly seed?: number | undefined
    readonly tools?: ReadonlyArray<Tool> | undefined
    readonly text?: {
      readonly format?: TextResponseFormatConfiguration | undefined
    } | undefined
  } | undefined
  readonly model?: string | undefined
  readonly source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalResponsesSource
}
