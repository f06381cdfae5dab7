/**
 * Minimal valid values built from a schema's required fields, for the `@example` of each generated
 * function and for the generated conformance suite. Deterministic: the same spec gives the same values.
 *
 * - `const`, then `default`, then a short token-like `example`, then the first `enum` value;
 * - objects carry their required properties only; arrays have `minItems` items (at least one);
 * - a union takes its simplest member (a scalar before an array before an object, fewer required
 *   properties first), skipping `null`;
 * - strings honour `minLength`/`maxLength`, `format: uri` is `https://example.com`;
 * - numbers are the lower bound (or 1 when there is none and 0 is excluded);
 * - `format: binary` is a file (`new File([...], name)`).
 */
import { propertyKey } from "./naming.ts"
import type { Schema } from "./spec.ts"
import { refName } from "./spec.ts"

/** A value to print as TypeScript. `File` values print as `new File(...)`. */
export type Value =
  | null
  | boolean
  | number
  | string
  | { readonly kind: "file"; readonly name: string }
  | ReadonlyArray<Value>
  | { readonly kind: "object"; readonly entries: ReadonlyArray<readonly [string, Value]> }

export const fileValue = (name: string): Value => ({ kind: "file", name })
export const objectValue = (entries: ReadonlyArray<readonly [string, Value]>): Value => ({ kind: "object", entries })

const isTokenLike = (v: unknown): v is string | number =>
  typeof v === "number" || (typeof v === "string" && /^[\w.\-:/]{1,64}$/.test(v))

const typesOf = (s: Schema): ReadonlyArray<string> =>
  s.type === undefined ? [] : typeof s.type === "string" ? [s.type] : s.type

const isNull = (s: Schema): boolean => typesOf(s).length === 1 && typesOf(s)[0] === "null"

export class ExampleBuilder {
  readonly schemas: Readonly<Record<string, Schema>>
  constructor(schemas: Readonly<Record<string, Schema>>) {
    this.schemas = schemas
  }

  private deref(
    s: Schema,
    stack: ReadonlyArray<string>
  ): { readonly schema: Schema; readonly stack: ReadonlyArray<string> } | undefined {
    if (s.$ref === undefined) return { schema: s, stack }
    const name = refName(s.$ref)
    if (stack.filter((n) => n === name).length >= 2) return undefined
    const target = this.schemas[name]
    if (target === undefined) return undefined
    return this.deref(target, [...stack, name])
  }

  /** How hard a schema is to satisfy: scalars 0, arrays 1, objects 2 + required count; cycles are worst. */
  private cost(s: Schema, stack: ReadonlyArray<string>): number {
    const d = this.deref(s, stack)
    if (d === undefined) return 1000
    const schema = d.schema
    if (schema.$recursiveRef !== undefined) return 1000
    if (isNull(schema)) return 500
    if (schema.const !== undefined || schema.enum !== undefined) return 0
    const members = schema.anyOf ?? schema.oneOf
    if (members !== undefined) return Math.min(...members.map((m) => this.cost(m, d.stack)))
    const types = typesOf(schema).filter((t) => t !== "null")
    if (types.includes("string")) return schema.format === "binary" ? 3 : 0
    if (types.includes("number") || types.includes("integer") || types.includes("boolean")) return 0
    if (types.includes("array")) {
      return 1 + Math.max(schema.minItems ?? 0, 1) * (schema.items === undefined ? 0 : this.cost(schema.items, d.stack))
    }
    return 2 + this.required(schema, d.stack).length * 2
  }

  private required(s: Schema, stack: ReadonlyArray<string>): ReadonlyArray<readonly [string, Schema]> {
    const props = new Map<string, Schema>()
    const required: Array<string> = []
    const visit = (schema: Schema, st: ReadonlyArray<string>): void => {
      const d = this.deref(schema, st)
      if (d === undefined) return
      for (const m of d.schema.allOf ?? []) visit(m, d.stack)
      for (const [k, v] of Object.entries(d.schema.properties ?? {})) props.set(k, v)
      for (const r of d.schema.required ?? []) if (!required.includes(r)) required.push(r)
    }
    visit(s, stack)
    return required.filter((name) => props.has(name)).map((name) => [name, props.get(name)!] as const)
  }

