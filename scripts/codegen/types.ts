/**
 * Maps the spec's JSON Schemas to TypeScript types.
 *
 * Responses are typed, not validated, so the types only describe the wire format:
 *
 * - `$ref` is the named type; `$recursiveRef: "#"` is the schema being declared.
 * - `nullable: true`, a `"null"` member of `type` or a `{ type: "null" }` member of `anyOf`/`oneOf`
 *   add `| null`; a property not in `required` is optional (`readonly p?: T | undefined`).
 * - `enum` and `const` are literal unions. A union that has a plain `string` member next to string
 *   literals (`anyOf: [{ type: string }, { enum: [...] }]`, the spec's way of saying "these values and
 *   any future one") keeps the literals for completion and stays open: `"a" | "b" | (string & {})`.
 * - `allOf` of object schemas is an interface that extends the referenced ones; properties an inline
 *   member redeclares, or makes required, are omitted from the base and declared again.
 * - Objects without properties are string-keyed records (`{ readonly [key: string]: unknown }` when
 *   the spec says nothing about the values); arrays are `ReadonlyArray`.
 * - `format: binary` (multipart file fields) is the core's `Uploadable`.
 * - A schema that says nothing is `unknown`; `any` is never produced.
 *
 * Doc comments carry facts only: `@deprecated`, `@default`, limits, `@format`, `@pattern`.
 */
import { propertyKey, typeName } from "./naming.ts"
import type { Schema } from "./spec.ts"
import { refName } from "./spec.ts"

/** What a rendered type needs from its surroundings. */
export interface Imports {
  readonly schemas: Set<string>
  uploadable: boolean
}

export const emptyImports = (): Imports => ({ schemas: new Set(), uploadable: false })

export interface TypeContext {
  readonly schemas: Readonly<Record<string, Schema>>
  readonly imports: Imports
  /** The named schema being declared, for `$recursiveRef`. */
  readonly self: string | undefined
}

const INDENT = "  "

const isNullSchema = (s: Schema): boolean =>
  s.type === "null" || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === "null")

const typesOf = (s: Schema): ReadonlyArray<string> =>
  s.type === undefined ? [] : typeof s.type === "string" ? [s.type] : s.type

const literal = (value: unknown): string =>
  value === null ? "null" : typeof value === "string" ? JSON.stringify(value) : String(value)

/** A copy of a schema without some keys. */
export const withoutKeys = (s: Schema, keys: ReadonlyArray<keyof Schema>): Schema => {
  const copy: Record<string, unknown> = { ...s }
  for (const key of keys) delete copy[key]
  return copy as Schema
}

export const resolve = (schemas: Readonly<Record<string, Schema>>, s: Schema): Schema =>
  s.$ref !== undefined ? schemas[refName(s.$ref)] ?? {} : s

/** A plain `string` with no literal values and no `format: binary`. */
const isPlainString = (s: Schema): boolean =>
  s.$ref === undefined && s.enum === undefined && s.const === undefined && s.anyOf === undefined
  && s.oneOf === undefined && s.allOf === undefined && s.format !== "binary"
  && typesOf(s).length === 1 && typesOf(s)[0] === "string"

/** The schema is (or is a union containing) string literals. */
export const hasStringLiterals = (
  schemas: Readonly<Record<string, Schema>>,
  s: Schema,
  seen: Set<string> = new Set()
): boolean => {
  if (s.$ref !== undefined) {
    const name = refName(s.$ref)
    if (seen.has(name)) return false
    seen.add(name)
    return hasStringLiterals(schemas, schemas[name] ?? {}, seen)
  }
  if (s.enum !== undefined) return s.enum.some((v) => typeof v === "string")
  if (typeof s.const === "string") return true
  const members = s.anyOf ?? s.oneOf
  if (members !== undefined) return members.some((m) => hasStringLiterals(schemas, m, seen))
  if (s.allOf !== undefined && s.allOf.length === 1) return hasStringLiterals(schemas, s.allOf[0]!, seen)
  return false
}

