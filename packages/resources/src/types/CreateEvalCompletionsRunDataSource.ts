/**
 * The `CreateEvalCompletionsRunDataSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionTool } from "./ChatCompletionTool.ts"
import type { EasyInputMessage } from "./EasyInputMessage.ts"
import type { EvalItem } from "./EvalItem.ts"
import type { EvalJsonlFileContentSource } from "./EvalJsonlFileContentSource.ts"
import type { EvalJsonlFileIdSource } from "./EvalJsonlFileIdSource.ts"
import type { EvalStoredCompletionsSource } from "./EvalStoredCompletionsSource.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"
import type { ResponseFormatJsonObject } from "./ResponseFormatJsonObject.ts"
import type { ResponseFormatJsonSchema } from "./ResponseFormatJsonSchema.ts"
import type { ResponseFormatText } from "./ResponseFormatText.ts"

export interface CreateEvalCompletionsRunDataSource {
  /** @default "completions" */
  readonly type: "completions"
  readonly input_messages?: {
    readonly type: "template"
    readonly template: ReadonlyArray<EasyInputMessage | EvalItem>
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
    readonly response_format?: ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | undefined
    readonly tools?: ReadonlyArray<ChatCompletionTool> | undefined
  } | undefined
  readonly model?: string | undefined
  readonly source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | EvalStoredCompletionsSource
}
