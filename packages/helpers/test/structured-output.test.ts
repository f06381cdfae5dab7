import { assert, describe, it } from "@effect/vitest"
import * as StructuredOutput from "@openai-effect/helpers/StructuredOutput"
import * as OpenAiStructuredOutput from "effect/ai/OpenAiStructuredOutput"
import * as Tool from "effect/ai/Tool"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import { completion, response, text } from "./fixtures/completions.ts"

/** The strict JSON Schema of `{ x: schema }`, and what `x` became in it. */
const property = (schema: Schema.Top) =>
  (StructuredOutput.toCodec(Schema.Struct({ x: schema as Schema.Codec<unknown> })).jsonSchema.properties as any).x

const strictObject = (properties: Record<string, unknown>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false
})

const rejects = (schema: Schema.Top, path: ReadonlyArray<string>, reason: RegExp) => {
  try {
    StructuredOutput.toCodec(schema as Schema.Codec<unknown>)
  } catch (error) {
    assert.instanceOf(error, StructuredOutput.UnsupportedSchemaError)
    assert.deepStrictEqual(error.path, path)
    assert.match(error.reason, reason)
    return
  }
  assert.fail("not rejected")
}

// The pattern effect writes for `isUUID`, whatever it is.
const uuidPattern = (Schema.isUUID().annotations!.toJsonSchema!({ type: "string", schemas: [] }) as {
  readonly pattern: string
}).pattern

describe("StructuredOutput.toCodec: golden JSON Schemas", () => {
  const golden: ReadonlyArray<readonly [string, Schema.Top, unknown]> = [
    ["String", Schema.String, { type: "string" }],
    ["Finite", Schema.Finite, { type: "number" }],
    ["Number (JSON has only finite numbers)", Schema.Number, { type: "number" }],
    ["Int", Schema.Int, { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 }],
    ["Boolean", Schema.Boolean, { type: "boolean" }],
    ["Literal", Schema.Literal("a"), { type: "string", enum: ["a"] }],
    ["Literals", Schema.Literals(["a", 1]), {
      anyOf: [{ type: "string", enum: ["a"] }, { type: "number", enum: [1] }]
    }],
    ["Null", Schema.Null, { type: "null" }],
    ["NullOr", Schema.NullOr(Schema.String), { anyOf: [{ type: "string" }, { type: "null" }] }],
    ["optional: required and nullable", Schema.optional(Schema.String), {
      anyOf: [{ type: "string" }, { type: "null" }]
    }],
    ["optionalKey: required and nullable", Schema.optionalKey(Schema.String), {
      anyOf: [{ type: "string" }, { type: "null" }]
    }],
    ["optional(NullOr): one null", Schema.optional(Schema.NullOr(Schema.String)), {
      anyOf: [{ type: "string" }, { type: "null" }]
    }],
    ["Array", Schema.Array(Schema.String), { type: "array", items: { type: "string" } }],
    ["NonEmptyArray", Schema.NonEmptyArray(Schema.String), { type: "array", items: { type: "string" }, minItems: 1 }],
    [
      "Struct",
      Schema.Struct({ a: Schema.String, b: Schema.optional(Schema.Finite) }),
      strictObject({
        a: { type: "string" },
        b: { anyOf: [{ type: "number" }, { type: "null" }] }
      })
    ],
    ["Union", Schema.Union([Schema.String, Schema.Finite]), { anyOf: [{ type: "string" }, { type: "number" }] }],
    ["tagged Union", Schema.Union([Schema.TaggedStruct("A", { a: Schema.String }), Schema.TaggedStruct("B", {})]), {
      anyOf: [
        strictObject({ _tag: { type: "string", enum: ["A"] }, a: { type: "string" } }),
        strictObject({ _tag: { type: "string", enum: ["B"] } })
      ]
    }],
    ["Enum", Schema.Enum({ A: "a", B: "b" }), {
      anyOf: [{ type: "string", enum: ["a"] }, { type: "string", enum: ["b"] }]
    }],
    ["DateFromString (its encoded side, described)", Schema.DateFromString, {
      type: "string",
      description: "a string that will be decoded as a Date"
    }],
    ["isMinLength (no strict keyword: told in the description)", Schema.String.check(Schema.isMinLength(2)), {
      type: "string",
      description: "a value with a length of at least 2"
    }],
    ["isBetween", Schema.Finite.check(Schema.isBetween({ minimum: 1, maximum: 5 })), {
      type: "number",
      minimum: 1,
      maximum: 5
    }],
    ["isUUID (pattern and format)", Schema.String.check(Schema.isUUID()), {
      type: "string",
      pattern: uuidPattern,
      format: "uuid"
    }],
    ["isMaxLength of an array", Schema.Array(Schema.String).check(Schema.isMaxLength(3)), {
      type: "array",
      items: { type: "string" },
      maxItems: 3
    }],
    ["description annotation", Schema.String.annotate({ description: "a city" }), {
      type: "string",
      description: "a city"
    }]
  ]
  for (const [name, schema, expected] of golden) {
    it(name, () => assert.deepStrictEqual(property(schema), expected))
  }

  it("a tool with effect's default empty parameters is an empty object schema", () =>
    assert.deepStrictEqual(StructuredOutput.toCodec(Tool.make("now").parametersSchema).jsonSchema, strictObject({})))

  it("a recursive schema refers to itself through $defs, named by its identifier", () => {
    interface Node {
      readonly name: string
      readonly children: ReadonlyArray<Node>
    }
    const Node = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend((): Schema.Codec<Node> => Node))
    })
    const { jsonSchema } = StructuredOutput.toCodec(Node)
    const node = strictObject({
      name: { type: "string" },
      children: { type: "array", items: { $ref: "#/$defs/Recursive1" } }
    })
    assert.deepStrictEqual(jsonSchema, { ...node, $defs: { Recursive1: node } })
    const Named = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend((): Schema.Codec<Node> => Named).annotate({ identifier: "Node" }))
    })
    assert.deepStrictEqual(Object.keys(StructuredOutput.toCodec(Named).jsonSchema.$defs as object), ["Node"])
  })

  it("agrees with effect's toCodecOpenAI wherever effect's schema is one strict mode accepts", () => {
    for (
      const schema of [
        Schema.String,
        Schema.Finite,
        Schema.Int,
        Schema.Boolean,
        Schema.Literal("a"),
        Schema.Null,
        Schema.NullOr(Schema.String),
        Schema.Array(Schema.Struct({ a: Schema.String, b: Schema.optionalKey(Schema.Boolean) })),
        Schema.Union([Schema.String, Schema.Finite]),
        Schema.String.annotate({ description: "a city" })
      ]
    ) {
      const struct = Schema.Struct({ x: schema as Schema.Codec<unknown> })
      assert.deepStrictEqual(
        StructuredOutput.toCodec(struct).jsonSchema,
        OpenAiStructuredOutput.toCodecOpenAI(struct).jsonSchema
      )
    }
  })
})

