/**
 * Structured outputs: an Effect `Schema` as OpenAI's strict JSON Schema, and the model's JSON decoded
 * back into the schema's type.
 *
 * `toCodec` is the one conversion, shared by `responseFormat`, `functionTool`, `RunTools` and any
 * `effect/ai` provider (it is a `LanguageModel.CodecTransformer`). It writes the schema's encoded side
 * (what the model must send): optional fields sent as required and nullable and decoded back to
 * absent, `additionalProperties: false` on every object, the JSON Schema keywords of checks that
 * strict mode accepts (the others described to the model). What strict mode cannot express (`unknown`,
 * `any`, a record, a tuple, a template literal, a type with no JSON encoding such as `Date`, a refinement with no JSON
 * Schema form, a root that is not an object) is rejected with its path before any request, instead of
 * being sent as a schema OpenAI refuses or a constraint the model never sees.
 *
 * ```ts
 * const Person = Schema.Struct({ name: Schema.String, age: Schema.optional(Schema.Int) })
 * const completion = yield* StructuredOutput.parse({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Ada Lovelace, 36" }],
 *   response_format: StructuredOutput.responseFormat(Person, "person")
 * })
 * const message = completion.choices[0].message
 * if (message.outcome === "parsed") console.log(message.parsed.name)
 * ```
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Responses from "@openai-effect/resources/Responses"
import type { ChatCompletionMessageCustomToolCall } from "@openai-effect/resources/types/ChatCompletionMessageCustomToolCall"
import type { ChatCompletionMessageToolCall } from "@openai-effect/resources/types/ChatCompletionMessageToolCall"
import type { ChatCompletionResponseMessage } from "@openai-effect/resources/types/ChatCompletionResponseMessage"
import type { ChatCompletionTool } from "@openai-effect/resources/types/ChatCompletionTool"
import type { Response } from "@openai-effect/resources/types/Response"
import type { ResponseFormatJsonSchema } from "@openai-effect/resources/types/ResponseFormatJsonSchema"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type * as JsonSchema from "effect/JsonSchema"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as Strict from "./internal/strictSchema.ts"

export {
  /**
   * A schema OpenAI's strict mode cannot express, found before any request, with its path and the reason.
   *
   * @example
   * Effect.catchTag("UnsupportedSchemaError", (e) => Console.log(e.path, e.reason))
   * @category errors
   * @since 0.1.0
   */
  UnsupportedSchemaError
} from "./internal/strictSchema.ts"

/**
 * The model's JSON does not match the schema: `path` leads to the first mismatch, `content` is the
 * text the model sent.
 *
 * @example
 * Effect.catchTag("SchemaMismatchError", (e) => Console.log(e.path, e.issue))
 * @category errors
 * @since 0.1.0
 */
export class SchemaMismatchError extends Data.TaggedError("SchemaMismatchError")<{
  readonly path: ReadonlyArray<PropertyKey>
  readonly issue: string
  readonly content: string
}> {
  override get message(): string {
    return `The model's output does not match the schema at ${Strict.pathText(this.path)}: ${this.issue}`
  }
}

/**
 * Converts a schema to OpenAI's strict JSON Schema and the matching codec; throws an
 * `UnsupportedSchemaError` (with the path and the reason) for what strict mode cannot express.
 * A tool without parameters (effect's `Tool.EmptyParams`) is an empty object schema.
 *
 * It fits `LanguageModel.CodecTransformer`, so one conversion serves `RunTools`, `parse` and an
 * `effect/ai` provider.
 *
 * @example
 * const { jsonSchema } = StructuredOutput.toCodec(Schema.Struct({ city: Schema.String }))
 * // { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false }
 * @category conversion
 * @since 0.1.0
 */
export const toCodec = <T, E, RD, RE>(schema: Schema.ConstraintCodec<T, E, RD, RE>): {
  readonly codec: Schema.ConstraintCodec<T, unknown, RD, RE>
  readonly jsonSchema: JsonSchema.JsonSchema
} => ({ jsonSchema: Strict.jsonSchema(schema), codec: Strict.codec(schema) })

