/**
 * The generated conformance suite: every generated function called against `steady` with a minimal
 * valid request built from the spec's required fields (see `examples.ts`). The checks themselves are
 * hand-written in `packages/resources/test/conformance/support.ts`.
 */
import { ExampleBuilder } from "./examples.ts"
import type { ModuleInfo } from "./generate.ts"
import { exampleArguments, printArguments } from "./modules.ts"
import type { OperationModel } from "./operations.ts"
import type { Schema } from "./spec.ts"

export const CONFORMANCE = "packages/resources/test/conformance.test.ts"

interface Case {
  readonly name: string
  readonly check: "json" | "empty" | "binary" | "page" | "list" | "events" | "streamAccepted"
}

const casesOf = (op: OperationModel): ReadonlyArray<Case> => {
  const out: Array<Case> = []
  if (op.page !== undefined) {
    out.push({ name: op.method, check: "list" }, { name: `${op.method}Page`, check: "page" })
  } else {
    out.push({ name: op.method, check: op.result.kind })
  }
  // steady streams only what the spec documents as `text/event-stream`; for the other SSE operations
  // it answers JSON, so the test checks that the streaming request was accepted and reported as not streamed.
  if (op.stream !== undefined) {
    out.push({ name: `${op.method}Stream`, check: op.streamDocumented ? "events" : "streamAccepted" })
  }
  return out
}

export const emitConformance = (
  schemas: Readonly<Record<string, Schema>>,
  modules: ReadonlyArray<ModuleInfo>
): ReadonlyMap<string, string> => {
  const examples = new ExampleBuilder(schemas)
  const blocks: Array<string> = []
  let count = 0
  for (const m of modules) {
    const tests: Array<string> = []
    for (const op of m.ops) {
      const args = exampleArguments(examples, schemas, op)
      for (const c of casesOf(op)) {
        count++
        const head = `      it.effect(${JSON.stringify(c.name)}, () => Check.${c.check}(${
          JSON.stringify(op.specPath)
        }, ${m.module}.${c.name}(`
        tests.push(`${head}${printArguments(args, "      ", head.length)})))`)
      }
    }
    blocks.push(`    describe(${JSON.stringify(m.module)}, () => {\n${tests.join("\n")}\n    })`)
  }
  const text = [
    "/**",
    ` * Conformance: all ${count} generated functions against the \`steady\` mock server on the official spec,`,
    " * each with a minimal valid request built from the spec's required fields.",
    " *",
    " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
    " */",
    `import { describe, layer } from "@effect/vitest"`,
    ...modules.map((m) => `import * as ${m.module} from "../src/${m.module}.ts"`),
    `import * as Check from "./conformance/support.ts"`,
    "",
    "if (Check.available) {",
    `  layer(Check.layer, { timeout: "120 seconds", excludeTestServices: true })("conformance against steady", (it) => {`,
    blocks.join("\n"),
    "  })",
    "} else {",
    `  describe.skip("conformance against steady: ../shared/openapi is absent, skipped", () => {})`,
    "}",
    ""
  ].join("\n")
  return new Map([[CONFORMANCE, text]])
}