describe("StructuredOutput.toCodec: what strict mode cannot express is refused before any request", () => {
  it("`unknown` is rejected with its path, where effect sends a schema without a type", () => {
    const schema = Schema.Struct({ a: Schema.Array(Schema.Struct({ meta: Schema.Unknown })) })
    assert.deepStrictEqual(
      (OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.a.items.properties.meta,
      { description: "JSON value" }
    )
    rejects(schema, ["a", "[]", "meta"], /`unknown` has no JSON type/)
  })

  it("`any` is rejected, where effect sends an empty schema", () => {
    const schema = Schema.Struct({ x: Schema.Any })
    assert.deepStrictEqual((OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.x, {})
    rejects(schema, ["x"], /`any` has no JSON type/)
  })

  it("a type with no JSON encoding is rejected, with what to use instead", () => {
    rejects(
      Schema.Struct({ at: Schema.Date }),
      ["at"],
      /a declared type .* has no JSON type \(use one that has, such as `Schema\.DateFromString`\)/
    )
    rejects(Schema.Struct({ n: Schema.BigInt }), ["n"], /`bigint` has no JSON type/)
    rejects(Schema.Struct({ u: Schema.Undefined }), ["u"], /`undefined` has no JSON type/)
  })

  it("a template literal is rejected: its RegExp is not a JSON Schema pattern", () =>
    rejects(Schema.Struct({ id: Schema.TemplateLiteral(["id-", Schema.Finite]) }), ["id"], /a template literal/))

  it("a record is rejected", () =>
    rejects(Schema.Struct({ tags: Schema.Record(Schema.String, Schema.String) }), ["tags"], /a record/))

  it("a tuple is rejected, where a non-empty array is not", () => {
    rejects(Schema.Struct({ pair: Schema.Tuple([Schema.String, Schema.Finite]) }), ["pair"], /a tuple/)
    rejects(Schema.Struct({ pair: Schema.Tuple([Schema.String, Schema.String]) }), ["pair"], /a tuple/)
  })

  it("a refinement with no JSON form is rejected, where effect drops it from the schema silently", () => {
    const schema = Schema.Struct({ code: Schema.String.check(Schema.makeFilter((s: string) => s.startsWith("A"))) })
    assert.deepStrictEqual((OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.code, {
      type: "string"
    })
    rejects(schema, ["code"], /refinement with no JSON Schema form/)
  })

  it("a non-object root is a typed error with the reason, where effect throws a plain Error", () => {
    assert.throws(() => OpenAiStructuredOutput.toCodecOpenAI(Schema.String), /Root JSON Schema must have type "object"/)
    rejects(Schema.String, [], /the root must be an object, not string/)
    rejects(Schema.Record(Schema.String, Schema.Finite), [], /a record/)
    rejects(Schema.Union([Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.String })]), [], /not a union/)
  })

  it("repeated anyOf members are sent once, where effect repeats null", () => {
    const schema = Schema.Struct({ x: Schema.optional(Schema.NullOr(Schema.String)) })
    assert.deepStrictEqual((OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.x.anyOf, [
      { type: "string" },
      { type: "null" },
      { type: "null" },
      { type: "null" }
    ])
    assert.deepStrictEqual(property(Schema.optional(Schema.NullOr(Schema.String))).anyOf, [
      { type: "string" },
      { type: "null" }
    ])
  })
})

describe("StructuredOutput.decode", () => {
  const Person = Schema.Struct({ name: Schema.String, age: Schema.optional(Schema.Finite) })
  const { codec } = StructuredOutput.toCodec(Person)

  it.effect("an optional field sent as null decodes to absent", () =>
    Effect.gen(function*() {
      const person = yield* StructuredOutput.decode(codec, `{"name":"Ada","age":null}`)
      assert.deepStrictEqual(person, { name: "Ada" })
      assert.isFalse("age" in person)
    }))

  it.effect("only an optional property's null is dropped, in arrays, union members and recursion", () =>
    Effect.gen(function*() {
      const Shape = Schema.Union([
        Schema.TaggedStruct("Circle", { r: Schema.Finite, label: Schema.optional(Schema.String) }),
        Schema.TaggedStruct("Box", { w: Schema.Finite, label: Schema.NullOr(Schema.String) })
      ])
      interface Tree {
        readonly shape: typeof Shape.Type
        readonly next?: Tree | undefined
      }
      const Tree = Schema.Struct({
        shape: Shape,
        next: Schema.optional(Schema.suspend((): Schema.Codec<Tree> => Tree))
      })
      const { codec } = StructuredOutput.toCodec(Schema.Struct({ trees: Schema.Array(Tree) }))
      const decoded = yield* StructuredOutput.decode(
        codec,
        JSON.stringify({
          trees: [
            {
              shape: { _tag: "Circle", r: 1, label: null },
              next: { shape: { _tag: "Box", w: 2, label: null }, next: null }
            },
            { shape: { _tag: "Box", w: 3, label: "lid" }, next: null }
          ]
        })
      )
      assert.deepStrictEqual(decoded, {
        trees: [
          { shape: { _tag: "Circle", r: 1 }, next: { shape: { _tag: "Box", w: 2, label: null } } },
          { shape: { _tag: "Box", w: 3, label: "lid" } }
        ]
      })
    }))

  it.effect("a member of a nested union is found; a value no member fits is left to the decoder", () =>
    Effect.gen(function*() {
      const Shape = Schema.Union([
        Schema.TaggedStruct("Circle", { r: Schema.optional(Schema.Finite) }),
        Schema.TaggedStruct("Dot", {})
      ])
      const { codec } = StructuredOutput.toCodec(
        Schema.Struct({ shape: Schema.NullOr(Shape), x: Schema.Union([Schema.String, Schema.Finite]) })
      )
      const decoded = yield* StructuredOutput.decode(codec, `{"shape":{"_tag":"Circle","r":null},"x":"a"}`)
      assert.deepStrictEqual(decoded, { shape: { _tag: "Circle" }, x: "a" })
      const error = yield* Effect.flip(StructuredOutput.decode(codec, `{"shape":null,"x":{"y":null}}`))
      assert.deepStrictEqual(error.path, ["x"])
    }))

  it.effect("a mismatch names the path of the value", () =>
    Effect.gen(function*() {
      const { codec } = StructuredOutput.toCodec(Schema.Struct({ people: Schema.Array(Person) }))
      const error = yield* Effect.flip(
        StructuredOutput.decode(codec, `{"people":[{"name":"Ada","age":36},{"name":"Bob","age":"x"}]}`)
      )
      assert.deepStrictEqual(error.path, ["people", 1, "age"])
      assert.match(error.message, /^The model's output does not match the schema at people\.1\.age: Expected number/)
    }))

  it.effect("text that is not JSON fails at the root", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(StructuredOutput.decode(codec, `{"name":"Ad`))
      assert.deepStrictEqual(error.path, [])
      assert.match(error.issue, /^not JSON: /)
    }))
})

describe("StructuredOutput.functionTool", () => {
  const Args = Schema.Struct({ city: Schema.String, days: Schema.optional(Schema.Int) })

  it("is a strict function tool whose parameters are the schema's strict JSON Schema", () =>
    assert.deepStrictEqual(JSON.parse(JSON.stringify(StructuredOutput.functionTool(Args, "forecast", "Days ahead"))), {
      type: "function",
      function: {
        name: "forecast",
        parameters: StructuredOutput.toCodec(Args).jsonSchema,
        strict: true,
        description: "Days ahead"
      }
    }))

  it.effect("carries the decoder of its arguments", () =>
    Effect.gen(function*() {
      const tool = StructuredOutput.functionTool(Args, "forecast")
      const args = yield* StructuredOutput.decode(StructuredOutput.codecOf(tool), `{"city":"Oslo","days":null}`)
      assert.deepStrictEqual(args, { city: "Oslo" })
    }))
})

describe("StructuredOutput.parse", () => {
  const Person = Schema.Struct({ name: Schema.String, age: Schema.optional(Schema.Finite) })
  const params = {
    model: "gpt-4o-mini",
    messages: [{ role: "user" as const, content: "Ada Lovelace" }],
    response_format: StructuredOutput.responseFormat(Person, "person")
  }
  const parseWith = (answer: TestHttp.Answer) => {
    const script = TestHttp.scripted([answer])
    return Effect.map(
      StructuredOutput.parse(params).pipe(Effect.provide(TestHttp.client(script))),
      (result) => ({ result, script })
    )
  }

  it.effect("sends the strict schema, and decodes the content into the message's parsed value", () =>
    Effect.gen(function*() {
      const { result, script } = yield* parseWith(TestHttp.json(200, text(`{"name":"Ada Lovelace","age":null}`)))
      const message = result.choices[0].message
      assert.strictEqual(message.outcome, "parsed")
      assert.deepStrictEqual(message.parsed, { name: "Ada Lovelace" })
      assert.deepStrictEqual(JSON.parse(script.requests[0].body!).response_format, {
        type: "json_schema",
        json_schema: {
          name: "person",
          strict: true,
          schema: strictObject({ name: { type: "string" }, age: { anyOf: [{ type: "number" }, { type: "null" }] } })
        }
      })
    }))

  it.effect("a refusal is the message's outcome, not an error", () =>
    Effect.gen(function*() {
      const { result } = yield* parseWith(TestHttp.json(200, completion({ refusal: "I can't help with that." })))
      const message = result.choices[0].message
      assert.strictEqual(message.outcome, "refusal")
      assert.strictEqual(message.parsed, null)
      assert.strictEqual(message.refusal, "I can't help with that.")
    }))

  it.effect("a length stop is the message's outcome, even with half a JSON value", () =>
    Effect.gen(function*() {
      const { result } = yield* parseWith(TestHttp.json(200, completion({ content: `{"name":"Ada Lo` }, "length")))
      assert.strictEqual(result.choices[0].message.outcome, "length")
      assert.strictEqual(result.choices[0].message.parsed, null)
    }))

  it.effect("a content_filter stop is the message's outcome", () =>
    Effect.gen(function*() {
      const { result } = yield* parseWith(TestHttp.json(200, completion({ content: null }, "content_filter")))
      assert.strictEqual(result.choices[0].message.outcome, "content_filter")
    }))

  it.effect("content that does not match the schema fails with a SchemaMismatchError naming the path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(parseWith(TestHttp.json(200, text(`{"name":42,"age":null}`))))
      assert.strictEqual(error._tag, "SchemaMismatchError")
      if (error._tag !== "SchemaMismatchError") return
      assert.deepStrictEqual(error.path, ["name"])
      assert.strictEqual(error.content, `{"name":42,"age":null}`)
    }))

  it.effect("each function tool call's arguments are decoded by the schema of its functionTool", () =>
    Effect.gen(function*() {
      const Forecast = Schema.Struct({ city: Schema.String, days: Schema.optional(Schema.Int) })
      const forecast = StructuredOutput.functionTool(Forecast, "forecast")
      const plain = { type: "function" as const, function: { name: "plain", parameters: {} } }
      const calls = [
        { id: "a", name: "forecast", arguments: `{"city":"Oslo","days":null}` },
        { id: "b", name: "plain", arguments: `{"x":1}` }
      ]
      const script = TestHttp.scripted([TestHttp.json(200, completion({ tool_calls: calls }))])
      const result = yield* StructuredOutput.parse({ ...params, tools: [forecast, plain] }).pipe(
        Effect.provide(TestHttp.client(script))
      )
      const message = result.choices[0].message
      assert.strictEqual(message.outcome, "tool_calls")
      const [first, second] = message.tool_calls ?? []
      assert.deepStrictEqual(first.type === "function" && first.parsed_arguments, { city: "Oslo" })
      assert.strictEqual(second.type === "function" && second.parsed_arguments, null)
      // The tools reach the server as strict function tools, without their decoders.
      assert.deepStrictEqual(JSON.parse(script.requests[0].body!).tools[0], JSON.parse(JSON.stringify(forecast)))
      // `parsed_arguments` has the schema's type.
      const typed: { readonly city: string; readonly days?: number | undefined } | null | undefined =
        first.type === "function" ? first.parsed_arguments : undefined
      assert.isDefined(typed)

      const bad = TestHttp.scripted([
        TestHttp.json(
          200,
          completion({ tool_calls: [{ id: "a", name: "forecast", arguments: `{"city":1,"days":null}` }] })
        )
      ])
      const error = yield* Effect.flip(
        StructuredOutput.parse({ ...params, tools: [forecast] }).pipe(Effect.provide(TestHttp.client(bad)))
      )
      assert.strictEqual(error._tag, "SchemaMismatchError")
      if (error._tag === "SchemaMismatchError") assert.deepStrictEqual(error.path, ["city"])
    }))

  it("an unsupported schema is rejected when the format is built, before any request", () =>
    assert.throws(
      () => StructuredOutput.responseFormat(Schema.Struct({ meta: Schema.Unknown }), "x"),
      StructuredOutput.UnsupportedSchemaError
    ))
})

