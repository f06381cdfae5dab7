/**
 * Small printing helpers for the generated code: 2-space indentation, no semicolons, double quotes,
 * lines up to 120 columns (the style of effect's own sources, which dprint formats the same way).
 */
import type { Value } from "./examples.ts"
import { printValue } from "./examples.ts"
import { propertyKey } from "./naming.ts"

export const LINE_WIDTH = 120

/** `name(a, b)` on one line when it fits, else one argument per line. */
export const printParams = (head: string, params: ReadonlyArray<string>, tail: string, pad: string): string => {
  const oneLine = `${pad}${head}(${params.join(", ")})${tail}`
  if (oneLine.length <= LINE_WIDTH || params.length === 0) return oneLine
  return `${pad}${head}(\n${params.map((p) => `${pad}  ${p}`).join(",\n")}\n${pad})${tail}`
}

/** An object literal from `key: expression` pairs, on one line when it fits at `column`. */
export const printObject = (entries: ReadonlyArray<readonly [string, string]>, pad: string, column: number): string => {
  const parts = entries.map(([k, v]) => (k === v ? k : `${propertyKey(k)}: ${v}`))
  const oneLine = `{ ${parts.join(", ")} }`
  if (column + oneLine.length <= LINE_WIDTH) return oneLine
  return `{\n${parts.map((p) => `${pad}  ${p}`).join(",\n")}\n${pad}}`
}

/** A value as a TypeScript expression, broken over lines when it does not fit at `column`. */
export const printValuePretty = (value: Value, pad: string, column: number): string => {
  const flat = printValue(value)
  if (column + flat.length <= LINE_WIDTH) return flat
  if (Array.isArray(value)) {
    const items = value.map((v) => `${pad}  ${printValuePretty(v, pad + "  ", pad.length + 2)}`)
    return `[\n${items.join(",\n")}\n${pad}]`
  }
  if (value !== null && typeof value === "object" && "kind" in value && value.kind === "object") {
    const entries = value.entries.map(([k, v]) => {
      const key = `${propertyKey(k)}: `
      return `${pad}  ${key}${printValuePretty(v, pad + "  ", pad.length + 2 + key.length)}`
    })
    return `{\n${entries.join(",\n")}\n${pad}}`
  }
  return flat
}

/** Prefixes every line of a block (for JSDoc examples). */
export const prefixLines = (text: string, prefix: string): string =>
  text.split("\n").map((line) => `${prefix}${line}`.trimEnd()).join("\n")
