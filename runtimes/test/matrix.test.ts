/**
 * The runtime matrix. The packages are packed and installed into a fresh
 * project as users get them; that project type-checks under both module
 * resolutions with strict optional properties on and off; every tarball
 * passes publint and arethetypeswrong; and the smoke suite, built from the
 * installed tarballs, passes on Node 22 and 24, Deno, Bun, workerd and
 * headless Chromium, each talking to its own smoke server on 127.0.0.1. A
 * runtime whose binary is not installed here is skipped with the reason, and
 * the summary printed at the end has one line per runtime.
 *
 * Needs the packages' `dist/` (`pnpm build`, which `pnpm test` runs first).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { promisify } from "node:util"
import * as Pack from "../lib/pack.ts"
import * as Runtimes from "../lib/runtimes.ts"
import * as Server from "../lib/server.ts"
import { checkNames } from "../smoke/expected.ts"

const exec = promisify(execFile)
const bin = (name: string) => path.join(Pack.repoRoot, "runtimes", "node_modules", ".bin", name)

describe("runtime matrix, from the packed tarballs", () => {
  let project: Pack.Project | undefined
  let smoke: Pack.Entries | undefined
  // tsc's output per variant, started with the install (each checks every declaration file it loads).
  let typeChecks: Promise<ReadonlyArray<string>> | undefined
  const summary: Array<string> = []

  beforeAll(async () => {
    const missing = Pack.packageDirs.filter((dir) =>
      !fs.existsSync(path.join(Pack.repoRoot, "packages", dir, "dist"))
      && fs.existsSync(path.join(Pack.repoRoot, "packages", dir, "src"))
    )
    if (missing.length > 0) throw new Error(`no dist/ in ${missing.join(", ")}: run pnpm build first`)
    project = await Pack.make()
    smoke = await Pack.entries(project)
    typeChecks = (async () => {
      const outputs: Array<string> = []
      // Two at a time: CI has two cores.
      for (let i = 0; i < Pack.typeCheckVariants.length; i += 2) {
        const pair = Pack.typeCheckVariants.slice(i, i + 2)
        outputs.push(...await Promise.all(pair.map((variant) => Pack.typeCheck(project!, variant))))
      }
      return outputs
    })()
  }, 300_000)

  afterAll(() => {
    project?.remove()
    console.log(`runtime matrix:\n${summary.join("\n")}`)
  })

  for (const [index, variant] of Pack.typeCheckVariants.entries()) {
    it(
      `type-checks with moduleResolution ${variant.moduleResolution}, exactOptionalPropertyTypes ${variant.exactOptionalPropertyTypes}`,
      async () => {
        assert.strictEqual((await typeChecks!)[index], "")
      },
      600_000
    )
  }

  it("every tarball passes publint and arethetypeswrong (ESM-only: node16 and bundler)", async () => {
    for (const tarball of Object.values(project!.tarballs)) {
      const publint = await exec(bin("publint"), ["--strict", tarball]).catch((error) => error)
      assert.strictEqual(publint.code ?? 0, 0, `publint ${tarball}:\n${publint.stdout}${publint.stderr}`)
      const attw = await exec(bin("attw"), [tarball, "--profile", "esm-only", "--format", "ascii"]).catch((error) =>
        error
      )
      assert.strictEqual(attw.code ?? 0, 0, `attw ${tarball}:\n${attw.stdout}${attw.stderr}`)
    }
  }, 300_000)

  it("no module reads fetch, crypto, process, WebSocket or navigator while it is imported", async () => {
    const { stdout } = await exec(process.execPath, [project!.imports], { cwd: project!.dir })
    const { accesses, modules } = JSON.parse(stdout)
    const exported = Object.keys(project!.tarballs).flatMap((name) => {
      const pkg = JSON.parse(fs.readFileSync(path.join(project!.dir, "node_modules", name, "package.json"), "utf8"))
      return Object.keys(pkg.exports).filter((subpath) => subpath !== "./package.json" && !subpath.includes("*"))
    })
    assert.strictEqual(modules.length, exported.length)
    assert.deepStrictEqual(accesses, [])
  }, 120_000)

  for (const runtime of Runtimes.all) {
    it(`the smoke suite passes on ${runtime.name}`, async (context) => {
      const located = runtime.locate()
      if ("skip" in located) {
        summary.push(`  ${runtime.name.padEnd(10)} skipped: ${located.skip}`)
        return context.skip(located.skip)
      }
      const server = await Server.start(Runtimes.pageAssets(smoke!))
      let outcome: string | undefined
      try {
        const checks = await runtime.run(located.binary, smoke!, server.url)
        outcome = `${checks.every((check) => check.ok) ? "passed" : "FAILED"}: ${
          checks.map((check) => `${check.ok ? "ok" : "failed"} ${check.name}`).join(", ")
        }`
        assert.deepStrictEqual(checks.map((check) => check.name), [...checkNames])
        assert.deepStrictEqual(checks.filter((check) => !check.ok), [])
      } catch (error) {
        outcome ??= `FAILED: ${String(error).split("\n")[0]}`
        throw error
      } finally {
        summary.push(`  ${runtime.name.padEnd(10)} ${outcome}`)
        await server.close()
      }
    }, 120_000)
  }
})
