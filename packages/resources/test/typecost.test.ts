/**
 * Type-check cost: `tsc --extendedDiagnostics` on a program using five resources
 * (`typecost/fixture.ts`) stays under the instantiation budget in `budgets.json`.
 */
import { assert, describe, it } from "@effect/vitest"
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..", "..", "..")
const budgets = JSON.parse(fs.readFileSync(path.join(here, "budgets.json"), "utf8")) as {
  readonly typecost: { readonly maxInstantiations: number }
}

describe("type-check cost", () => {
  it(`a program using five resources needs at most ${budgets.typecost.maxInstantiations} instantiations`, () => {
    const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc")
    const output = execFileSync(process.execPath, [
      tsc,
      "-p",
      path.join(here, "typecost", "tsconfig.json"),
      "--extendedDiagnostics"
    ], {
      encoding: "utf8"
    })
    const count = Number(/Instantiations:\s+(\d+)/.exec(output)?.[1])
    const types = Number(/Types:\s+(\d+)/.exec(output)?.[1])
    console.log(
      `typecost fixture: ${count} instantiations, ${types} types (budget ${budgets.typecost.maxInstantiations})`
    )
    assert.isTrue(Number.isFinite(count), output)
    assert.isAtMost(count, budgets.typecost.maxInstantiations)
  }, 120_000)
})
