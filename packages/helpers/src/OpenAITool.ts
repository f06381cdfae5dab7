/**
 * OpenAI's built-in tools as `effect/ai` provider-defined tools: the model
 * calls them and OpenAI runs them, so they need no handler. Put them in a
 * `Toolkit` next to your own tools; the response carries their calls and
 * results as provider-executed tool parts.
 *
 * ```ts
 * const toolkit = Toolkit.make(OpenAITool.WebSearch({ search_context_size: "low" }), GetWeather)
 * const response = yield* LanguageModel.generateText({ prompt: "News about Effect?", toolkit })
 * ```
 *
 * Only the Responses API runs them (`OpenAILanguageModel.layer` with the
 * default `api: "responses"`); the Chat Completions variant refuses them with
 * a typed error.
 *
 * @since 0.1.0
 */
import * as Tool from "effect/ai/Tool"
import * as Schema from "effect/Schema"

const optional = Schema.optionalKey

/**
 * Web search (`web_search`). The call's parameters are the search `action`;
 * the result carries the call's `status` and `action`.
 *
 * @example
 * const toolkit = Toolkit.make(OpenAITool.WebSearch({ search_context_size: "low" }))
 * @category tools
 * @since 0.1.0
 */
export const WebSearch = /*#__PURE__*/ Tool.providerDefined({
  id: "openai.web_search",
  customName: "OpenAIWebSearch",
  providerName: "web_search",
  args: Schema.Struct({
    search_context_size: optional(Schema.Literals(["low", "medium", "high"])),
    filters: optional(Schema.Struct({ allowed_domains: optional(Schema.Array(Schema.String)) })),
    user_location: optional(Schema.Struct({
      type: Schema.Literal("approximate"),
      city: optional(Schema.String),
      country: optional(Schema.String),
      region: optional(Schema.String),
      timezone: optional(Schema.String)
    }))
  }),
  parameters: Schema.Struct({ action: Schema.Unknown }),
  success: Schema.Struct({ status: Schema.String, action: Schema.Unknown })
})

/**
 * File search over vector stores (`file_search`). The call's parameters are
 * the `queries`; the result carries the matching chunks when the request
 * includes `file_search_call.results`.
 *
 * @example
 * const toolkit = Toolkit.make(OpenAITool.FileSearch({ vector_store_ids: ["vs_123"] }))
 * @category tools
 * @since 0.1.0
 */
export const FileSearch = /*#__PURE__*/ Tool.providerDefined({
  id: "openai.file_search",
  customName: "OpenAIFileSearch",
  providerName: "file_search",
  args: Schema.Struct({
    vector_store_ids: Schema.Array(Schema.String),
    max_num_results: optional(Schema.Number),
    ranking_options: optional(Schema.Record(Schema.String, Schema.Unknown)),
    filters: optional(Schema.Record(Schema.String, Schema.Unknown))
  }),
  parameters: Schema.Struct({ queries: Schema.Array(Schema.String) }),
  success: Schema.Struct({ status: Schema.String, queries: Schema.Array(Schema.String), results: Schema.Unknown })
})

/**
 * Code interpreter (`code_interpreter`) in a container (`"auto"` by default
 * in the API's shape `{ type: "auto" }`, or a container id). The call's
 * parameters are the `code`; the result carries its `outputs`.
 *
 * @example
 * const toolkit = Toolkit.make(OpenAITool.CodeInterpreter({ container: { type: "auto" } }))
 * @category tools
 * @since 0.1.0
 */
export const CodeInterpreter = /*#__PURE__*/ Tool.providerDefined({
  id: "openai.code_interpreter",
  customName: "OpenAICodeInterpreter",
  providerName: "code_interpreter",
  args: Schema.Struct({
    container: Schema.Union([
      Schema.String,
      Schema.Struct({ type: Schema.Literal("auto"), file_ids: optional(Schema.Array(Schema.String)) })
    ])
  }),
  parameters: Schema.Struct({ code: Schema.NullOr(Schema.String), container_id: Schema.String }),
  success: Schema.Struct({ status: Schema.String, outputs: Schema.Unknown })
})