describe("StructuredOutput.parseResponse", () => {
  const Answer = Schema.Struct({ answer: Schema.String })
  const message = (...content: ReadonlyArray<Record<string, unknown>>) => ({
    id: "msg_1",
    type: "message",
    role: "assistant",
    status: "completed",
    content
  })
  const run = (answer: TestHttp.Answer) => {
    const script = TestHttp.scripted([answer])
    return Effect.map(
      StructuredOutput.parseResponse({
        model: "gpt-4o-mini",
        input: "What is 2 + 2?",
        text: { format: StructuredOutput.responseFormat(Answer, "answer") }
      }).pipe(Effect.provide(TestHttp.client(script))),
      (result) => ({ result, script })
    )
  }

  it.effect("sends the format as the Responses API's text.format and decodes the output text", () =>
    Effect.gen(function*() {
      const { result, script } = yield* run(TestHttp.json(
        200,
        response([message({ type: "output_text", text: `{"answer":"4"}`, annotations: [] })])
      ))
      assert.strictEqual(result.outcome, "parsed")
      assert.deepStrictEqual(result.parsed, { answer: "4" })
      assert.deepStrictEqual(JSON.parse(script.requests[0].body!).text, {
        format: {
          type: "json_schema",
          name: "answer",
          strict: true,
          schema: strictObject({ answer: { type: "string" } })
        }
      })
    }))

  it.effect("an incomplete response cut at max_output_tokens is the length outcome", () =>
    Effect.gen(function*() {
      const { result } = yield* run(TestHttp.json(
        200,
        response([message({ type: "output_text", text: `{"ans`, annotations: [] })], {
          status: "incomplete",
          incomplete_details: { reason: "max_output_tokens" }
        })
      ))
      assert.strictEqual(result.outcome, "length")
      assert.strictEqual(result.parsed, null)
    }))

  it.effect("a refusal part is the refusal outcome", () =>
    Effect.gen(function*() {
      const { result } = yield* run(
        TestHttp.json(200, response([message({ type: "refusal", refusal: "No." })]))
      )
      assert.strictEqual(result.outcome, "refusal")
    }))
})
