import { assert, describe, it } from "@effect/vitest"
import * as StructuredOutput from "@openai-effect/helpers/StructuredOutput"
import * as OpenAiStructuredOutput from "effect/ai/OpenAiStructuredOutput"
import * as Tool from "effect/ai/Tool"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import { completion, text } from "./fixtures.ts"

/** The strict JSON Schema of `{ x: schema }`, and what `x` became in it. */
const property = (schema: Schema.Top) =>
  (StructuredOutput.toCodec(Schema.Struct({ x: schema as Schema.Codec<unknown> })).jsonSchema.properties as any).x

const strictObject = (properties: Record<string, unknown>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false
})

const tupleDescription =
  "Tuple encoded as an object with numeric string keys ('0', '1', ...). If present, '__rest__' contains remaining elements"

describe("StructuredOutput.toCodec: golden JSON Schemas", () => {
  const golden: ReadonlyArray<readonly [string, Schema.Top, unknown]> = [
    ["String", Schema.String, { type: "string" }],
    ["Finite", Schema.Finite, { type: "number" }],
    ["Number (non-finite values travel as strings)", Schema.Number, {
      anyOf: [{ type: "number" }, { type: "string", enum: ["Infinity", "-Infinity", "NaN"] }]
    }],
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
    ["Tuple", Schema.Tuple([Schema.String, Schema.Finite]), {
      ...strictObject({ 0: { type: "string" }, 1: { type: "number" } }),
      description: tupleDescription
    }],
    ["NonEmptyArray", Schema.NonEmptyArray(Schema.String), {
      ...strictObject({ 0: { type: "string" }, __rest__: { type: "array", items: { type: "string" } } }),
      description: tupleDescription
    }],
    ["Record (as [key, value] entries)", Schema.Record(Schema.String, Schema.Finite), {
      type: "array",
      items: { ...strictObject({ 0: { type: "string" }, 1: { type: "number" } }), description: tupleDescription },
      description: "Object encoded as array of [key, value] pairs. Apply object constraints to the decoded object"
    }],
    [
      "Struct",
      Schema.Struct({ a: Schema.String, b: Schema.optional(Schema.Finite) }),
      strictObject({
        a: { type: "string" },
        b: { anyOf: [{ type: "number" }, { type: "null" }] }
      })
    ],
    ["Union", Schema.Union([Schema.String, Schema.Finite]), { anyOf: [{ type: "string" }, { type: "number" }] }],
    ["tagged Union", Schema.Union([Schema.TaggedStruct("A", { a: Schema.String })]), {
      anyOf: [strictObject({ _tag: { type: "string", enum: ["A"] }, a: { type: "string" } })]
    }],
    ["Enum", Schema.Enum({ A: "a", B: "b" }), {
      anyOf: [{ type: "string", enum: ["a"], title: "A" }, { type: "string", enum: ["b"], title: "B" }]
    }],
    ["TemplateLiteral", Schema.TemplateLiteral(["id-", Schema.String]), { type: "string", pattern: "^id-[\\s\\S]*?$" }],
    ["Date (an ISO string)", Schema.Date, { type: "string", description: "a string that will be decoded as a Date" }],
    ["BigInt (a string)", Schema.BigInt, {
      type: "string",
      pattern: "^-?\\d+$",
      description: "a string representing a bigint"
    }],
    ["isMinLength (kept as a description)", Schema.String.check(Schema.isMinLength(2)), {
      type: "string",
      description: "a value with a length of at least 2"
    }],
    ["isBetween", Schema.Finite.check(Schema.isBetween({ minimum: 1, maximum: 5 })), {
      type: "number",
      minimum: 1,
      maximum: 5,
      description: "a value between 1 and 5"
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
    assert.deepStrictEqual(StructuredOutput.toCodec(Tool.make("now").parametersSchema).jsonSchema, {
      type: "object",
      additionalProperties: false,
      properties: {}
    }))

  it("a recursive schema refers to itself through $defs", () => {
    interface Node {
      readonly name: string
      readonly children: ReadonlyArray<Node>
    }
    const Node = Schema.Struct({
      name: Schema.String,
      children: Schema.Array(Schema.suspend((): Schema.Codec<Node> => Node))
    })
    const { jsonSchema } = StructuredOutput.toCodec(Node)
    assert.deepStrictEqual((jsonSchema.properties as any).children, {
      type: "array",
      items: { $ref: "#/$defs/Suspend_" }
    })
    assert.deepStrictEqual(jsonSchema.$defs, {
      Suspend_: strictObject({
        name: { type: "string" },
        children: { type: "array", items: { $ref: "#/$defs/Suspend_" } }
      })
    })
  })
})

describe("StructuredOutput.toCodec: what effect's toCodecOpenAI lacks", () => {
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

  it("`unknown` is rejected with its path, where effect sends a schema without a type", () => {
    const schema = Schema.Struct({ a: Schema.Array(Schema.Struct({ meta: Schema.Unknown })) })
    assert.deepStrictEqual(
      (OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.a.items.properties.meta,
      { description: "JSON value" }
    )
    rejects(schema, ["a", "[]", "meta"], /has no JSON type/)
  })

  it("`any` is rejected, where effect sends an empty schema", () => {
    const schema = Schema.Struct({ x: Schema.Any })
    assert.deepStrictEqual((OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.x, {})
    rejects(schema, ["x"], /`any` has no JSON type/)
  })

  it("record values are checked too", () =>
    rejects(Schema.Struct({ tags: Schema.Record(Schema.String, Schema.Unknown) }), ["tags", "[key]"], /no JSON type/))

  it("a refinement with no JSON form is rejected, where effect drops it from the schema silently", () => {
    const schema = Schema.Struct({ code: Schema.String.check(Schema.makeFilter((s: string) => s.startsWith("A"))) })
    assert.deepStrictEqual((OpenAiStructuredOutput.toCodecOpenAI(schema).jsonSchema as any).properties.code, {
      type: "string"
    })
    rejects(schema, ["code"], /refinement with no JSON Schema form/)
  })

  it("a non-object root is a typed error with the reason, where effect throws a plain Error", () => {
    assert.throws(() => OpenAiStructuredOutput.toCodecOpenAI(Schema.String), /Root JSON Schema must have type "object"/)
    rejects(Schema.String, [], /the root must be an object with known properties, not string/)
    rejects(Schema.Record(Schema.String, Schema.Finite), [], /not a record/)
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

  it("an unsupported schema is rejected when the format is built, before any request", () =>
    assert.throws(
      () => StructuredOutput.responseFormat(Schema.Struct({ meta: Schema.Unknown }), "x"),
      StructuredOutput.UnsupportedSchemaError
    ))
})

describe("StructuredOutput.parseResponse", () => {
  const Answer = Schema.Struct({ answer: Schema.String })
  const response = (fields: Record<string, unknown>) => ({
    id: "resp_1",
    object: "response",
    created_at: 1,
    status: "completed",
    model: "gpt-4o-mini",
    error: null,
    incomplete_details: null,
    output: [],
    ...fields
  })
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
        response({ output: [message({ type: "output_text", text: `{"answer":"4"}`, annotations: [] })] })
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
        response({
          status: "incomplete",
          incomplete_details: { reason: "max_output_tokens" },
          output: [message({ type: "output_text", text: `{"ans`, annotations: [] })]
        })
      ))
      assert.strictEqual(result.outcome, "length")
      assert.strictEqual(result.parsed, null)
    }))

  it.effect("a refusal part is the refusal outcome", () =>
    Effect.gen(function*() {
      const { result } = yield* run(
        TestHttp.json(200, response({ output: [message({ type: "refusal", refusal: "No." })] }))
      )
      assert.strictEqual(result.outcome, "refusal")
    }))
})
