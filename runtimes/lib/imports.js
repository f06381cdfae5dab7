// Imports every entry point of the installed @openai-effect packages with
// traps on the globals that differ between runtimes, and prints, as one JSON
// line, each access to them made by our code while the modules load: a
// package must read `fetch`, `crypto`, `process`, `WebSocket` or `navigator`
// only when a program calls it, never at import time. Run with Node in the
// project the tarballs are installed in.
import * as fs from "node:fs"
import * as path from "node:path"

const names = ["fetch", "crypto", "process", "WebSocket", "navigator"]
const accesses = []
const modules = []
let current
for (const name of names) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)
  if (descriptor === undefined) continue
  const read = () => descriptor.get ? descriptor.get.call(globalThis) : descriptor.value
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? ""
      const ours = stack.split("\n").find((line) => line.includes("@openai-effect"))
      if (ours !== undefined) accesses.push({ module: current, global: name, at: ours.trim() })
      return read()
    }
  })
}

const scope = path.join(process.cwd(), "node_modules", "@openai-effect")
for (const dir of fs.readdirSync(scope)) {
  const pkg = JSON.parse(fs.readFileSync(path.join(scope, dir, "package.json"), "utf8"))
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (subpath.includes("*") || subpath === "./package.json" || typeof target !== "object") continue
    current = `${pkg.name}${subpath.slice(1)}`
    await import(current)
    modules.push(current)
  }
}
console.log(JSON.stringify({ modules, accesses }))
