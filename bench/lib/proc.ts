/**
 * Child processes of the benchmark: the mock server (one per benchmark, its own process on
 * 127.0.0.1) and the measured programs (one fresh process per run).
 */
import { spawn } from "node:child_process"
import type { ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"

export const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const MOCK_SERVER = fileURLToPath(new URL("../../scripts/mock-server.ts", import.meta.url))

export interface ServerKnobs {
  readonly streamChunks?: number
  readonly listSize?: number
}

export interface ServerProcess {
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Starts `scripts/mock-server.ts` as a child process and waits for the URL on its first stdout line. */
export const startServer = (knobs: ServerKnobs): Promise<ServerProcess> =>
  new Promise((resolve, reject) => {
    const args = [MOCK_SERVER, "--port", "0", "--no-record", "--exit-on-stdin-close"]
    if (knobs.streamChunks !== undefined) args.push("--stream-chunks", String(knobs.streamChunks))
    if (knobs.listSize !== undefined) args.push("--list-size", String(knobs.listSize))
    const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"], cwd: ROOT })
    let out = ""
    const onData = (data: Buffer) => {
      out += data.toString("utf8")
      const newline = out.indexOf("\n")
      if (newline === -1) return
      child.stdout.off("data", onData)
      child.stdout.resume()
      const url = out.slice(0, newline).trim()
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
        child.kill()
        reject(new Error(`mock server printed ${JSON.stringify(url)} instead of its URL`))
        return
      }
      resolve({ url, stop: () => stopChild(child) })
    }
    child.stdout.on("data", onData)
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`mock server exited early with code ${code}`)))
  })

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve()
      return
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill("SIGTERM")
  })

export type ProgramResult =
  | { readonly ok: true; readonly metrics: Record<string, number>; readonly wallMs: number }
  | { readonly ok: false; readonly error: string }

/**
 * Runs one program in a fresh Node process and parses the JSON line it prints last. `wallMs` is
 * spawn to exit, measured here.
 */
export const runProgram = (
  file: string,
  args: ReadonlyArray<string>,
  options: { readonly timeoutMs?: number; readonly env?: Record<string, string> } = {}
): Promise<ProgramResult> =>
  new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, [file, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: ROOT,
      env: { ...process.env, ...options.env }
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")))
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")))
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 180_000)
    child.once("error", (error) => {
      clearTimeout(timer)
      resolve({ ok: false, error: error.message })
    })
    child.once("close", (code, signal) => {
      clearTimeout(timer)
      const wallMs = performance.now() - started
      const last = stdout.trim().split("\n").pop() ?? ""
      if (code === 0) {
        try {
          resolve({ ok: true, metrics: JSON.parse(last) as Record<string, number>, wallMs })
          return
        } catch {
          // fall through: report as an error
        }
      }
      resolve({ ok: false, error: summarize(stderr, code, signal) })
    })
  })

/** The first meaningful line of a failed program's stderr (the error, not the stack). */
const summarize = (stderr: string, code: number | null, signal: NodeJS.Signals | null): string => {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("at ") && l !== "^")
  const error = lines.find((l) => /Error|error|failed/.test(l)) ?? lines[0] ?? ""
  return `${signal !== null ? `killed by ${signal}` : `exit code ${code}`}${
    error !== "" ? `: ${error.slice(0, 300)}` : ""
  }`
}
