/**
 * Builds the measured programs as JavaScript, so that no run pays for Node's TypeScript type
 * stripping (which would charge openai-effect, run from its `.ts` sources in this workspace, for
 * work its published `dist/` never does):
 *
 * - `installed`: each program compiled to one file that imports its client from `node_modules` as a
 *   user's install would load it: `openai` and `effect` as published, our packages compiled file by
 *   file to JavaScript modules (what `dist/` holds) under a private `node_modules`.
 * - `bundled`: a program and everything it imports in one file (a serverless-style deployment);
 *   used for the second cold-start measurement.
 *
 * The output lives in `bench/node_modules/.cache/openai-effect-bench/` (ignored by git), where bare
 * imports still resolve to `bench/node_modules`.
 */
import { build } from "esbuild"
import type { BuildOptions } from "esbuild"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { ROOT } from "./proc.ts"

export const CACHE = join(ROOT, "bench/node_modules/.cache/openai-effect-bench")
const PACKAGES = ["core", "resources", "azure", "helpers"] as const

// A package still without sources (helpers, before its issue) has no src/ in a clone.
const sources = (dir: string): Array<string> =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : []
  })

const rewriteRelativeTs = (code: string): string =>
  code.replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, "$1$2.js$3")

/** Compiles `packages/<name>/src` file by file into `<CACHE>/node_modules/@openai-effect/<name>`. */
const compilePackage = async (name: (typeof PACKAGES)[number]): Promise<void> => {
  const pkgDir = join(ROOT, "packages", name)
  const srcDir = join(pkgDir, "src")
  const outDir = join(CACHE, "node_modules/@openai-effect", name)
  const entryPoints = sources(srcDir)
  const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
    exports?: Record<string, unknown>
  }
  const exportsMap: Record<string, string> = {}
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    if (typeof value === "string" && value.startsWith("./src/") && value.endsWith(".ts")) {
      exportsMap[key] = `./${value.slice("./src/".length, -".ts".length)}.js`
    }
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(
    join(outDir, "package.json"),
    JSON.stringify({ name: `@openai-effect/${name}`, type: "module", sideEffects: false, exports: exportsMap }, null, 2)
  )
  if (entryPoints.length === 0) return
  const result = await build({
    entryPoints,
    outdir: outDir,
    outbase: srcDir,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node22",
    write: false,
    logLevel: "silent"
  })
  for (const file of result.outputFiles) {
    mkdirSync(join(file.path, ".."), { recursive: true })
    writeFileSync(file.path, rewriteRelativeTs(file.text))
  }
}

export type Mode = "installed" | "bundled"

/** The file to run for a program of an impl in a mode (after `buildPrograms`). */
export const builtProgram = (mode: Mode, impl: string, program: string): string =>
  join(CACHE, mode, impl, `${program}.mjs`)

/**
 * Builds `programs/<impl>/<program>.ts` for every impl and program: all of them `installed`, the
 * `bundled` ones also as one file. A program that fails to build (its module does not exist yet) is
 * skipped: running it then fails with the build error, which the runner reports.
 */
export const buildPrograms = async (
  impls: ReadonlyArray<string>,
  programs: ReadonlyArray<string>,
  bundled: ReadonlyArray<string>
): Promise<Record<string, string>> => {
  rmSync(CACHE, { recursive: true, force: true })
  for (const name of PACKAGES) await compilePackage(name)
  const failures: Record<string, string> = {}
  for (const impl of impls) {
    for (const program of programs) {
      const entry = join(ROOT, "bench/programs", impl, `${program}.ts`)
      // Not every impl has every program (realtime has none for openai, `effect-ai` only its own).
      if (!existsSync(entry)) continue
      const common: BuildOptions = {
        entryPoints: [entry],
        bundle: true,
        format: "esm",
        platform: "node",
        target: "node22",
        logLevel: "silent"
      }
      const modes: ReadonlyArray<Mode> = bundled.includes(program) ? ["installed", "bundled"] : ["installed"]
      for (const mode of modes) {
        const outfile = builtProgram(mode, impl, program)
        try {
          await build(
            mode === "installed"
              ? { ...common, outfile, packages: "external" }
              : {
                ...common,
                outfile,
                // CommonJS dependencies (the official SDK ships both) may `require` Node built-ins.
                banner: {
                  js:
                    `import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);`
                }
              }
          )
        } catch (error) {
          const message = (error as { errors?: Array<{ text: string }> }).errors?.[0]?.text ?? String(error)
          failures[outfile] = message
          mkdirSync(join(outfile, ".."), { recursive: true })
          writeFileSync(outfile, `throw new Error(${JSON.stringify(`build failed: ${message}`)})\n`)
        }
      }
    }
  }
  return failures
}

export const describePath = (path: string): string => relative(ROOT, path)