/**
 * Decodes the model's JSON text with a codec from `toCodec`, failing with a `SchemaMismatchError`
 * that names the path of the first mismatch.
 *
 * @example
 * const person = yield* StructuredOutput.decode(StructuredOutput.toCodec(Person).codec, '{"name":"Ada","age":null}')
 * @category decoding
 * @since 0.1.0
 */
export const decode = <A, RD>(
  codec: Schema.ConstraintCodec<A, unknown, RD>,
  content: string
): Effect.Effect<A, SchemaMismatchError, RD> => {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (error) {
    return Effect.fail(new SchemaMismatchError({ path: [], issue: `not JSON: ${(error as Error).message}`, content }))
  }
  return Effect.mapError(Schema.decodeUnknownEffect(codec)(json), (error) => {
    const [first] = SchemaIssue.makeFormatterStandardSchemaV1()(error.issue).issues
    return new SchemaMismatchError({
      path: (first?.path ?? []).map((segment) => typeof segment === "object" ? segment.key : segment),
      issue: first?.message ?? error.message,
      content
    })
  })
}

const CodecKey: unique symbol = Symbol.for("@openai-effect/helpers/StructuredOutput/codec")

/**
 * A `response_format` for chat completions (and, through `parseResponse`, the Responses API's
 * `text.format`) that also carries its decoder, out of the request body.
 *
 * @example
 * const format: StructuredOutput.ResponseFormat<Person> = StructuredOutput.responseFormat(Person, "person")
 * @category models
 * @since 0.1.0
 */
export interface ResponseFormat<A> extends ResponseFormatJsonSchema {
  readonly [CodecKey]: Schema.ConstraintCodec<A, unknown>
}

/**
 * A strict function tool for chat completions that also carries the decoder of its arguments.
 *
 * @example
 * const tool: StructuredOutput.FunctionTool<{ city: string }> = StructuredOutput.functionTool(Args, "get_weather")
 * @category models
 * @since 0.1.0
 */
export interface FunctionTool<A> extends ChatCompletionTool {
  readonly [CodecKey]: Schema.ConstraintCodec<A, unknown>
}

/**
 * A strict `json_schema` response format for `schema`, named `name`. Throws an
 * `UnsupportedSchemaError` for a schema strict mode cannot express.
 *
 * @example
 * const response_format = StructuredOutput.responseFormat(Schema.Struct({ answer: Schema.String }), "answer")
 * @category constructors
 * @since 0.1.0
 */
export const responseFormat = <A, I>(schema: Schema.Codec<A, I>, name: string): ResponseFormat<A> => {
  const { codec, jsonSchema } = toCodec(schema)
  return {
    type: "json_schema",
    json_schema: { name, schema: jsonSchema, strict: true },
    [CodecKey]: codec
  }
}

/**
 * A strict function tool whose parameters are `schema`. Throws an `UnsupportedSchemaError` for a
 * schema strict mode cannot express.
 *
 * @example
 * const tool = StructuredOutput.functionTool(Schema.Struct({ city: Schema.String }), "get_weather", "Weather now")
 * @category constructors
 * @since 0.1.0
 */
export const functionTool = <A, I>(
  schema: Schema.Codec<A, I>,
  name: string,
  description?: string
): FunctionTool<A> => {
  const { codec, jsonSchema } = toCodec(schema)
  return {
    type: "function",
    function: { name, parameters: jsonSchema, strict: true, ...(description === undefined ? {} : { description }) },
    [CodecKey]: codec
  }
}

/**
 * The codec a `responseFormat` or `functionTool` carries.
 *
 * @example
 * const person = yield* StructuredOutput.decode(StructuredOutput.codecOf(format), text)
 * @category accessors
 * @since 0.1.0
 */
export const codecOf = <A>(self: ResponseFormat<A> | FunctionTool<A>): Schema.ConstraintCodec<A, unknown> =>
  self[CodecKey]

/**
 * How a structured answer ended: `parsed` (the content decoded), or why there is nothing to
 * decode: the model refused, stopped at the token limit (`length`), was stopped by the content
 * filter, or called tools instead.
 *
 * @example
 * if (message.outcome === "refusal") console.log(message.refusal)
 * @category models
 * @since 0.1.0
 */
