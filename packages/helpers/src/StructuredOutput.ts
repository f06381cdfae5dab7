/**
 * Structured outputs: an Effect `Schema` as OpenAI's strict JSON Schema, and the model's JSON decoded
 * back into the schema's type.
 *
 * `toCodec` is the one conversion, shared by `responseFormat`, `functionTool`, `RunTools` and any
 * `effect/ai` provider (it is a `LanguageModel.CodecTransformer`). It is effect's
 * `OpenAiStructuredOutput.toCodecOpenAI` (optional fields sent as required and nullable and decoded
 * back to absent, `additionalProperties: false` on every object, tuples and records in shapes the
 * strict mode accepts) plus what it lacks: constructs the model cannot be told about (`unknown`,
 * `any`, a declared type with no JSON encoding, a refinement with no JSON Schema form, a root that is
 * not an object) are rejected with their path before any request, instead of being sent as a schema
 * OpenAI refuses or a constraint the model never sees; and repeated `anyOf` members are merged.
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
import type { ChatCompletionResponseMessage } from "@openai-effect/resources/types/ChatCompletionResponseMessage"
import type { ChatCompletionTool } from "@openai-effect/resources/types/ChatCompletionTool"
import type { Response } from "@openai-effect/resources/types/Response"
import type { ResponseFormatJsonSchema } from "@openai-effect/resources/types/ResponseFormatJsonSchema"
import * as OpenAiStructuredOutput from "effect/ai/OpenAiStructuredOutput"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type * as JsonSchema from "effect/JsonSchema"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaIssue from "effect/SchemaIssue"

/**
 * A schema OpenAI's strict mode cannot express, found before any request: `path` leads from the
 * root to the construct (property names, `[]` for array items, `[key]` for record values).
 *
 * @example
 * StructuredOutput.toCodec(Schema.Struct({ extra: Schema.Unknown }))
 * // throws UnsupportedSchemaError: at extra: `unknown` has no JSON type ...
 * @category errors
 * @since 0.1.0
 */
export class UnsupportedSchemaError extends Data.TaggedError("UnsupportedSchemaError")<{
  readonly path: ReadonlyArray<string>
  readonly reason: string
}> {
  override get message(): string {
    return `Unsupported schema for OpenAI structured outputs at ${pathText(this.path)}: ${this.reason}`
  }
}

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
    return `The model's output does not match the schema at ${pathText(this.path)}: ${this.issue}`
  }
}

const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0 ? "the root" : path.map(String).join(".").replaceAll(".[", "[")

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
} => {
  checkRoot(SchemaAST.toEncoded(Schema.toCodecJson(schema).ast))
  const { codec, jsonSchema } = OpenAiStructuredOutput.toCodecOpenAI(schema)
  return { codec, jsonSchema: mergeAnyOf(jsonSchema) as JsonSchema.JsonSchema }
}

const unsupported = (path: ReadonlyArray<string>, reason: string): never => {
  throw new UnsupportedSchemaError({ path, reason })
}

const isEmptyParams = (ast: SchemaAST.Objects): boolean =>
  ast.propertySignatures.length === 0 && ast.indexSignatures.length === 1
  && ast.indexSignatures[0].parameter === SchemaAST.string && SchemaAST.isNever(ast.indexSignatures[0].type)

// Strict mode needs an object at the root; effect would throw a plain Error without saying what the
// root was.
const checkRoot = (ast: SchemaAST.AST): void => {
  const root = ast._tag === "Suspend" ? SchemaAST.toEncoded(ast.thunk()) : ast
  if (root._tag !== "Objects" || (root.indexSignatures.length > 0 && !isEmptyParams(root))) {
    unsupported(
      [],
      `the root must be an object with known properties, not ${
        root._tag === "Objects" ? "a record" : root._tag === "Union" ? "a union" : root._tag.toLowerCase()
      }: wrap it in a property`
    )
  }
  walk(ast, [], new Set())
}

