/**
 * An Effect `Schema` as OpenAI's strict JSON Schema, written from the
 * schema's encoded side (what the model must send), and the step back from
 * the strict form: strict mode makes every property required, so an optional
 * one arrives as `null` and is removed before the schema decodes.
 *
 * Strict mode has no "any value", no map and no tuple, and JSON has no
 * `Date` or `undefined`: those are refused with the path that leads to them,
 * never sent as a schema OpenAI rejects or one that says less than the
 * schema checks.
 */
import * as Data from "effect/Data"
import type * as JsonSchema from "effect/JsonSchema"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import * as SchemaTransformation from "effect/SchemaTransformation"

/**
 * A schema OpenAI's strict mode cannot express, found before any request: `path` leads from the
 * root to the construct (property names, `[]` for array items).
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
    return `Unsupported schema for strict mode at ${pathText(this.path)}: ${this.reason}`
  }
}

/** A path as the errors print it: `a.b[]`, or "the root". */
export const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.length === 0 ? "the root" : path.map(String).join(".").replaceAll(".[", "[")

const fail = (path: ReadonlyArray<string>, reason: string): never => {
  throw new UnsupportedSchemaError({ path, reason })
}

// The keywords strict mode accepts in a check's fragment (which is written for the value's type).
const keywords = [
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems"
]

// The text a node or a check gives of itself (its description, else what it expects) is added to the
// schema's description.
const describe = (
  schema: JsonSchema.JsonSchema,
  annotations: { readonly description?: string | undefined; readonly expected?: string | undefined } | undefined
): void => {
  const text = annotations?.description ?? annotations?.expected
  if (text !== undefined) schema.description = schema.description ? `${schema.description}; ${text}` : text
}

// Unions are flat (see `union`): null is the schema or one of its members.
const isNullable = (schema: JsonSchema.JsonSchema): boolean =>
  [schema, ...(schema.anyOf as Array<JsonSchema.JsonSchema> | undefined) ?? []].some((member) => member.type === "null")

const literal = (value: unknown, path: ReadonlyArray<string>): JsonSchema.JsonSchema => ({
  type: typeof value === "bigint" ? fail(path, "a bigint literal has no JSON type") : typeof value,
  enum: [value]
})

// Nested unions are flattened, and a member is sent once.
const union = (members: ReadonlyArray<JsonSchema.JsonSchema>): JsonSchema.JsonSchema => {
  const out = new Map<string, JsonSchema.JsonSchema>()
  for (const member of members.flatMap((member) => member.anyOf as Array<JsonSchema.JsonSchema> ?? [member])) {
    out.set(JSON.stringify(member), member)
  }
  return out.size === 1 ? [...out.values()][0] : { anyOf: [...out.values()] }
}

/** Writes the strict JSON Schema of an encoded AST; recursive parts go to `$defs`, named in `names`. */
const write = (
  ast: SchemaAST.AST,
  path: ReadonlyArray<string>,
  names: Map<SchemaAST.AST, string>,
  $defs: Record<string, JsonSchema.JsonSchema>
): JsonSchema.JsonSchema => {
  const next = (ast: SchemaAST.AST, segment?: string) =>
    write(ast, segment === undefined ? path : [...path, segment], names, $defs)
  let out: JsonSchema.JsonSchema
  switch (ast._tag) {
    case "String":
    case "Number":
    case "Boolean":
    case "Null":
      out = { type: ast._tag.toLowerCase() }
      break
    case "Literal":
      out = literal(ast.literal, path)
      break
    case "Enum":
      out = union(ast.enums.map(([, value]) => literal(value, path)))
      break
    case "TemplateLiteral":
      // Its pattern would be a JavaScript RegExp, which JSON Schema may read differently.
      return fail(path, "a template literal (use a string)")
    case "Union": {
      // `undefined` has no JSON form: an optional property arrives as `null` instead.
      const members = ast.types.filter((member) => member._tag !== "Undefined").map((member) => next(member))
      out = members.length > 0 ? union(members) : fail(path, "`undefined` has no JSON type")
      break
    }
    case "Arrays": {
      // An array, or a non-empty one (`NonEmptyArray`): its leading elements are the rest's type.
      const [items, ...more] = ast.rest
      if (items === undefined || more.length > 0 || ast.elements.some((element) => element !== items)) {
        return fail(path, "a tuple (use an array or a struct)")
      }
      out = { type: "array", items: next(items, "[]") }
      if (ast.elements.length > 0) out.minItems = ast.elements.length
      break
    }
    case "Objects": {
      // An index signature of `never` (effect's `Tool.EmptyParams`) allows no other keys.
      if (ast.indexSignatures.some((index) => !SchemaAST.isNever(index.type))) {
        return fail(path, "a record (use an array of entries)")
      }
      const properties: Record<string, JsonSchema.JsonSchema> = {}
      for (const { name, type } of ast.propertySignatures) {
        if (typeof name !== "string") return fail(path, "a symbol key has no JSON form")
        const schema = next(type, name)
        // Strict mode requires every property: an optional one is sent as `null`.
        properties[name] = SchemaAST.isOptional(type) && !isNullable(schema)
          ? union([schema, { type: "null" }])
          : schema
      }
      out = { type: "object", properties, required: Object.keys(properties), additionalProperties: false }
      break
    }
    case "Suspend": {
      let name = names.get(ast)
      if (name === undefined) {
        name = (ast.annotations?.identifier as string | undefined) ?? `Recursive${names.size + 1}`
        names.set(ast, name)
        $defs[name] = next(ast.thunk())
      }
      return { $ref: `#/$defs/${name}` }
    }
    default:
      // `unknown`, `any`, `never`, `undefined`, `bigint`, a symbol, or a declared type such as `Date`.
      return fail(
        path,
        `${
          ast._tag === "Declaration" ? "a declared type (a `Date`...)" : `\`${ast._tag.toLowerCase()}\``
        } has no JSON type (use one that has, such as \`Schema.DateFromString\`)`
      )
  }
  describe(out, ast.annotations)
  for (const check of ast.checks ?? []) constrain(out, check, path)
  return out
}