export type Outcome = "parsed" | "refusal" | "length" | "content_filter" | "tool_calls"

/**
 * A value with its `outcome`: `parsed` holds the decoded value exactly when the outcome is `parsed`.
 *
 * @example
 * const name = message.outcome === "parsed" ? message.parsed.name : undefined
 * @category models
 * @since 0.1.0
 */
export type Parsed<A> =
  | { readonly outcome: "parsed"; readonly parsed: A }
  | { readonly outcome: Exclude<Outcome, "parsed">; readonly parsed: null }

/**
 * The argument types of the `functionTool`s among a request's tools.
 *
 * @example
 * type Args = StructuredOutput.ToolArguments<typeof forecast | typeof lookup> // { city: string } | { id: string }
 * @category models
 * @since 0.1.0
 */
export type ToolArguments<Tool> = Tool extends FunctionTool<infer A> ? A : never

/**
 * A function tool call with its arguments decoded by the schema of its `functionTool`
 * (`parsed_arguments` is `null` for a tool that carries no schema).
 *
 * @example
 * for (const call of message.tool_calls ?? []) if (call.type === "function") console.log(call.parsed_arguments)
 * @category models
 * @since 0.1.0
 */
export interface ParsedFunctionToolCall<Args> extends ChatCompletionMessageToolCall {
  readonly parsed_arguments: Args | null
}

/**
 * A chat completion whose messages carry their `outcome` and `parsed` value, and whose function tool
 * calls carry their `parsed_arguments`.
 *
 * @example
 * const completion: StructuredOutput.ParsedChatCompletion<Person> = yield* StructuredOutput.parse(params)
 * @category models
 * @since 0.1.0
 */
export interface ParsedChatCompletion<A, Args = never> extends Omit<ChatCompletions.ChatCompletion, "choices"> {
  readonly choices: ReadonlyArray<
    ChatCompletions.ChatCompletion["choices"][number] & {
      readonly message: Omit<ChatCompletionResponseMessage, "tool_calls"> & Parsed<A> & {
        readonly tool_calls?: ReadonlyArray<ParsedFunctionToolCall<Args> | ChatCompletionMessageCustomToolCall>
      }
    }
  >
}

const unparsed = (outcome: Exclude<Outcome, "parsed">) => ({ outcome, parsed: null }) as const

const parseContent = <A>(
  codec: Schema.ConstraintCodec<A, unknown>,
  content: string | null | undefined
): Effect.Effect<Parsed<A>, SchemaMismatchError> =>
  Effect.map(decode(codec, content ?? ""), (parsed) => ({ outcome: "parsed", parsed }) as const)

// Each function call's arguments, decoded by the codec its `functionTool` carries.
const parseToolCalls = (
  tools: ReadonlyArray<unknown> | null | undefined,
  calls: ChatCompletionResponseMessage["tool_calls"]
) => {
  const codecs = new Map<string, Schema.ConstraintCodec<unknown, unknown>>()
  for (const tool of tools ?? []) {
    if (typeof tool === "object" && tool !== null && CodecKey in tool) {
      const { function: fn, [CodecKey]: codec } = tool as FunctionTool<unknown>
      codecs.set(fn.name, codec)
    }
  }
  return Effect.forEach(calls ?? [], (call) => {
    const codec = call.type === "function" ? codecs.get(call.function.name) : undefined
    return call.type !== "function"
      ? Effect.succeed<ParsedFunctionToolCall<unknown> | ChatCompletionMessageCustomToolCall>(call)
      : Effect.map(
        codec === undefined ? Effect.succeed(null) : decode(codec, call.function.arguments),
        (parsed_arguments) => ({ ...call, parsed_arguments })
      )
  })
}

/**
 * Creates a chat completion with a `responseFormat` and decodes each choice's content with its
 * schema, and each function tool call's arguments with the schema of its `functionTool`. A
 * refusal, a `length` stop, a `content_filter` stop or tool calls come back as the message's
 * `outcome` (with `parsed: null`); content or arguments that do not match the schema fail with a
 * `SchemaMismatchError` naming the path.
 *
 * @example
 * const completion = yield* StructuredOutput.parse({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Ada Lovelace, 36" }],
 *   response_format: StructuredOutput.responseFormat(Person, "person")
 * })
 * @category operations
 * @since 0.1.0
 */