  value(s: Schema, name = "value", stack: ReadonlyArray<string> = []): Value {
    const d = this.deref(s, stack)
    if (d === undefined) return null
    const schema = d.schema
    const st = d.stack
    if (schema.const !== undefined) return schema.const as Value
    if (schema.enum !== undefined) {
      if (schema.default !== undefined && schema.enum.includes(schema.default)) return schema.default as Value
      return (schema.enum.find((v) => v !== null) ?? null) as Value
    }
    const members = schema.anyOf ?? schema.oneOf
    if (members !== undefined && schema.properties === undefined) {
      const candidates = members.filter((m) => !isNull(m))
      if (candidates.length === 0) return null
      const best = [...candidates].sort((a, b) => this.cost(a, st) - this.cost(b, st))[0]!
      // An open string union (`string | "a" | "b"`): prefer a known literal.
      const literal = candidates.find((m) => {
        const r = this.deref(m, st)
        return r !== undefined && r.schema.enum !== undefined && typeof r.schema.enum[0] === "string"
      })
      return this.value(this.cost(best, st) === 0 && literal !== undefined ? literal : best, name, st)
    }
    if (schema.allOf !== undefined && schema.allOf.length === 1 && schema.properties === undefined) {
      return this.value(schema.allOf[0]!, name, st)
    }
    const types = typesOf(schema).filter((t) => t !== "null")
    const type = types[0] ?? (schema.properties !== undefined || schema.allOf !== undefined ? "object" : undefined)
    switch (type) {
      case "string":
        return this.string(schema, name)
      case "integer":
      case "number":
        return this.number(schema, type)
      case "boolean":
        return typeof schema.default === "boolean" ? schema.default : false
      case "array": {
        const count = Math.max(schema.minItems ?? 0, 1)
        const items: Array<Value> = []
        for (let i = 0; i < count; i++) {
          items.push(schema.items === undefined ? "example" : this.value(schema.items, name, st))
        }
        return items
      }
      case "object":
        return objectValue(this.required(schema, st).map(([k, v]) => [k, this.value(v, k, st)] as const))
      default:
        return isTokenLike(schema.example) ? schema.example : "example"
    }
  }

  private string(s: Schema, name: string): Value {
    if (s.format === "binary") return fileValue(fileName(name))
    if (typeof s.default === "string") return s.default
    if (isTokenLike(s.example) && typeof s.example === "string") return s.example
    if (s.format === "uri") return "https://example.com"
    let value = "example"
    if (s.minLength !== undefined && value.length < s.minLength) value = value.padEnd(s.minLength, "x")
    if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, s.maxLength)
    return value
  }

  private number(s: Schema, type: string): Value {
    if (typeof s.default === "number") return s.default
    if (typeof s.example === "number") return s.example
    let n = s.minimum ?? 0
    if (typeof s.exclusiveMinimum === "number") n = Math.max(n, s.exclusiveMinimum + 1)
    if (s.exclusiveMinimum === true && n === s.minimum) n = n + 1
    if (s.maximum !== undefined && n > s.maximum) n = s.maximum
    return type === "integer" ? Math.ceil(n) : n
  }
}

const fileName = (field: string): string =>
  /image|mask|reference/.test(field)
    ? "image.png"
    : /audio|recording|sample/.test(field)
    ? "audio.mp3"
    : /video/.test(field)
    ? "video.mp4"
    : /data/.test(field)
    ? "part.bin"
    : field === "files"
    ? "skill.zip"
    : "file.jsonl"

/** Prints a value as a TypeScript expression on one line. */
export const printValue = (value: Value): string => {
  if (value === null) return "null"
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (Array.isArray(value)) return `[${value.map(printValue).join(", ")}]`
  const v = value as Exclude<Value, null | boolean | number | string | ReadonlyArray<Value>>
  if (v.kind === "file") return `new File(["example"], ${JSON.stringify(v.name)})`
  if (v.entries.length === 0) return "{}"
  return `{ ${v.entries.map(([k, x]) => `${propertyKey(k)}: ${printValue(x)}`).join(", ")} }`
}