/** Facts about a value, as JSDoc tag lines (no prose from the spec). */
export const facts = (schemas: Readonly<Record<string, Schema>>, s: Schema): ReadonlyArray<string> => {
  const lines: Array<string> = []
  const visit = (schema: Schema, depth: number): void => {
    if (schema.deprecated === true) lines.push("@deprecated")
    if (schema.default !== undefined) {
      const text = JSON.stringify(schema.default)
      if (text.length <= 120) lines.push(`@default ${text}`)
    }
    const limit = (tag: string, n: number | undefined) => {
      // int64 bounds do not survive as JavaScript numbers: leave them out rather than print wrong values.
      if (n !== undefined && (!Number.isInteger(n) || Number.isSafeInteger(n))) lines.push(`@${tag} ${n}`)
    }
    limit("minimum", schema.minimum)
    if (typeof schema.exclusiveMinimum === "number") limit("exclusiveMinimum", schema.exclusiveMinimum)
    limit("maximum", schema.maximum)
    if (typeof schema.exclusiveMaximum === "number") limit("exclusiveMaximum", schema.exclusiveMaximum)
    if (schema.minLength !== undefined) lines.push(`@minLength ${schema.minLength}`)
    if (schema.maxLength !== undefined) lines.push(`@maxLength ${schema.maxLength}`)
    if (schema.minItems !== undefined) lines.push(`@minItems ${schema.minItems}`)
    if (schema.maxItems !== undefined) lines.push(`@maxItems ${schema.maxItems}`)
    if (schema.maxProperties !== undefined) lines.push(`@maxProperties ${schema.maxProperties}`)
    if (schema.pattern !== undefined) lines.push(`@pattern ${schema.pattern}`)
    if (schema.format !== undefined && schema.format !== "binary") lines.push(`@format ${schema.format}`)
    if (depth === 0) {
      for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
        if (member.$ref === undefined) visit(member, depth + 1)
      }
    }
  }
  visit(s, 0)
  void schemas
  return [...new Set(lines)]
}

