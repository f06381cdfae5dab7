/**
 * Starts and stops the `steady` mock server (`@stdy/cli`) on the official spec, as DESIGN §7 says:
 * bound to 127.0.0.1 on a free port, bracket formats for query and form arrays/objects, streams without
 * delay; ready once `/_x-steady/health` answers; stopped by the PID of the native binary itself (the
 * `steady` npm entry point is a Node wrapper that would survive as a separate process).
 *
 * As a library (tests):  `const server = await start(); ...; await server.stop()`
 * From a shell:          `node scripts/steady.ts start [--port 4010]`  /  `node scripts/steady.ts stop`
 *                        (the PID is kept in `.steady/steady.pid`)
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as net from "node:net"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

/** `../shared/openapi/openapi.yml`, the spec steady serves. */
export const specPath = path.resolve(repoRoot, "..", "shared", "openapi", "openapi.yml")

export const specExists = (): boolean => fs.existsSync(specPath)

export interface Steady {
  readonly url: string
  readonly port: number
  readonly pid: number
  /** What steady printed so far (stdout and stderr), for diagnostics. */
  readonly output: () => string
  readonly stop: () => Promise<void>
}

/** The native binary shipped by the platform package of `@stdy/cli`. */
export const binaryPath = (): string => {
  const suffix = `cli-${process.platform}-${process.arch}`
  const name = process.platform === "win32" ? "steady.exe" : "steady"
  const cli = fs.realpathSync(path.join(repoRoot, "node_modules", "@stdy", "cli", "package.json"))
  const candidates: Array<string> = []
  try {
    candidates.push(path.join(path.dirname(createRequire(cli).resolve(`@stdy/${suffix}/package.json`)), "bin", name))
  } catch {
    // fall through to the sibling layout
  }
  candidates.push(path.join(path.dirname(cli), "..", suffix, "bin", name))
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (found === undefined) {
    throw new Error(`steady: no binary for ${process.platform}-${process.arch} (is @stdy/cli installed?)`)
  }
  return found
}

/** A port that was free a moment ago. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

export const args = (port: number): ReadonlyArray<string> => [
  "--host",
  "127.0.0.1",
  "-p",
  String(port),
  "--validator-query-array-format=brackets",
  "--validator-form-array-format=brackets",
  "--validator-query-object-format=brackets",
  "--validator-form-object-format=brackets",
  "--stream-interval=0",
  "-q",
  specPath
]

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Sends SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export const stopPid = async (pid: number, graceMs = 5_000): Promise<void> => {
  if (!isAlive(pid)) return
  process.kill(pid, "SIGTERM")
  const deadline = Date.now() + graceMs
  while (isAlive(pid) && Date.now() < deadline) await sleep(50)
  if (isAlive(pid)) process.kill(pid, "SIGKILL")
}

/** Starts steady and resolves once its health endpoint answers (at most `timeoutMs`). */
export const start = async (options: { readonly port?: number; readonly timeoutMs?: number } = {}): Promise<Steady> => {
  const port = options.port ?? (await freePort())
  const child = spawn(binaryPath(), args(port), { stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000)
  })
  child.stderr.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000)
  })
  let exited = false
  child.on("exit", () => {
    exited = true
  })
  const pid = child.pid
  if (pid === undefined) throw new Error("steady: failed to spawn")
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (!exited) await stopPid(pid)
  }
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (true) {
    if (exited) throw new Error(`steady exited before it was ready:\n${output}`)
    try {
      const response = await fetch(`${url}/_x-steady/health`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`steady did not become healthy on ${url}:\n${output}`)
    }
    await sleep(100)
  }
  return { url, port, pid, output: () => output, stop }
}

const pidFile = path.join(repoRoot, ".steady", "steady.pid")

const cli = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [command] = argv
  if (command === "start") {
    const portIndex = argv.indexOf("--port")
    const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : await freePort()
    const child = spawn(binaryPath(), args(port), { stdio: "ignore", detached: true })
    child.unref()
    fs.mkdirSync(path.dirname(pidFile), { recursive: true })
    fs.writeFileSync(pidFile, `${child.pid}\n`)
    const url = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${url}/_x-steady/health`)).ok) {
          console.log(url)
          return 0
        }
      } catch {
        // not listening yet
      }
      await sleep(100)
    }
    console.error(`steady did not become healthy on ${url}`)
    await stopPid(child.pid!)
    return 1
  }
  if (command === "stop") {
    if (!fs.existsSync(pidFile)) return 0
    const pid = Number(fs.readFileSync(pidFile, "utf8").trim())
    await stopPid(pid)
    fs.rmSync(pidFile)
    return 0
  }
  console.error("usage: node scripts/steady.ts start [--port N] | stop")
  return 2
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2))
}
