/**
 * The packages as users get them: `pnpm pack` each one (which applies
 * `publishConfig` and turns `workspace:` ranges into versions), install the
 * tarballs into a fresh project outside the workspace with npm, and build the
 * smoke suite's entries there, so every runtime runs the published `dist/`
 * and nothing of the workspace's sources.
 */
import * as esbuild from "esbuild"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"

const exec = promisify(execFile)

/** The repository's root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

/** The published packages, by directory under `packages/`. */
export const packageDirs = ["core", "resources", "helpers", "azure"] as const

/** The fresh project the tarballs are installed into. */
export interface Project {
  readonly dir: string
  /** The tarball of each package, by package name. */
  readonly tarballs: Readonly<Record<string, string>>
  /** `lib/imports.js`, next to the installed packages. */
  readonly imports: string
  readonly remove: () => void
}

/** A suite built for every kind of runtime from the installed packages. */
export interface Entries {
  readonly dir: string
  /** For Node, Deno and Bun (package imports left to `node_modules`). */
  readonly cli: string
  /** Bundled as a module worker. */
  readonly worker: string
  /** Bundled for a page. */
  readonly browser: string
}

/** Runs pnpm: the one running this process when there is one, else the pinned one through npx. */
const pnpm = (args: ReadonlyArray<string>, cwd: string) => {
  const execPath = process.env.npm_execpath
  return execPath !== undefined && /pnpm/.test(execPath)
    ? exec(process.execPath, [execPath, ...args], { cwd })
    : exec("npx", ["-y", "pnpm@10.34.9", ...args], { cwd })
}

const tarballName = (name: string, version: string) => `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`

/**
 * Packs every package (their `dist/` must be built) into a new temporary
 * project and installs the tarballs there with npm, with `effect` and any
 * `extraDependencies` (name to version) from the registry. The suites of
 * `runtimes/smoke` are copied in beside them.
 */
export const make = async (extraDependencies: Readonly<Record<string, string>> = {}): Promise<Project> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openai-effect-runtimes-"))
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    const tarballs: Record<string, string> = {}
    for (const name of packageDirs) {
      const pkgDir = path.join(repoRoot, "packages", name)
      const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"))
      await pnpm(["pack", "--pack-destination", dir], pkgDir)
      tarballs[pkg.name] = path.join(dir, tarballName(pkg.name, pkg.version))
    }
    const effectVersion = JSON.parse(
      fs.readFileSync(path.join(repoRoot, "runtimes", "node_modules", "effect", "package.json"), "utf8")
    ).version
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "openai-effect-smoke",
        private: true,
        type: "module",
        dependencies: {
          ...Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`])),
          effect: effectVersion,
          ...extraDependencies
        }
      })
    )
    await exec("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline"], { cwd: dir })
    for (const file of fs.readdirSync(path.join(repoRoot, "runtimes", "smoke"))) {
      fs.copyFileSync(path.join(repoRoot, "runtimes", "smoke", file), path.join(dir, file))
    }
    // It imports the packages by name, so it must sit where they are installed.
    fs.copyFileSync(path.join(repoRoot, "runtimes", "lib", "imports.js"), path.join(dir, "imports.js"))
    return { dir, tarballs, imports: path.join(dir, "imports.js"), remove }
  } catch (error) {
    remove()
    throw error
  }
}

/**
 * Builds the runtime entries (`cli.ts`, `worker.ts`, `browser.ts`) from the
 * installed packages, with `suite` (a module of the project exporting `run`,
 * like `suite.ts`) as the suite they run. Output files are prefixed by the
 * suite's name, so several suites can be built in one project.
 */
export const entries = async (project: Project, suite = "suite.ts"): Promise<Entries> => {
  const prefix = suite.replace(/\.ts$/, "")
  // Every entry imports `./suite.ts`; point it at the chosen suite.
  const chooseSuite: esbuild.Plugin = {
    name: "suite",
    setup: (build) => {
      build.onResolve({ filter: /^\.\/suite\.ts$/ }, () => ({ path: path.join(project.dir, suite) }))
    }
  }
  const build = (entry: string, options: esbuild.BuildOptions) => {
    const outfile = path.join(project.dir, `${prefix}.${entry.replace(/\.ts$/, ".js")}`)
    return esbuild.build({
      absWorkingDir: project.dir,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: "esm",
      logLevel: "silent",
      plugins: [chooseSuite],
      ...options
    }).then(() => outfile)
  }
  return {
    dir: project.dir,
    cli: await build("cli.ts", { platform: "neutral", packages: "external" }),
    worker: await build("worker.ts", { platform: "browser", conditions: ["workerd", "worker"] }),
    browser: await build("browser.ts", { platform: "browser" })
  }
}

/** The type-check settings users have: both module resolutions, strict optional properties on and off. */
export const typeCheckVariants = [
  { moduleResolution: "node16", exactOptionalPropertyTypes: true },
  { moduleResolution: "node16", exactOptionalPropertyTypes: false },
  { moduleResolution: "bundler", exactOptionalPropertyTypes: true },
  { moduleResolution: "bundler", exactOptionalPropertyTypes: false }
] as const

/**
 * Type-checks the smoke suite in the project against the installed
 * declarations (`skipLibCheck` off, so our `.d.ts` files are checked too).
 * Resolves to tsc's output, empty when clean.
 */
export const typeCheck = async (
  project: Project,
  variant: (typeof typeCheckVariants)[number]
): Promise<string> => {
  const name = `tsconfig.${variant.moduleResolution}.${variant.exactOptionalPropertyTypes ? "exact" : "loose"}.json`
  fs.writeFileSync(
    path.join(project.dir, name),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        module: variant.moduleResolution === "node16" ? "node16" : "preserve",
        moduleResolution: variant.moduleResolution,
        strict: true,
        exactOptionalPropertyTypes: variant.exactOptionalPropertyTypes,
        allowImportingTsExtensions: true,
        noEmit: true,
        skipLibCheck: false,
        types: []
      },
      include: ["suite.ts", "expected.ts", "cli.ts", "worker.ts", "browser.ts"]
    })
  )
  const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc")
  try {
    await exec(process.execPath, [tsc, "-p", name], { cwd: project.dir })
    return ""
  } catch (error) {
    return String((error as { readonly stdout?: string }).stdout ?? error)
  }
}