/** A JSDoc block from tag lines, indented by `prefix`; empty when there are none. */
export const docBlock = (lines: ReadonlyArray<string>, prefix: string): string => {
  if (lines.length === 0) return ""
  const safe = lines.map((line) => line.replace(/\*\//g, "*\\/"))
  if (safe.length === 1) return `${prefix}/** ${safe[0]} */\n`
  return `${prefix}/**\n${safe.map((line) => `${prefix} * ${line}`).join("\n")}\n${prefix} */\n`
}

/** Deduplicated union members with `null` last; `unknown` absorbs everything. */
const orderMembers = (members: ReadonlyArray<string>): ReadonlyArray<string> => {
  const unique = [...new Set(members)]
  if (unique.includes("unknown")) return ["unknown"]
  const last = ["(string & {})", "null"]
  return [...unique.filter((m) => !last.includes(m)), ...last.filter((m) => unique.includes(m))]
}

const paren = (members: ReadonlyArray<string>): string =>
  members.length === 1 ? members[0]! : `(${members.join(" | ")})`

/** The members of a union, flattening nested `anyOf`/`oneOf` and `null` members. */
const unionMembers = (s: Schema): ReadonlyArray<Schema> => {
  const out: Array<Schema> = []
  for (const member of s.anyOf ?? s.oneOf ?? []) {
    const keys = Object.keys(member).filter((k) => k !== "description" && k !== "title" && !k.startsWith("x-"))
    const nested = member.anyOf ?? member.oneOf
    if (nested !== undefined && keys.every((k) => k === "anyOf" || k === "oneOf" || k === "discriminator")) {
      out.push(...unionMembers(member))
    } else {
      out.push(member)
    }
  }
  return out
}

/** Only `required` (and descriptive keys): the `anyOf: [{ required: [a] }, { required: [b] }]` pattern. */
const isRequiredOnly = (s: Schema): boolean =>
  Object.keys(s).every((k) => k === "required" || k === "description" || k === "title") && s.required !== undefined

export interface PropertyEntry {
  readonly name: string
  readonly schema: Schema
  readonly required: boolean
}

/** The properties of an object-like schema, following `$ref` and `allOf` (later members win). */
export const objectProperties = (
  schemas: Readonly<Record<string, Schema>>,
  s: Schema,
  seen: Set<string> = new Set()
): Map<string, PropertyEntry> => {
  const out = new Map<string, PropertyEntry>()
  if (s.$ref !== undefined) {
    const name = refName(s.$ref)
    if (seen.has(name)) return out
    seen.add(name)
    return objectProperties(schemas, schemas[name] ?? {}, seen)
  }
  for (const member of s.allOf ?? []) {
    for (const [k, v] of objectProperties(schemas, member, seen)) out.set(k, v)
  }
  const required = new Set(s.required ?? [])
  for (const [name, schema] of Object.entries(s.properties ?? {})) {
    out.set(name, { name, schema, required: required.has(name) || out.get(name)?.required === true })
  }
  for (const name of required) {
    const entry = out.get(name)
    if (entry !== undefined && !entry.required) out.set(name, { ...entry, required: true })
  }
  return out
}

export class TypeRenderer {
  readonly ctx: TypeContext
  constructor(ctx: TypeContext) {
    this.ctx = ctx
  }

  private ref(name: string): string {
    if (name !== this.ctx.self) this.ctx.imports.schemas.add(name)
    return typeName(name)
  }

  /** The type of a schema, as it appears in a property, array or alias. `pad` is the current indentation. */
  render(s: Schema, pad = ""): string {
    return this.members(s, pad).join(" | ")
  }

  /** The members of the union a schema renders to (one member when it is not a union). */
  members(s: Schema, pad: string): ReadonlyArray<string> {
    const base = this.nonNullMembers(s, pad)
    const nullable = s.nullable === true || (typesOf(s).includes("null") && typesOf(s).length > 1)
    return orderMembers(nullable ? [...base, "null"] : base)
  }

  private nonNullMembers(s: Schema, pad: string): ReadonlyArray<string> {
    if (s.$ref !== undefined) return [this.ref(refName(s.$ref))]
    if (s.$recursiveRef !== undefined) {
      return [this.ctx.self === undefined ? "unknown" : typeName(this.ctx.self)]
    }
    const unionOf = s.anyOf ?? s.oneOf
    if (unionOf !== undefined) {
      if (s.properties !== undefined && unionOf.every(isRequiredOnly)) {
        return orderMembers(unionOf.map((m) => this.objectLiteral(s, pad, new Set(m.required))))
      }
      const union = this.unionMembersOf(s, pad)
      if (s.properties !== undefined || s.allOf !== undefined) {
        const own = withoutKeys(s, ["anyOf", "oneOf"])
        return [`${paren(this.nonNullMembers(own, pad))} & ${paren(union)}`]
      }
      return union
    }
    if (s.allOf !== undefined) {
      const parts = s.allOf.map((m) => this.members(m, pad))
      const own = s.properties !== undefined ? [[this.objectLiteral(s, pad, new Set())]] : []
      const all = [...parts, ...own]
      if (all.length === 1) return all[0]!
      return [all.map(paren).join(" & ")]
    }
    if (s.enum !== undefined) return orderMembers(s.enum.map(literal))
    if (s.const !== undefined) return [literal(s.const)]
    const types = typesOf(s).filter((t) => t !== "null")
    if (types.length === 0) {
      if (s.properties !== undefined || s.additionalProperties !== undefined) {
        return [this.objectLiteral(s, pad, new Set())]
      }
      if (isNullSchema(s)) return ["null"]
      return ["unknown"]
    }
    return orderMembers(types.map((t) => this.primitive(t, s, pad)))
  }

  private primitive(type: string, s: Schema, pad: string): string {
    switch (type) {
      case "string":
        if (s.format === "binary") {
          this.ctx.imports.uploadable = true
          return "Uploadable"
        }
        return "string"
      case "integer":
      case "number":
        return "number"
      case "boolean":
        return "boolean"
      case "null":
        return "null"
      case "array":
        return `ReadonlyArray<${s.items === undefined ? "unknown" : this.render(s.items, pad)}>`
      case "object":
        return this.objectLiteral(s, pad, new Set())
      default:
        return "unknown"
    }
  }

  private unionMembersOf(s: Schema, pad: string): ReadonlyArray<string> {
    const members = unionMembers(s)
    const open = members.some(isPlainString) && members.some((m) => hasStringLiterals(this.ctx.schemas, m))
    const rendered: Array<string> = []
    for (const member of members) {
      if (isNullSchema(member)) rendered.push("null")
      else if (open && isPlainString(member)) rendered.push("(string & {})")
      else rendered.push(...this.members(member, pad))
    }
    return orderMembers(rendered)
  }

  /** The body of an object type: property lines (with fact comments) and an index signature. */
  objectBody(s: Schema, pad: string, extraRequired: ReadonlySet<string>): Array<string> {
    const inner = pad + INDENT
    const required = new Set([...(s.required ?? []), ...extraRequired])
    const lines: Array<string> = []
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      lines.push(this.propertyLine(name, prop, required.has(name), inner))
    }
    const index = this.indexSignature(s, inner)
    if (index !== undefined) lines.push(index)
    return lines
  }

  propertyLine(name: string, prop: Schema, required: boolean, inner: string): string {
    const doc = docBlock(facts(this.ctx.schemas, prop), inner)
    const type = this.render(prop, inner)
    return required
      ? `${doc}${inner}readonly ${propertyKey(name)}: ${type}`
      : `${doc}${inner}readonly ${propertyKey(name)}?: ${type} | undefined`
  }

  private indexSignature(s: Schema, inner: string): string | undefined {
    const hasProps = s.properties !== undefined && Object.keys(s.properties).length > 0
    const ap = s.additionalProperties
    if (ap === false) return undefined
    if (ap === undefined) return hasProps ? undefined : `${inner}readonly [key: string]: unknown`
    if (ap === true || Object.keys(ap).length === 0) return `${inner}readonly [key: string]: unknown`
    if (hasProps) return undefined
    return `${inner}readonly [key: string]: ${this.render(ap, inner)}`
  }

  objectLiteral(s: Schema, pad: string, extraRequired: ReadonlySet<string>): string {
    const lines = this.objectBody(s, pad, extraRequired)
    if (lines.length === 0) {
      return s.additionalProperties === false ? "Record<string, never>" : "{ readonly [key: string]: unknown }"
    }
    const only = lines[0]!.trim()
    if (lines.length === 1 && only.startsWith("readonly [key: string]") && !only.includes("\n")) return `{ ${only} }`
    return `{\n${lines.join("\n")}\n${pad}}`
  }
}