export const parse = <A, Tool = never>(
  params: ChatCompletions.CreateParams & {
    readonly response_format: ResponseFormat<A>
    readonly tools?: ReadonlyArray<Tool> | undefined
    readonly stream?: false | null | undefined
  },
  options?: RequestOptions
): Effect.Effect<ParsedChatCompletion<A, ToolArguments<Tool>>, OpenAIError | SchemaMismatchError, OpenAIClient> =>
  Effect.flatMap(ChatCompletions.create(params, options), (completion) =>
    Effect.map(
      Effect.forEach(completion.choices, (choice) => {
        const { message } = choice
        const outcome: Effect.Effect<Parsed<A>, SchemaMismatchError> =
          choice.finish_reason === "length" || choice.finish_reason === "content_filter"
            ? Effect.succeed(unparsed(choice.finish_reason))
            : typeof message.refusal === "string"
            ? Effect.succeed(unparsed("refusal"))
            : message.tool_calls !== undefined && message.tool_calls.length > 0
            ? Effect.succeed(unparsed("tool_calls"))
            : parseContent(params.response_format[CodecKey], message.content)
        return Effect.zipWith(
          outcome,
          parseToolCalls(params.tools, message.tool_calls),
          (parsed, toolCalls) => ({
            ...choice,
            message: { ...message, ...parsed, ...(message.tool_calls === undefined ? {} : { tool_calls: toolCalls }) }
          })
        )
      }),
      (choices) => ({ ...completion, choices }) as ParsedChatCompletion<A, ToolArguments<Tool>>
    ))

/**
 * A response with its `outcome` and `parsed` value, decoded from its `output_text`.
 *
 * @example
 * const response: StructuredOutput.ParsedResponse<Person> = yield* StructuredOutput.parseResponse(params)
 * @category models
 * @since 0.1.0
 */
export type ParsedResponse<A> = Response & Parsed<A>

/**
 * Creates a response whose `text.format` is a `responseFormat` and decodes its output text. A
 * refusal, an `incomplete` response (`max_output_tokens` is the `length` outcome, or
 * `content_filter`) and function calls come back as the `outcome` (with `parsed: null`); text that
 * does not match the schema fails with a `SchemaMismatchError` naming the path.
 *
 * @example
 * const response = yield* StructuredOutput.parseResponse({
 *   model: "gpt-4o-mini",
 *   input: "Ada Lovelace, 36",
 *   text: { format: StructuredOutput.responseFormat(Person, "person") }
 * })
 * @category operations
 * @since 0.1.0
 */
export const parseResponse = <A>(
  params: Omit<Responses.CreateParams, "text"> & {
    readonly text: { readonly format: ResponseFormat<A> }
    readonly stream?: false | null | undefined
  },
  options?: RequestOptions
): Effect.Effect<ParsedResponse<A>, OpenAIError | SchemaMismatchError, OpenAIClient> => {
  // The Responses API takes the chat format's fields one level up.
  const { json_schema } = params.text.format
  const body = { ...params, text: { ...params.text, format: { type: "json_schema" as const, ...json_schema } } }
  return Effect.flatMap(
    Responses.create(body as Responses.CreateParams & { readonly stream?: false }, options),
    (response) => {
      const parts = response.output.flatMap((item) => item.type === "message" ? item.content : [])
      const reason = response.incomplete_details?.reason
      const outcome: Effect.Effect<Parsed<A>, SchemaMismatchError> = reason !== undefined
        ? Effect.succeed(unparsed(reason === "max_output_tokens" ? "length" : reason))
        : parts.some((part) => part.type === "refusal")
        ? Effect.succeed(unparsed("refusal"))
        : parts.length === 0 && response.output.some((item) => item.type === "function_call")
        ? Effect.succeed(unparsed("tool_calls"))
        : parseContent(
          params.text.format[CodecKey],
          parts.map((part) => part.type === "output_text" ? part.text : "").join("")
        )
      return Effect.map(outcome, (parsed) => ({ ...response, ...parsed }))
    }
  )
}
