/**
 * A toolkit made ready for a tool loop: each tool's strict definition, and one way to run a call
 * whose every failure becomes a result the model can read.
 */
import * as Tool from "effect/ai/Tool"
import type * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import type * as JsonSchema from "effect/JsonSchema"
import * as SchemaAST from "effect/SchemaAST"
import * as Stream from "effect/Stream"
import * as Strict from "./strictSchema.ts"

/** A function tool as both APIs describe it (chat nests it under `function`). */
export interface Definition {
  readonly name: string
  readonly description?: string
  readonly parameters: JsonSchema.JsonSchema
  readonly strict: boolean
}

/** What a call gives back to the model. */
export interface Output {
  readonly content: string
  readonly isFailure: boolean
}

export interface Prepared<R> {
  readonly definitions: ReadonlyArray<Definition>
  readonly call: (name: string, args: string, id: string) => Effect.Effect<Output, never, R>
}

const text = (value: unknown): string => typeof value === "string" ? value : JSON.stringify(value) ?? "null"

const failure = (message: string): Output => ({ content: `Error: ${message}`, isFailure: true })

const describe = (error: unknown): string =>
  error instanceof Error && error.message !== "" ? error.message : text(error)

/** Converts every tool of `toolkit` (failing on a schema strict mode cannot express) and binds its handlers. */
export const prepare = Effect.fnUntraced(function*<Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>
) {
  // Each tool's encoded AST, which brings the model's strict arguments back to the tool's encoding.
  const encoded: Record<string, SchemaAST.AST | undefined> = {}
  const definitions: Array<Definition> = []
  for (const tool of Object.values(toolkit.tools)) {
    // A dynamic tool described by raw JSON Schema (an MCP tool) is sent as it is, not strict: its
    // arguments reach the handler as parsed JSON.
    const raw = Tool.isDynamic(tool) ? tool.jsonSchema : undefined
    let parameters: JsonSchema.JsonSchema
    try {
      parameters = raw ?? Strict.jsonSchema(tool.parametersSchema)
    } catch (error) {
      if (!(error instanceof Strict.UnsupportedSchemaError)) throw error
      return yield* new Strict.UnsupportedSchemaError({
        path: error.path,
        reason: `in the parameters of tool "${tool.name}": ${error.reason}`
      })
    }
    encoded[tool.name] = raw === undefined ? SchemaAST.toEncoded(tool.parametersSchema.ast) : undefined
    definitions.push({
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      parameters,
      strict: raw === undefined
    })
  }
  const handlers = yield* toolkit
  const call = (
    name: string,
    args: string,
    id: string
  ): Effect.Effect<Output, never, Tool.HandlerServices<Tools[keyof Tools]>> => {
    const ast = Object.hasOwn(encoded, name) ? encoded[name] : undefined
    // The toolkit finds the tool and decodes the parameters; an unknown name or a mismatch comes
    // back as its error (naming the tools, or the path), for the model to read.
    return Effect.try({
      try: () => JSON.parse(args === "" ? "{}" : args),
      // JSON.parse's own message says where the text stops being JSON.
      catch: (error) => error
    }).pipe(
      Effect.flatMap((json) =>
        handlers.handle(name, (ast === undefined ? json : Strict.dropNulls(ast, json)) as never, id)
      ),
      Effect.flatMap((results) =>
        Stream.runFold(
          results,
          () => failure("no result"),
          (last: Output, result) =>
            result.preliminary ? last : { content: text(result.encodedResult), isFailure: result.isFailure }
        )
      ),
      Effect.catch((error) => Effect.succeed(failure(describe(error))))
    ) as Effect.Effect<Output, never, Tool.HandlerServices<Tools[keyof Tools]>>
  }
  return { definitions, call } satisfies Prepared<Tool.HandlerServices<Tools[keyof Tools]>>
})