// A check's JSON Schema keywords that strict mode takes are sent; what it cannot check is at least
// told to the model, in the description.
const constrain = (out: JsonSchema.JsonSchema, check: SchemaAST.Check<unknown>, path: ReadonlyArray<string>): void => {
  if (check._tag === "FilterGroup") return check.checks.forEach((member) => constrain(out, member, path))
  const toJsonSchema = check.annotations?.toJsonSchema
  if (toJsonSchema === undefined) {
    return fail(
      path,
      "a refinement with no JSON Schema form (give it a `toJsonSchema` annotation)"
    )
  }
  const result = toJsonSchema({ type: out.type as JsonSchema.Type, schemas: [] })
  // `[fragment, true]` is a looser fragment than the check.
  const fragment = Array.isArray(result) ? result[0] : result
  let loose = Array.isArray(result)
  for (const [key, value] of Object.entries(fragment as JsonSchema.JsonSchema)) {
    if (key === "type" || keywords.includes(key)) {
      out[key] = value
    } else loose = true
  }
  if (loose) describe(out, check.annotations)
}

/** The strict JSON Schema of `schema`; throws an `UnsupportedSchemaError`. */
export const jsonSchema = (schema: { readonly ast: SchemaAST.AST }): JsonSchema.JsonSchema => {
  const ast = SchemaAST.toEncoded(schema.ast)
  const root = ast._tag === "Suspend" ? ast.thunk() : ast
  if (root._tag !== "Objects") {
    fail(
      [],
      `the root must be an object, not ${
        root._tag === "Union" ? "a union" : root._tag.toLowerCase()
      }: wrap it in a property`
    )
  }
  const $defs: Record<string, JsonSchema.JsonSchema> = {}
  const out = write(ast, [], new Map(), $defs)
  return Object.keys($defs).length > 0 ? { ...out, $defs } : out
}

/**
 * The model's strict JSON as the schema's encoded value: the `null` sent for
 * each optional property is removed, guided by the encoded AST
 * (`SchemaAST.toEncoded`); in a union, by the first member the value fits.
 */
export const dropNulls = (ast: SchemaAST.AST, value: unknown): unknown => {
  if (typeof value !== "object" || value === null) return value
  switch (ast._tag) {
    case "Suspend":
      return dropNulls(ast.thunk(), value)
    case "Union": {
      // A value no member fits is left for the decoder to reject.
      const member = ast.types.find((type) => fits(type, value))
      return member === undefined ? value : dropNulls(member, value)
    }
    case "Arrays":
      // Tuples were refused: every element has the rest's type.
      return Array.isArray(value) ? value.map((item) => dropNulls(ast.rest[0], item)) : value
    case "Objects": {
      const out: Record<string, unknown> = { ...value }
      for (const { name, type } of ast.propertySignatures) {
        if (out[name as string] === null && SchemaAST.isOptional(type)) delete out[name as string]
        else if (name as string in out) out[name as string] = dropNulls(type, out[name as string])
      }
      return out
    }
  }
  return value
}

// A union member a JSON value could be: arrays for an array; for an object, one whose properties
// it all has (strict mode sends every one) with the values of its literal properties; a nested
// union when one of its members is.
const fits = (ast: SchemaAST.AST, value: object): boolean =>
  ast._tag === "Suspend"
    ? fits(ast.thunk(), value)
    : ast._tag === "Union"
    ? ast.types.some((member) => fits(member, value))
    : ast._tag === "Arrays"
    ? Array.isArray(value)
    : ast._tag === "Objects" && !Array.isArray(value) && ast.propertySignatures.every(({ name, type }) =>
      name in value && (type._tag !== "Literal" || (value as Record<PropertyKey, unknown>)[name] === type.literal)
    )

/** `schema` decoding the model's strict JSON (optional properties as `null`). */
export const codec = <T, E, RD, RE>(
  schema: Schema.ConstraintCodec<T, E, RD, RE>
): Schema.ConstraintCodec<T, unknown, RD, RE> => {
  const ast = SchemaAST.toEncoded(schema.ast)
  return Schema.Unknown.pipe(
    Schema.decodeTo(
      schema,
      SchemaTransformation.transform({ decode: (value) => dropNulls(ast, value) as E, encode: (value) => value })
    )
  ) as never
}
