/**
 * The smoke suite as a command, for Node, Deno and Bun: `<runtime> cli.js
 * <server url>` prints the checks as one JSON line.
 */
import { run } from "./suite.ts"

// Deno has its own `Deno.args`; Node and Bun have `process.argv`.
const runtime = globalThis as {
  readonly Deno?: { readonly args: ReadonlyArray<string> }
  readonly process?: { readonly argv: ReadonlyArray<string> }
}
const url = runtime.Deno?.args[0] ?? runtime.process?.argv[2]
if (url === undefined) throw new Error("usage: cli.js <smoke server url>")
console.log(JSON.stringify(await run(url)))
