import { assert, describe, it } from "@effect/vitest"
import { declareSchema } from "./declarations.ts"
import type { Schema } from "./spec.ts"
import { emptyImports, TypeRenderer } from "./types.ts"

const schemas: Record<string, Schema> = {
  ChatModel: { type: "string", enum: ["gpt-4o", "gpt-4o-mini"] },
  ModelIds: { anyOf: [{ type: "string" }, { $ref: "#/components/schemas/ChatModel" }] },
  Role: { type: "string", enum: ["user", "assistant"] },
  Base: {
    type: "object",
    properties: { id: { type: "string" }, note: { type: "string" }, size: { type: "integer" } },
    required: ["id"]
  },
  Derived: {
    allOf: [
      { $ref: "#/components/schemas/Base" },
      { type: "object", properties: { size: { type: "string" }, extra: { type: "boolean" } }, required: ["note"] }
    ]
  },
  Filter: {
    type: "object",
    properties: {
      type: { type: "string", enum: ["and", "or"] },
      filters: { type: "array", items: { anyOf: [{ $ref: "#/components/schemas/Role" }, { $recursiveRef: "#" }] } }
    },
    required: ["type", "filters"]
  }
}

const render = (s: Schema) => {
  const imports = emptyImports()
  const type = new TypeRenderer({ schemas, imports, self: undefined }).render(s)
  return { type, imports }
}

describe("type mapping", () => {
  it("keeps a string-or-enum union open, literals first", () => {
    assert.strictEqual(
      render({ anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }] }).type,
      "\"a\" | \"b\" | (string & {})"
    )
    assert.strictEqual(render({ $ref: "#/components/schemas/ModelIds" }).type, "ModelIds")
    assert.strictEqual(declareSchema(schemas, "ModelIds").text, "export type ModelIds = ChatModel | (string & {})\n")
  })

  it("keeps a plain enum closed", () => {
    assert.strictEqual(declareSchema(schemas, "Role").text, "export type Role = \"user\" | \"assistant\"\n")
  })

  it("does not open a union of a string and a non-literal", () => {
    assert.strictEqual(
      render({ anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }).type,
      "string | ReadonlyArray<string>"
    )
  })

  it("adds null for every spelling of nullable, once and last", () => {
    assert.strictEqual(render({ type: "string", nullable: true }).type, "string | null")
    assert.strictEqual(render({ type: ["integer", "null"] }).type, "number | null")
    assert.strictEqual(render({ anyOf: [{ type: "string" }, { type: "null" }] }).type, "string | null")
    assert.strictEqual(
      render({ anyOf: [{ type: "null" }, { $ref: "#/components/schemas/Role" }], nullable: true }).type,
      "Role | null"
    )
  })

  it("marks optional properties optional and keeps required ones exact", () => {
    const type = render({
      type: "object",
      properties: { a: { type: "string" }, b: { type: "number", nullable: true } },
      required: ["a"]
    }).type
    assert.strictEqual(type, "{\n  readonly a: string\n  readonly b?: number | null | undefined\n}")
  })

  it("maps binary strings to Uploadable and records the import", () => {
    const { type, imports } = render({ type: "string", format: "binary" })
    assert.strictEqual(type, "Uploadable")
    assert.isTrue(imports.uploadable)
  })

  it("types maps and open objects without any", () => {
    assert.strictEqual(
      render({ type: "object", additionalProperties: { type: "string" } }).type,
      "{ readonly [key: string]: string }"
    )
    assert.strictEqual(render({ type: "object" }).type, "{ readonly [key: string]: unknown }")
    assert.strictEqual(render({}).type, "unknown")
    assert.strictEqual(render({ anyOf: [{}, { type: "string" }] }).type, "unknown")
  })

  it("writes facts, not prose, in doc comments", () => {
    const type = render({
      type: "object",
      properties: {
        n: { type: "integer", description: "How many.", default: 1, minimum: 1, maximum: 10 },
        old: { type: "string", deprecated: true, description: "Do not use." }
      }
    }).type
    assert.include(type, "@default 1")
    assert.include(type, "@minimum 1")
    assert.include(type, "@maximum 10")
    assert.include(type, "@deprecated")
    assert.notInclude(type, "How many")
    assert.notInclude(type, "Do not use")
  })

  it("records referenced schemas for imports", () => {
    const { imports } = render({ type: "array", items: { $ref: "#/components/schemas/Role" } })
    assert.deepStrictEqual([...imports.schemas], ["Role"])
  })
})

describe("declarations", () => {
  it("declares objects as interfaces", () => {
    assert.strictEqual(
      declareSchema(schemas, "Base").text,
      "export interface Base {\n  readonly id: string\n  readonly note?: string | undefined\n  readonly size?: number | undefined\n}\n"
    )
  })

  it("extends allOf bases, omitting what is redeclared or made required", () => {
    const text = declareSchema(schemas, "Derived").text
    assert.include(text, "export interface Derived extends Omit<Base, \"note\" | \"size\"> {")
    assert.include(text, "  readonly note: string\n")
    assert.include(text, "  readonly size?: string | undefined\n")
    assert.include(text, "  readonly extra?: boolean | undefined\n")
  })

  it("resolves $recursiveRef to the schema being declared", () => {
    assert.include(declareSchema(schemas, "Filter").text, "readonly filters: ReadonlyArray<Role | Filter>")
  })
})
