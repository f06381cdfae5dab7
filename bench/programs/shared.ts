/**
 * Helpers for the measured programs. Every program runs in a fresh process, takes the mock server's
 * URL and its knobs on the command line, and prints one JSON line of measurements as its last stdout
 * line. This module imports nothing from either client, so it costs every program the same.
 */

export interface Args {
  readonly url: string
  readonly num: (name: string, fallback: number) => number
}

/** `node program.ts <url> [--name value ...]` */
export const args = (): Args => {
  const [url, ...rest] = process.argv.slice(2)
  if (url === undefined || !url.startsWith("http")) {
    throw new Error("usage: program.ts <mock server url> [--name value]")
  }
  return {
    url,
    num: (name, fallback) => {
      const i = rest.indexOf(`--${name}`)
      if (i === -1) return fallback
      const n = Number(rest[i + 1])
      if (!Number.isFinite(n)) throw new Error(`--${name} expects a number`)
      return n
    }
  }
}

/** The highest resident set size this process has had, in bytes (getrusage's ru_maxrss). */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024

/** Prints the measurements as the last stdout line; the runner reads it. */
export const emit = (metrics: Record<string, number | string | boolean>): void => {
  process.stdout.write(`\n${JSON.stringify({ ...metrics, peakRss: peakRss() })}\n`)
}

export const API_KEY = "sk-bench-0000000000000000"

export const CHAT_PARAMS = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system" as const, content: "You are a helpful assistant." },
    { role: "user" as const, content: "Say this is a test" }
  ]
}

/** One text generation through the Responses API; the mock answers "This is a test.". */
export const RESPONSES_PARAMS = { model: "gpt-4o-mini", input: "Say this is a test" }

/** Fails loudly when a client returned something other than the mock's answer. */
export const check = (condition: boolean, message: string): void => {
  if (!condition) throw new Error(`benchmark sanity check failed: ${message}`)
}

/**
 * A generated upload body: `totalBytes` in fresh `chunkSize` chunks (a client that keeps references
 * to chunks pays for them; nothing is shared between chunks), produced only when pulled.
 */
export const generatedStream = (totalBytes: number, chunkSize = 64 * 1024): ReadableStream<Uint8Array> => {
  let produced = 0
  let line = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (produced >= totalBytes) {
          controller.close()
          return
        }
        const size = Math.min(chunkSize, totalBytes - produced)
        const chunk = new Uint8Array(size)
        // Cheap, non-constant content: a line number every 64 bytes.
        for (let i = 0; i < size; i += 64) {
          chunk[i] = 0x30 + (line++ % 10)
          chunk[Math.min(size - 1, i + 63)] = 0x0a
        }
        produced += size
        controller.enqueue(chunk)
      }
    },
    { highWaterMark: 0 }
  )
}

export const MIB = 1024 * 1024
