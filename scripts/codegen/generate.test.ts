/**
 * The generator against the real spec (skipped without `../shared`): the committed output is what it
 * generates, and the counts and shapes match the operation table.
 */
import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { formatFiles } from "./dprint.ts"
import { generate } from "./generate.ts"
import type { Output } from "./generate.ts"
import { inputsExist, loadInputs } from "./spec.ts"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

// A whole generation takes seconds of CPU (the spec, and the official declarations for type names);
// on a loaded machine more than the default 30 s of wall time.
describe.skipIf(!inputsExist(root))("generated resources (../shared/openapi)", { timeout: 120_000 }, () => {
  let cached: Output | undefined
  const output = () => (cached ??= generate(loadInputs(root)))

  it("covers all 288 operations of the spec, 279 methods of the table and 10 derived ones", () => {
    const ops = output().operations
    assert.strictEqual(ops.length, 289)
    assert.strictEqual(new Set(ops.map((o) => `${o.http} ${o.specPath}`)).size, 288)
    assert.strictEqual(ops.filter((o) => o.row !== undefined).length, 279)
    assert.strictEqual(ops.filter((o) => o.row === undefined).length, 10)
  })

  it("gives each table column its shape", () => {
    const ops = output().operations
    const table = ops.filter((o) => o.row !== undefined)
    assert.strictEqual(table.filter((o) => o.stream !== undefined).length, 12)
    assert.strictEqual(table.filter((o) => o.page !== undefined).length, 58)
    assert.strictEqual(table.filter((o) => o.row!.body !== "" && o.body?.kind === o.row!.body).length, 15)
    assert.strictEqual(table.filter((o) => o.result.kind === "binary").length, 6)
    assert.strictEqual(table.filter((o) => o.result.kind === "empty").length, 8)
    assert.isTrue(table.every((o) => o.admin === (o.row!.auth === "admin_key")))
    assert.isTrue(table.every((o) => (o.beta ?? "") === o.row!.betaHeader))
  })

  it("types the 16 webhook events of the spec and their union, WebhookEvent", () => {
    const union = output().files.get("packages/resources/src/types/WebhookEvent.ts")!
    const members = union.split("\n").filter((line) => line.startsWith("  | ")).map((line) => line.slice(4))
    assert.strictEqual(members.length, 16)
    assert.includeMembers(members, ["WebhookBatchCompleted", "WebhookResponseCompleted", "WebhookRealtimeCallIncoming"])
    assert.isTrue(members.every((name) => output().files.has(`packages/resources/src/types/${name}.ts`)))
  })

  it("is what is committed (pnpm codegen is up to date)", async () => {
    const stale = [...(await formatFiles(output().files))].filter(([file, text]) => {
      const abs = path.join(root, file)
      return !fs.existsSync(abs) || fs.readFileSync(abs, "utf8") !== text
    }).map(([file]) => file)
    assert.deepStrictEqual(stale, [])
  })

  it("is deterministic", () => {
    const again = generate(loadInputs(root))
    assert.deepStrictEqual([...again.files.keys()], [...output().files.keys()])
    assert.isTrue([...again.files].every(([file, text]) => output().files.get(file) === text))
  })

  it("never writes any in a type", () => {
    const offenders = [...output().files].filter(([file, text]) =>
      file.endsWith(".ts")
      && text.split("\n").some((line) => !/^\s*(\*|\/\*\*|\/\/)/.test(line) && /(:|<|\|)\s*any\b/.test(line))
    ).map(([file]) => file)
    assert.deepStrictEqual(offenders, [])
  })
})
