/**
 * `pnpm bench`: openai-effect side by side with the official `openai` package (and a plain `fetch`
 * floor where one applies), against the mock server in its own process on 127.0.0.1.
 *
 * Every runtime measurement is a fresh Node process per run (memory and cold start are per process),
 * repeated (`RUNS`, at least 5), the implementations interleaved in rotating order so that drift of
 * the machine does not favour one. The programs (`bench/programs/<impl>/*.ts`) run as JavaScript
 * built by `lib/build.ts`, never through Node's type stripping. Bundle sizes come from
 * `bench/bundle/<client>/*.ts`. Results: `bench/results/latest.md` and `latest.json`.
 *
 *   node bench/run.ts                      all benchmarks, writes the results
 *   node bench/run.ts --only sse,requests  some benchmarks, prints them, writes nothing
 *   node bench/run.ts --runs 3             fewer runs (for trying things out), writes nothing
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import * as os from "node:os"
import { join } from "node:path"
import type { Mode } from "./lib/build.ts"
import { buildPrograms, builtProgram } from "./lib/build.ts"
import type { BundleResult } from "./lib/bundle.ts"
import { CASES, measureBundle } from "./lib/bundle.ts"
import type { ProgramResult, ServerKnobs } from "./lib/proc.ts"
import { ROOT, runProgram, startServer } from "./lib/proc.ts"
import type { Summary } from "./lib/stats.ts"
import { summarize } from "./lib/stats.ts"

// `effect-ai`: openai-effect through effect's own AI modules (`OpenAILanguageModel`), next to the same call made directly.
const IMPLS = ["openai", "effect", "effect-ai", "fetch"] as const
type Impl = (typeof IMPLS)[number]
const LABEL: Record<Impl, string> = {
  openai: "openai",
  effect: "openai-effect",
  "effect-ai": "openai-effect via effect/ai",
  fetch: "fetch floor"
}
/** The implementations of every benchmark but the effect/ai one. */
const CLIENTS: ReadonlyArray<Impl> = ["openai", "effect", "fetch"]

interface Metric {
  readonly key: string
  readonly label: string
  readonly better: "higher" | "lower"
  /** Divides the raw value for display (bytes to MiB ...). */
  readonly scale?: number
  readonly digits: number
}

interface Benchmark {
  readonly id: string
  readonly title: string
  readonly note: string
  readonly impls: ReadonlyArray<Impl>
  readonly runs: number
  readonly server: ServerKnobs
  /** `programs/<impl>/<program>.ts`, run as built JavaScript (see `lib/build.ts`). */
  readonly program: string
  readonly mode: Mode
  readonly args: ReadonlyArray<string>
  readonly metrics: ReadonlyArray<Metric>
}

interface ImplResult {
  readonly runs: Array<Record<string, number>>
  error?: string
  summary?: Record<string, Summary>
}

interface BenchmarkResult {
  readonly id: string
  readonly title: string
  readonly note: string
  readonly metrics: ReadonlyArray<Metric>
  readonly results: Partial<Record<Impl, ImplResult>>
}

const MIB = 1024 * 1024
const RUNS = 7
const PEAK_RSS: Metric = { key: "peakRss", label: "peak RSS (MiB)", better: "lower", scale: MIB, digits: 1 }
const RSS_GROWTH: Metric = { key: "rssGrowth", label: "RSS growth (MiB)", better: "lower", scale: MIB, digits: 1 }

const cli = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = cli.indexOf(`--${name}`)
  return i === -1 ? undefined : cli[i + 1]
}
const only = flag("only")?.split(",")
const runsOverride = flag("runs") === undefined ? undefined : Math.max(1, Number(flag("runs")))
const writeResults = only === undefined && runsOverride === undefined

const log = (message: string) => process.stderr.write(`${message}\n`)

// ---------------------------------------------------------------------------------------------
// Runtime benchmarks

