/**
 * Strict JSON Schema for OpenAI, for both request kinds: the schema of a
 * structured output, the parameters of a function tool, and the way back
 * from the strict form the model answers in (optional fields sent as
 * `null`) to the tool's own encoded parameters.
 */
import * as AiError from "effect/ai/AiError"
import type * as LanguageModel from "effect/ai/LanguageModel"
import * as Tool from "effect/ai/Tool"
import * as Effect from "effect/Effect"
import type * as JsonSchema from "effect/JsonSchema"
import * as Schema from "effect/Schema"
import * as StructuredOutput from "../StructuredOutput.ts"

/**
 * The one Schema-to-strict-JSON-Schema conversion (`StructuredOutput.toCodec`), also handed to
 * `LanguageModel.make` so that `generateObject` decodes with the codec the schema was sent for.
 */
export const codecTransformer: LanguageModel.CodecTransformer = StructuredOutput.toCodec

type Converted = ReturnType<LanguageModel.CodecTransformer>

// Converting walks the whole schema: do it once per schema, not per call.
const cache = new WeakMap<object, Converted>()

const convert = (schema: Schema.Top): Converted => {
  let converted = cache.get(schema)
  if (converted === undefined) {
    converted = codecTransformer(schema as never)
    cache.set(schema, converted)
  }
  return converted
}

const message = (error: unknown): string => error instanceof Error ? error.message : String(error)

/** The strict JSON Schema of a structured output, or a typed error naming why it has none. */
export const responseSchema = (
  schema: Schema.Top,
  module: string,
  method: string
): Effect.Effect<JsonSchema.JsonSchema, AiError.AiError> =>
  Effect.try({
    try: () => convert(schema).jsonSchema,
    catch: (error) =>
      AiError.make({ module, method, reason: new AiError.UnsupportedSchemaError({ description: message(error) }) })
  })

/** A user tool as the API's function definition. */
export interface FunctionDefinition {
  readonly name: string
  readonly description: string | undefined
  readonly parameters: JsonSchema.JsonSchema
  readonly strict: boolean
}

// A dynamic tool given as raw JSON Schema is sent as written: it was not
// made for strict mode, unless the tool says so with `Tool.Strict`.
const isRawJsonSchema = (tool: Tool.Any): boolean => Tool.isDynamic(tool) && tool.jsonSchema !== undefined

/** A user-defined tool as a function definition, strict unless `Tool.Strict` says otherwise. */
export const functionDefinition = (
  tool: Tool.Any,
  module: string,
  method: string
): Effect.Effect<FunctionDefinition, AiError.AiError> => {
  const strict = Tool.getStrictMode(tool) ?? !isRawJsonSchema(tool)
  return Effect.try({
    try: () => ({
      name: tool.name,
      description: Tool.getDescription(tool),
      parameters: strict && !isRawJsonSchema(tool)
        ? convert(tool.parametersSchema).jsonSchema
        : Tool.getJsonSchema(tool),
      strict
    }),
    catch: (error) =>
      AiError.make({
        module,
        method,
        reason: new AiError.ToolConfigurationError({ toolName: tool.name, description: message(error) })
      })
  })
}

const invalidParams = (module: string, method: string, toolName: string, description: string) =>
  AiError.make({ module, method, reason: new AiError.ToolParameterValidationError({ toolName, description }) })

/**
 * The parameters of a function call: its JSON arguments parsed (refusing
 * prototype keys) and, for a strict tool, brought back from the strict form
 * to the tool's encoded parameters, which `LanguageModel` then decodes. A
 * tool the request did not declare keeps its arguments as sent.
 */
export const toolParams = (
  tools: ReadonlyArray<Tool.Any>,
  toolName: string,
  text: string,
  module: string,
  method: string
): Effect.Effect<unknown, AiError.AiError> => {
  let parsed: unknown
  try {
    parsed = Tool.unsafeSecureJsonParse(text === "" ? "{}" : text)
  } catch (error) {
    return Effect.fail(invalidParams(module, method, toolName, `arguments are not JSON: ${message(error)}`))
  }
  const tool = tools.find((tool) => tool.name === toolName)
  if (tool === undefined || Tool.isProviderDefined(tool) || isRawJsonSchema(tool)) return Effect.succeed(parsed)
  if (Tool.getStrictMode(tool) === false) return Effect.succeed(parsed)
  const schema = tool.parametersSchema as Schema.Codec<unknown, unknown>
  return Schema.decodeUnknownEffect(convert(schema).codec as Schema.Codec<unknown, unknown>)(parsed).pipe(
    Effect.flatMap(Schema.encodeUnknownEffect(schema)),
    Effect.mapError((error) => invalidParams(module, method, toolName, error.message))
  )
}
