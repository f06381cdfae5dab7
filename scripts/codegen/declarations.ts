/**
 * Declarations of named schemas, one file per schema under `packages/resources/src/types/`, so a
 * module (and the type checker) loads only the types it uses.
 */
import { typeName } from "./naming.ts"
import type { Schema } from "./spec.ts"
import { refName } from "./spec.ts"
import { docBlock, emptyImports, facts, objectProperties, TypeRenderer, withoutKeys } from "./types.ts"
import type { Imports } from "./types.ts"

const typesOf = (s: Schema): ReadonlyArray<string> =>
  s.type === undefined ? [] : typeof s.type === "string" ? [s.type] : s.type

/** An object schema with no union or nullability: declared as an `interface`. */
export const isPlainObject = (s: Schema): boolean =>
  s.$ref === undefined && s.anyOf === undefined && s.oneOf === undefined && s.allOf === undefined
  && s.enum === undefined && s.const === undefined && s.nullable !== true && !typesOf(s).includes("null")
  && (typesOf(s).includes("object") || s.properties !== undefined)
  && !(s.additionalProperties === false && Object.keys(s.properties ?? {}).length === 0)

/** An inline `allOf` member that only adds properties. */
const isInlineObjectPart = (s: Schema): boolean =>
  s.$ref === undefined && s.anyOf === undefined && s.oneOf === undefined && s.allOf === undefined
  && s.nullable !== true && s.enum === undefined && !typesOf(s).includes("null")
  && (s.properties !== undefined || typesOf(s).includes("object") || (s.required !== undefined && s.type === undefined))

/** Whether a named schema is declared as an interface (a plain object, or an `allOf` of such). */
export const isInterfaceSchema = (
  schemas: Readonly<Record<string, Schema>>,
  name: string,
  seen: Set<string> = new Set()
): boolean => {
  const s = schemas[name]
  if (s === undefined || seen.has(name)) return false
  seen.add(name)
  if (isPlainObject(s)) return true
  return isAllOfInterface(schemas, s, seen)
}

const isAllOfInterface = (schemas: Readonly<Record<string, Schema>>, s: Schema, seen: Set<string>): boolean =>
  s.allOf !== undefined && s.anyOf === undefined && s.oneOf === undefined && s.nullable !== true
  && !typesOf(s).includes("null")
  && s.allOf.every((m) =>
    m.$ref !== undefined ? isInterfaceSchema(schemas, refName(m.$ref), new Set(seen)) : isInlineObjectPart(m)
  )

const sameSchema = (a: Schema, b: Schema): boolean => JSON.stringify(a) === JSON.stringify(b)

export interface Declaration {
  readonly text: string
  readonly imports: Imports
}

/** `export interface Name ...` or `export type Name = ...` for a named schema. */
export const declareSchema = (schemas: Readonly<Record<string, Schema>>, name: string): Declaration => {
  const s = schemas[name]!
  const imports = emptyImports()
  const renderer = new TypeRenderer({ schemas, imports, self: name })
  const id = typeName(name)
  const doc = docBlock(facts(schemas, withoutKeys(s, ["anyOf", "oneOf", "allOf"])), "")
  if (isPlainObject(s)) {
    const body = renderer.objectBody(s, "", new Set())
    return { text: `${doc}export interface ${id} {\n${body.join("\n")}\n}\n`, imports }
  }
  if (isAllOfInterface(schemas, s, new Set([name]))) {
    return { text: doc + allOfInterface(schemas, renderer, id, s), imports }
  }
  return { text: `${doc}export type ${id} = ${renderer.render(s, "")}\n`, imports }
}

const allOfInterface = (
  schemas: Readonly<Record<string, Schema>>,
  renderer: TypeRenderer,
  id: string,
  s: Schema
): string => {
  const bases = s.allOf!.filter((m) => m.$ref !== undefined).map((m) => refName(m.$ref!))
  const inline = s.allOf!.filter((m) => m.$ref === undefined)
  // Own properties: inline members in order, then the schema's own `properties`.
  const own = new Map<string, Schema>()
  const required = new Set<string>(s.required ?? [])
  for (const part of [...inline, s]) {
    for (const [k, v] of Object.entries(part.properties ?? {})) own.set(k, v)
    for (const r of part.required ?? []) required.add(r)
  }
  const baseProps = bases.map((b) => objectProperties(schemas, { $ref: `#/components/schemas/${b}` }))
  const omit = bases.map(() => new Set<string>())
  const redeclare = new Map<string, { schema: Schema; required: boolean }>()
  // A property required here but optional in the base it comes from is declared again, required.
  for (const name of required) {
    if (own.has(name)) continue
    for (let i = bases.length - 1; i >= 0; i--) {
      const entry = baseProps[i]!.get(name)
      if (entry === undefined) continue
      if (!entry.required) redeclare.set(name, { schema: entry.schema, required: true })
      break
    }
  }
  for (const [name, schema] of own) redeclare.set(name, { schema, required: required.has(name) })
  bases.forEach((_, i) => {
    for (const name of redeclare.keys()) if (baseProps[i]!.has(name)) omit[i]!.add(name)
  })
  // Two bases declaring one property differently: the later base wins.
  for (let i = 0; i < bases.length; i++) {
    for (const [name, entry] of baseProps[i]!) {
      if (omit[i]!.has(name)) continue
      for (let j = i + 1; j < bases.length; j++) {
        const other = baseProps[j]!.get(name)
        if (
          other !== undefined && !omit[j]!.has(name)
          && (!sameSchema(other.schema, entry.schema) || other.required !== entry.required)
        ) {
          omit[i]!.add(name)
          break
        }
      }
    }
  }
  const heritage = bases.map((b, i) => {
    const ref = renderer.render({ $ref: `#/components/schemas/${b}` })
    const names = [...omit[i]!].sort()
    return names.length === 0 ? ref : `Omit<${ref}, ${names.map((n) => JSON.stringify(n)).join(" | ")}>`
  })
  const lines = [...redeclare].map(([name, p]) => renderer.propertyLine(name, p.schema, p.required, "  "))
  const index = inline.some((m) => m.additionalProperties === true) || s.additionalProperties === true
    ? ["  readonly [key: string]: unknown"]
    : []
  const all = [...lines, ...index]
  const head = `export interface ${id}${heritage.length > 0 ? ` extends ${heritage.join(", ")}` : ""}`
  return all.length === 0 ? `${head} {}\n` : `${head} {\n${all.join("\n")}\n}\n`
}

/** The import lines of a schema's declaration file (`src/types/<Name>.ts`). */
export const importLines = (imports: Imports, self: string): ReadonlyArray<string> => {
  const dir = "./"
  const lines: Array<string> = []
  if (imports.uploadable) lines.push(`import type { Uploadable } from "@openai-effect/core/Uploadable"`)
  for (const name of [...imports.schemas].filter((n) => n !== self).sort()) {
    lines.push(`import type { ${typeName(name)} } from "${dir}${typeName(name)}.ts"`)
  }
  return lines
}
