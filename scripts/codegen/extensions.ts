/**
 * Hand-written extensions of generated modules: `packages/resources/src/extensions/<Module>.ts` holds
 * the helpers of one resource (`ThreadsRuns.createAndPoll`), and the generated `<Module>.ts` re-exports
 * it, so users find them beside the operations. An extension that exports the name of a generated
 * function replaces it (`Embeddings.create`, which asks for base64 and decodes it).
 */
import * as fs from "node:fs"
import * as path from "node:path"

export const EXTENSIONS = "packages/resources/src/extensions"

/** The value names a module exports (`export const name`), in order. */
export const exportedNames = (text: string): ReadonlyArray<string> =>
  [...text.matchAll(/^export const (\w+)/gm)].map((match) => match[1]!)

/** Module name -> the names its extension exports; empty when there are none. */
export const loadExtensions = (repoRoot: string): ReadonlyMap<string, ReadonlyArray<string>> => {
  const dir = path.join(repoRoot, EXTENSIONS)
  if (!fs.existsSync(dir)) return new Map()
  return new Map(
    fs.readdirSync(dir).filter((file) => file.endsWith(".ts")).sort().map((file) => [
      file.slice(0, -3),
      exportedNames(fs.readFileSync(path.join(dir, file), "utf8"))
    ])
  )
}