const BENCHMARKS: ReadonlyArray<Benchmark> = [
  {
    id: "sse",
    title: "SSE throughput: one stream of 100,000 chat chunks",
    note:
      "Chunks decoded per second from request to the last chunk (role + 100,000 content + finish). openai: `for await` over `chat.completions.create({ stream: true })`; openai-effect: `Stream.runForEach` over `ChatCompletions.createStream`; floor: `fetch` + a hand-written decoder + `JSON.parse`.",
    impls: CLIENTS,
    runs: RUNS,
    server: { streamChunks: 100_000 },
    program: "sse",
    mode: "installed",
    args: ["--chunks", "100000"],
    metrics: [
      { key: "chunksPerSec", label: "chunks/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  },
  {
    id: "sse-accumulate",
    title: "SSE throughput with the accumulating helper: 100,000 chunks to the final completion",
    note:
      "openai: `chat.completions.stream(...)` iterated, then `finalChatCompletion()`; openai-effect: `ChatCompletionStream.accumulate` over `ChatCompletions.createStream`; floor: the hand-written decoder, content concatenated.",
    impls: CLIENTS,
    runs: RUNS,
    server: { streamChunks: 100_000 },
    program: "sse-accumulate",
    mode: "installed",
    args: ["--chunks", "100000"],
    metrics: [
      { key: "chunksPerSec", label: "chunks/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  },
  {
    id: "requests",
    title: "Per-request overhead: 2,000 sequential non-streaming completions",
    note:
      "CPU time (user + system, `process.cpuUsage`) of the client process per request, after 100 unmeasured warm-up requests; the server runs in its own process.",
    impls: CLIENTS,
    runs: RUNS,
    server: {},
    program: "requests",
    mode: "installed",
    args: ["--n", "2000", "--warmup", "100"],
    metrics: [
      { key: "cpuMsPerRequest", label: "CPU ms/request", better: "lower", digits: 3 },
      { key: "reqPerSec", label: "requests/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  },
  {
    id: "requests-generate-text",
    title: "Per-call overhead of one text generation: 2,000 sequential Responses calls",
    note:
      "The same `POST /responses` three ways: openai `responses.create`; openai-effect `Responses.create`; openai-effect through effect's `LanguageModel.generateText` with `OpenAILanguageModel` (prompt conversion, effect's part decoding, its span). Client CPU per call after 100 warm-up calls.",
    impls: ["openai", "effect", "effect-ai"],
    runs: RUNS,
    server: {},
    program: "requests-responses",
    mode: "installed",
    args: ["--n", "2000", "--warmup", "100"],
    metrics: [
      { key: "cpuMsPerRequest", label: "CPU ms/call", better: "lower", digits: 3 },
      { key: "reqPerSec", label: "calls/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  },
  ...[10_000, 100_000].map((items): Benchmark => ({
    id: `pagination-${items / 1000}k`,
    title: `Auto-pagination over ${items.toLocaleString("en-US")} files (100 per page)`,
    note:
      "openai: `for await` over `files.list({ limit: 100 })`; openai-effect: `Stream.runForEach` over `Files.list({ limit: 100 })`; floor: a `fetch` loop on `after`/`has_more`. Peak RSS should not grow with the item count.",
    impls: CLIENTS,
    runs: RUNS,
    server: { listSize: items },
    program: "pagination",
    mode: "installed",
    args: ["--items", String(items), "--limit", "100"],
    metrics: [
      { key: "itemsPerSec", label: "items/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  })),
  ...([[20_000, 10_000], [100_000, 10_000], [100_000, 0]] as const).map(([events, rate]): Benchmark => ({
    id: `realtime-${events / 1000}k${rate === 0 ? "-unpaced" : ""}`,
    title: `Realtime over WebSocket: ${events.toLocaleString("en-US")} server events ${
      rate === 0 ? "as fast as the server sends them" : `at ${rate.toLocaleString("en-US")} per second`
    }`,
    note:
      "One session, one `response.create` answered with that many `response.output_text.delta` events by the mock's realtime endpoint (paced in 10 ms batches). openai-effect: `Stream.runForEach` over `Realtime.connect(...).events` on Node's global WebSocket; floor: the same WebSocket with `JSON.parse` in a message listener. The official SDK has no run: its WebSocket clients only dial `wss:` (or need the `ws` package), and the mock is plain `ws:` on 127.0.0.1. Peak RSS should not grow with the event count at a rate the client sustains.",
    impls: ["effect", "fetch"],
    runs: 5,
    server: {},
    program: "realtime",
    mode: "installed",
    args: ["--events", String(events), "--rate", String(rate)],
    metrics: [
      { key: "eventsPerSec", label: "events/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  })),
  ...(["installed", "bundled"] as const).map((mode): Benchmark => ({
    id: `cold-start-${mode}`,
    title: `Cold start (${mode}): a fresh process imports the client and completes one request`,
    note: mode === "installed"
      ? "JavaScript programs importing their client from node_modules as an install loads it (`openai` and `effect` as published, openai-effect compiled file by file like its dist). Time from process start to the parsed completion (`performance.now()` in the child), and spawn-to-exit wall time."
      : "Each program and everything it imports bundled by esbuild into one file (platform node).",
    impls: CLIENTS,
    runs: 10,
    server: {},
    program: "cold-start",
    mode,
    args: [],
    metrics: [
      { key: "ms", label: "ms to first result", better: "lower", digits: 1 },
      { key: "wallMs", label: "wall ms (spawn to exit)", better: "lower", digits: 1 },
      PEAK_RSS
    ]
  })),
  ...[64, 256].map((mib): Benchmark => ({
    id: `upload-${mib}`,
    title: `Upload of a ${mib} MiB generated stream`,
    note:
      "A web `ReadableStream` producing fresh 64 KiB chunks on demand, uploaded with `files.create`. RSS growth = peak RSS - RSS before the upload; buffering the body shows up as growth of about its size. openai: `toStreamingFile` (its non-buffering path); openai-effect: `Uploadable.toFile(stream, name)`; floor: `fetch` with a hand-built multipart stream, `duplex: \"half\"`, `window: null`, `redirect: \"error\"`.",
    impls: CLIENTS,
    runs: RUNS,
    server: {},
    program: "upload",
    mode: "installed",
    args: ["--mib", String(mib)],
    metrics: [
      RSS_GROWTH,
      { key: "ms", label: "ms", better: "lower", digits: 0 },
      PEAK_RSS
    ]
  })),
  ...[1_000, 100_000].map((requests): Benchmark => ({
    id: `batch-${requests / 1000}k`,
    title: `Batch job: ${requests.toLocaleString("en-US")} chat requests round-tripped`,
    note:
      "openai-effect only (the official SDK has no batch-job helper): `BatchJob.run` over generated requests; the JSONL is written while uploaded, the mock runs each batch of 50,000, and the output files are read line by line. RSS growth = peak RSS - RSS before the job.",
    impls: ["effect"],
    runs: 5,
    server: {},
    program: "batch",
    mode: "installed",
    args: ["--requests", String(requests)],
    metrics: [
      RSS_GROWTH,
      { key: "requestsPerSec", label: "requests/s", better: "higher", digits: 0 },
      PEAK_RSS
    ]
  }))
]

const rotate = <A>(items: ReadonlyArray<A>, by: number): Array<A> => items.map((_, i) => items[(i + by) % items.length])

const programFile = (bench: Benchmark, impl: Impl): string => builtProgram(bench.mode, impl, bench.program)

const runBenchmark = async (bench: Benchmark): Promise<BenchmarkResult> => {
  const runs = runsOverride ?? bench.runs
  log(`\n${bench.title} (${runs} runs)`)
  const server = await startServer(bench.server)
  const results: Partial<Record<Impl, ImplResult>> = {}
  for (const impl of bench.impls) results[impl] = { runs: [] }
  const run = async (impl: Impl): Promise<ProgramResult> =>
    runProgram(programFile(bench, impl), [server.url, ...bench.args])
  try {
    // One unmeasured run warms the server process (its JIT) so that whichever client runs first is not penalised.
    const warm = await run(bench.impls.includes("fetch") ? "fetch" : bench.impls[0])
    if (!warm.ok) log(`  warm-up failed: ${warm.error}`)
    for (let r = 0; r < runs; r++) {
      for (const impl of rotate(bench.impls, r)) {
        const result = results[impl]!
        if (result.error !== undefined) continue
        const outcome = await run(impl)
        if (!outcome.ok) {
          result.error = outcome.error
          log(`  ${LABEL[impl]}: ${outcome.error}`)
          continue
        }
        result.runs.push({ ...outcome.metrics, wallMs: outcome.wallMs })
        log(
          `  ${LABEL[impl].padEnd(14)} run ${r + 1}: ${
            bench.metrics.map((m) =>
              `${m.label} ${format(outcome.metrics[m.key] ?? (m.key === "wallMs" ? outcome.wallMs : NaN), m)}`
            ).join(", ")
          }`
        )
      }
    }
  } finally {
    await server.stop()
  }
  for (const result of Object.values(results)) {
    if (result === undefined || result.runs.length === 0) continue
    result.summary = {}
    for (const metric of bench.metrics) {
      const summary = summarize(
        result.runs.map((r) => r[metric.key]).filter((v) => typeof v === "number" && Number.isFinite(v))
      )
      if (summary !== undefined) result.summary[metric.key] = summary
    }
  }
  return { id: bench.id, title: bench.title, note: bench.note, metrics: bench.metrics, results }
}

// ---------------------------------------------------------------------------------------------
// Bundle sizes

interface BundleReport {
  readonly cases: Record<string, { openai: BundleResult; effect: BundleResult }>
  /** effect's own HttpClient posting and reading JSON: the floor under any effect-based chat create. */
  readonly floor: BundleResult
  readonly marginal: Record<string, { second?: number; perEndpointUpToTen?: number }>
  readonly budgets: Record<string, number>
}

const readBudgets = (): Record<string, number> => {
  const raw = JSON.parse(readFileSync(join(ROOT, "bench/budgets.json"), "utf8")) as { budgets: Record<string, number> }
  return raw.budgets
}

const runBundles = async (): Promise<BundleReport> => {
  log("\nBundle sizes (esbuild --bundle --minify --format=esm --platform=browser, gzip -9)")
  const cases: BundleReport["cases"] = {}
  for (const name of CASES) {
    cases[name] = { openai: await measureBundle("openai", name), effect: await measureBundle("effect", name) }
    const show = (r: BundleResult) => (r.ok ? `${r.gzip} B gzip` : `n/a (${r.error})`)
    log(`  ${name.padEnd(16)} openai ${show(cases[name].openai)}, openai-effect ${show(cases[name].effect)}`)
  }
  const marginal: BundleReport["marginal"] = {}
  for (const client of ["openai", "effect"] as const) {
    const one = cases["chat-create"][client]
    const two = cases["two-endpoints"][client]
    const ten = cases["ten-endpoints"][client]
    marginal[client] = {
      ...(one.ok && two.ok ? { second: two.gzip - one.gzip } : {}),
      ...(one.ok && ten.ok ? { perEndpointUpToTen: (ten.gzip - one.gzip) / 9 } : {})
    }
  }
  const floor = await measureBundle("floor", "chat-create")
  log(`  floor (effect HttpClient POST + JSON) ${floor.ok ? `${floor.gzip} B gzip` : floor.error}`)
  return { cases, floor, marginal, budgets: readBudgets() }
}

// ---------------------------------------------------------------------------------------------
// Report

const format = (value: number | undefined, metric: Pick<Metric, "scale" | "digits">): string => {
  if (value === undefined || !Number.isFinite(value)) return "n/a"
  const v = value / (metric.scale ?? 1)
  return v.toLocaleString("en-US", { minimumFractionDigits: metric.digits, maximumFractionDigits: metric.digits })
}

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}x`

const cell = (result: ImplResult | undefined, metric: Metric): string => {
  if (result === undefined) return "—"
  const s = result.summary?.[metric.key]
  if (s === undefined) return result.error !== undefined ? "unavailable¹" : "n/a"
  return `${format(s.median, metric)} (${format(s.min, metric)}–${format(s.max, metric)})`
}

const median = (b: BenchmarkResult | undefined, impl: Impl, key: string): number | undefined =>
  b?.results[impl]?.summary?.[key]?.median

const gitInfo = (): string => {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "packages", "bench", "scripts"], {
      cwd: ROOT,
      encoding: "utf8"
    }).trim()
    return `${commit}${dirty === "" ? "" : " + uncommitted changes"}`
  } catch {
    return "unknown"
  }
}

const versionOf = (pkg: string): string => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "bench/node_modules", pkg, "package.json"), "utf8")) as {
      version: string
    }).version
  } catch {
    return "unknown"
  }
}

interface Goal {
  readonly goal: string
  readonly measured: string
  readonly met: boolean | undefined
}

const goals = (bundles: BundleReport | undefined, benches: ReadonlyArray<BenchmarkResult>): Array<Goal> => {
  const byId = (id: string) => benches.find((b) => b.id === id)
  const out: Array<Goal> = []
  const check = (goal: string, measured: string, met: boolean | undefined) => out.push({ goal, measured, met })
  if (bundles !== undefined) {
    const chat = bundles.cases["chat-create"].effect
    check(
      "chat create bundle ≤ 32 KB gzip",
      chat.ok ? `${(chat.gzip / 1024).toFixed(1)} KB` : "n/a",
      chat.ok ? chat.gzip <= 32 * 1024 : undefined
    )
    const m = bundles.marginal.effect
    check(
      "each extra endpoint ≤ 300 B gzip",
      m.second === undefined ? "n/a" : `2nd: ${m.second} B; 2nd–10th: ${m.perEndpointUpToTen?.toFixed(0)} B each`,
      m.second === undefined || m.perEndpointUpToTen === undefined
        ? undefined
        : m.second <= 300 && m.perEndpointUpToTen <= 300
    )
  }
  const rel = (id: string, key: string, a: Impl, b: Impl) => {
    const x = median(byId(id), a, key)
    const y = median(byId(id), b, key)
    return x === undefined || y === undefined ? undefined : x / y
  }
  const ratioGoal = (goal: string, id: string, key: string, a: Impl, b: Impl, test: (r: number) => boolean) => {
    if (byId(id) === undefined) return
    const r = rel(id, key, a, b)
    check(goal, r === undefined ? "n/a" : `${r.toFixed(2)}x`, r === undefined ? undefined : test(r))
  }
  ratioGoal("SSE chunks/s ≥ 1.5x openai", "sse", "chunksPerSec", "effect", "openai", (r) => r >= 1.5)
  ratioGoal("SSE chunks/s ≥ 0.8x the hand-written floor", "sse", "chunksPerSec", "effect", "fetch", (r) => r >= 0.8)
  ratioGoal(
    "accumulating helper ≥ 1.5x openai's `chat.completions.stream`",
    "sse-accumulate",
    "chunksPerSec",
    "effect",
    "openai",
    (r) => r >= 1.5
  )
  ratioGoal("per-request CPU ≤ openai", "requests", "cpuMsPerRequest", "effect", "openai", (r) => r <= 1)
  ratioGoal("cold start (installed) ≤ openai", "cold-start-installed", "ms", "effect", "openai", (r) => r <= 1)
  ratioGoal("cold start (bundled) ≤ openai", "cold-start-bundled", "ms", "effect", "openai", (r) => r <= 1)
  ratioGoal("pagination items/s ≥ openai (100k)", "pagination-100k", "itemsPerSec", "effect", "openai", (r) => r >= 1)
  // "Flat" under a garbage collector: the growth from the small to the big case is compared with the
  // floor's, which holds one page (or one chunk) at a time by construction.
  const flat = (goal: string, small: string, big: string, key: string) => {
    const grow = (impl: Impl) => {
      const a = median(byId(small), impl, key)
      const b = median(byId(big), impl, key)
      return a === undefined || b === undefined ? undefined : { a, b, d: b - a }
    }
    if (byId(small) === undefined || byId(big) === undefined) return
    const e = grow("effect")
    const f = grow("fetch")
    const mib = (x: number) => (x / MIB).toFixed(1)
    check(
      goal,
      e === undefined
        ? "n/a"
        : `${mib(e.a)} → ${mib(e.b)} MiB${f === undefined ? "" : ` (floor ${mib(f.a)} → ${mib(f.b)})`}`,
      e === undefined || f === undefined ? undefined : e.d <= f.d + 16 * MIB
    )
  }
  flat(
    "pagination memory flat: peak RSS from 10k to 100k items grows ≤ the floor's + 16 MiB",
    "pagination-10k",
    "pagination-100k",
    "peakRss"
  )
  if (byId("realtime-100k") !== undefined) {
    // The server paces at 10,000/s; a client that keeps up measures that rate (within timer slack).
    const rate = median(byId("realtime-100k"), "effect", "eventsPerSec")
    check(
      "realtime: 100,000 events at 10,000/s pass through at that rate (≥ 9,500/s)",
      rate === undefined ? "n/a" : `${rate.toFixed(0)} events/s`,
      rate === undefined ? undefined : rate >= 9_500
    )
  }
  flat(
    "realtime memory flat: peak RSS from 20k to 100k events at 10k/s grows ≤ the floor's + 16 MiB",
    "realtime-20k",
    "realtime-100k",
    "peakRss"
  )
  flat(
    "upload memory flat: RSS growth from 64 to 256 MiB grows ≤ the floor's + 16 MiB",
    "upload-64",
    "upload-256",
    "rssGrowth"
  )
  const batchSmall = median(byId("batch-1k"), "effect", "rssGrowth")
  const batchBig = median(byId("batch-100k"), "effect", "rssGrowth")
  if (byId("batch-1k") !== undefined && byId("batch-100k") !== undefined) {
    check(
      "batch memory: RSS growth of 100,000 requests within 64 MiB of 1,000",
      batchSmall === undefined || batchBig === undefined
        ? "n/a"
        : `${(batchSmall / MIB).toFixed(1)} → ${(batchBig / MIB).toFixed(1)} MiB`,
      batchSmall === undefined || batchBig === undefined ? undefined : batchBig - batchSmall <= 64 * MIB
    )
  }
  return out
}

const renderMarkdown = (
  environment: Record<string, string>,
  bundles: BundleReport | undefined,
  benches: ReadonlyArray<BenchmarkResult>
): string => {
  const lines: Array<string> = []
  const push = (...l: Array<string>) => lines.push(...l)
  push(
    "# Benchmarks: openai-effect vs the official `openai` package",
    "",
    "Generated by `pnpm bench` (`node bench/run.ts`); do not edit by hand. Runtime numbers are the median of",
    "fresh processes with the spread (min–max) in parentheses; the ratio is openai-effect / openai (for throughput",
    "higher is better; for CPU, time, memory and bytes lower is better). The mock server",
    "(`scripts/mock-server.ts`) runs in its own process on 127.0.0.1.",
    "",
    Object.entries(environment).map(([k, v]) => `- ${k}: ${v}`).join("\n"),
    ""
  )
  const goalRows = goals(bundles, benches)
  if (goalRows.length > 0) {
    push("## Goals (issue 3)", "", "| goal | measured | met |", "|---|---|---|")
    for (const g of goalRows) {
      push(`| ${g.goal} | ${g.measured} | ${g.met === undefined ? "n/a" : g.met ? "yes" : "**no**"} |`)
    }
    push("")
  }
  if (bundles !== undefined) {
    push(
      "## Bundle size",
      "",
      "esbuild `--bundle --minify --format=esm --platform=browser`, then gzip -9, of a one-call program (`bench/bundle/<client>/<case>.ts`).",
      "",
      "| program | openai gzip (minified) | openai-effect gzip (minified) | ratio | budget |",
      "|---|---|---|---|---|"
    )
    const size = (
      r: BundleResult
    ) => (r.ok ? `${r.gzip.toLocaleString("en-US")} B (${r.minified.toLocaleString("en-US")} B)` : "unavailable¹")
    for (const [name, { openai, effect }] of Object.entries(bundles.cases)) {
      const budget = bundles.budgets[name]
      push(
        `| ${name} | ${size(openai)} | ${size(effect)} | ${
          openai.ok && effect.ok ? ratio(effect.gzip, openai.gzip) : "n/a"
        } | ${budget === undefined ? "—" : `${budget.toLocaleString("en-US")} B`} |`
      )
    }
    const m = (x: number | undefined) => (x === undefined ? "n/a" : `${Math.round(x)} B`)
    push(
      "",
      `Marginal gzip bytes: a second endpoint (embeddings after chat create): openai ${
        m(bundles.marginal.openai.second)
      }, openai-effect ${m(bundles.marginal.effect.second)}; `
        + `each of the 2nd to 10th endpoints on average: openai ${
          m(bundles.marginal.openai.perEndpointUpToTen)
        }, openai-effect ${m(bundles.marginal.effect.perEndpointUpToTen)}.`,
      ""
    )
    const chat = bundles.cases["chat-create"].effect
    if (bundles.floor.ok) {
      push(
        `Floor: effect's own HttpClient posting and reading JSON with no openai-effect code (\`bench/bundle/floor/chat-create.ts\`) is ${
          bundles.floor.gzip.toLocaleString("en-US")
        } B gzip`
          + (chat.ok
            ? `; openai-effect's chat-create is ${(chat.gzip - bundles.floor.gzip).toLocaleString("en-US")} B above it.`
            : "."),
        ""
      )
    }
    const failed = Object.entries(bundles.cases).filter(([, r]) => !r.effect.ok || !r.openai.ok)
    for (const [name, r] of failed) {
      if (!r.effect.ok) push(`¹ ${name}, openai-effect: ${r.effect.error}`)
      if (!r.openai.ok) push(`¹ ${name}, openai: ${r.openai.error}`)
    }
    if (failed.length > 0) push("")
  }
  for (const bench of benches) {
    const impls = IMPLS.filter((i) => bench.results[i] !== undefined)
    push(`## ${bench.title}`, "", bench.note, "")
    const viaAi = impls.includes("effect-ai")
    push(
      `| metric | ${impls.map((i) => LABEL[i]).join(" | ")} | openai-effect / openai |${
        impls.includes("fetch") ? " openai-effect / floor |" : ""
      }${viaAi ? " via effect/ai / openai-effect |" : ""}`,
      `|---|${impls.map(() => "---|").join("")}---|${impls.includes("fetch") ? "---|" : ""}${viaAi ? "---|" : ""}`
    )
    for (const metric of bench.metrics) {
      const e = median(bench, "effect", metric.key)
      push(
        `| ${metric.label} (${metric.better} is better) | ${
          impls.map((i) => cell(bench.results[i], metric)).join(" | ")
        } | ${ratio(e, median(bench, "openai", metric.key))} |${
          impls.includes("fetch") ? ` ${ratio(e, median(bench, "fetch", metric.key))} |` : ""
        }${viaAi ? ` ${ratio(median(bench, "effect-ai", metric.key), e)} |` : ""}`
      )
    }
    for (const impl of impls) {
      const error = bench.results[impl]?.error
      if (error !== undefined) push("", `¹ ${LABEL[impl]}: ${error}`)
    }
    push("")
  }
  return lines.join("\n")
}

// ---------------------------------------------------------------------------------------------

const started = performance.now()
const wanted = (id: string) => only === undefined || only.some((o) => id === o || id.startsWith(`${o}-`))

const environment: Record<string, string> = {
  date: new Date().toISOString(),
  node: process.version,
  machine: `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${
    (os.totalmem() / 1024 ** 3).toFixed(0)
  } GiB, ${os.platform()} ${os.release()}`,
  openai: versionOf("openai"),
  effect: versionOf("effect"),
  commit: gitInfo()
}

const bundles = wanted("bundle") ? await runBundles() : undefined
const selected = BENCHMARKS.filter((b) => wanted(b.id))
if (selected.length > 0) {
  log("\nBuilding the programs (JavaScript, no type stripping at run time)")
  const failures = await buildPrograms(
    [...new Set(selected.flatMap((b) => b.impls))],
    [...new Set(selected.map((b) => b.program))],
    [...new Set(selected.filter((b) => b.mode === "bundled").map((b) => b.program))]
  )
  for (const [file, error] of Object.entries(failures)) log(`  ${file}: ${error}`)
}
const benches: Array<BenchmarkResult> = []
for (const bench of selected) benches.push(await runBenchmark(bench))
environment["bench time"] = `${((performance.now() - started) / 1000).toFixed(0)} s`

const markdown = renderMarkdown(environment, bundles, benches)
if (writeResults) {
  const dir = join(ROOT, "bench/results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "latest.md"), `${markdown}\n`)
  const json = { environment, bundles, benchmarks: benches, goals: goals(bundles, benches) }
  writeFileSync(join(dir, "latest.json.tmp"), `${JSON.stringify(json, null, 2)}\n`)
  renameSync(join(dir, "latest.json.tmp"), join(dir, "latest.json"))
  log(`\nWrote bench/results/latest.md and latest.json (${environment["bench time"]})`)
} else {
  process.stdout.write(`${markdown}\n`)
}
