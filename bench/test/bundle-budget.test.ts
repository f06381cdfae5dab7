/**
 * Bundle budgets: a one-call program of openai-effect, bundled and gzipped as in `pnpm bench`, must
 * not grow past the size recorded in `bench/budgets.json`. Sizes are deterministic, so this gates CI.
 * When a program gets smaller, lower its budget in the same change (the ratchet).
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import { readFileSync } from "node:fs"
import type { Case } from "../lib/bundle.ts"
import { CASES, measureBundle } from "../lib/bundle.ts"

const { budgets } = JSON.parse(readFileSync(new URL("../budgets.json", import.meta.url), "utf8")) as {
  budgets: Record<string, number>
}

describe("bundle budgets (esbuild --minify --format=esm --platform=browser, gzip -9)", () => {
  it("has a budget only for known programs", () => {
    for (const name of Object.keys(budgets)) assert.include(CASES as ReadonlyArray<string>, name)
  })

  for (const [name, budget] of Object.entries(budgets)) {
    it.effect(`${name}: at most ${budget} bytes`, () =>
      Effect.gen(function*() {
        const result = yield* Effect.promise(() => measureBundle("effect", name as Case))
        if (!result.ok) assert.fail(`bench/bundle/effect/${name}.ts does not build: ${result.error}`)
        assert.isAtMost(
          result.gzip,
          budget,
          `${name} is ${result.gzip} bytes gzip, ${
            result.gzip - budget
          } over its budget of ${budget} (bench/budgets.json)`
        )
      }), { timeout: 60_000 })
  }
})