// A check has a JSON form when it (or every check of its group) says how to write it in JSON
// Schema; the rest run only while decoding, where the model could never have known about them.
const hasJsonForm = (check: SchemaAST.Check<unknown>): boolean =>
  check.annotations?.toJsonSchema !== undefined
  || (check._tag === "FilterGroup" && check.checks.every(hasJsonForm))

const walk = (ast: SchemaAST.AST, path: ReadonlyArray<string>, seen: Set<SchemaAST.AST>): void => {
  if (ast.checks?.some((check) => !hasJsonForm(check))) {
    unsupported(
      path,
      "a refinement with no JSON Schema form, which the model cannot see: give it a `toJsonSchema` annotation, or check the value after decoding"
    )
  }
  switch (ast._tag) {
    case "Unknown":
    case "Any":
    case "Declaration":
      return unsupported(
        path,
        `${
          ast._tag === "Declaration"
            ? "any JSON value (from `unknown`, or a type with no JSON encoding)"
            : `\`${ast._tag.toLowerCase()}\``
        } has no JSON type, and strict mode needs one for every value`
      )
    case "Objects":
      if (isEmptyParams(ast)) return
      for (const property of ast.propertySignatures) walk(property.type, [...path, String(property.name)], seen)
      for (const index of ast.indexSignatures) walk(index.type, [...path, "[key]"], seen)
      return
    case "Arrays":
      ast.elements.forEach((element, i) => walk(element, [...path, String(i)], seen))
      for (const rest of ast.rest) walk(rest, [...path, "[]"], seen)
      return
    case "Union":
      for (const member of ast.types) walk(member, path, seen)
      return
    case "Suspend":
      if (seen.has(ast)) return
      seen.add(ast)
      return walk(SchemaAST.toEncoded(ast.thunk()), path, seen)
  }
}

// effect's JSON codecs can repeat a member (`optional(NullOr(X))` gives three `null`s): send each once.
const mergeAnyOf = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(mergeAnyOf)
  if (typeof node !== "object" || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) out[key] = mergeAnyOf(value)
  if (Array.isArray(out.anyOf)) {
    const seen = new Set<string>()
    out.anyOf = out.anyOf.filter((member) => {
      const key = JSON.stringify(member)
      return !seen.has(key) && Boolean(seen.add(key))
    })
  }
  return out
}

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
 * A chat completion whose messages carry their `outcome` and `parsed` value.
 *
 * @example
 * const completion: StructuredOutput.ParsedChatCompletion<Person> = yield* StructuredOutput.parse(params)
 * @category models
 * @since 0.1.0
 */
export interface ParsedChatCompletion<A> extends Omit<ChatCompletions.ChatCompletion, "choices"> {
  readonly choices: ReadonlyArray<
    ChatCompletions.ChatCompletion["choices"][number] & {
      readonly message: ChatCompletionResponseMessage & Parsed<A>
    }
  >
}

const unparsed = (outcome: Exclude<Outcome, "parsed">) => ({ outcome, parsed: null }) as const

const parseContent = <A>(
  codec: Schema.ConstraintCodec<A, unknown>,
  content: string | null | undefined
): Effect.Effect<Parsed<A>, SchemaMismatchError> =>
  Effect.map(decode(codec, content ?? ""), (parsed) => ({ outcome: "parsed", parsed }) as const)

/**
 * Creates a chat completion with a `responseFormat` and decodes each choice's content with its
 * schema. A refusal, a `length` stop, a `content_filter` stop or tool calls come back as the
 * message's `outcome` (with `parsed: null`); content that does not match the schema fails with a
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
export const parse = <A>(
  params: ChatCompletions.CreateParams & {
    readonly response_format: ResponseFormat<A>
    readonly stream?: false | null | undefined
  },
  options?: RequestOptions
): Effect.Effect<ParsedChatCompletion<A>, OpenAIError | SchemaMismatchError, OpenAIClient> =>
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
        return Effect.map(outcome, (parsed) => ({ ...choice, message: { ...message, ...parsed } }))
      }),
      (choices) => ({ ...completion, choices })
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
