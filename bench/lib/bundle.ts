/**
 * Bundle sizes: esbuild `--bundle --minify --format=esm --platform=browser`, then gzip -9, of the
 * one-call programs in `bench/bundle/<client>/<case>.ts`. Sizes are deterministic for a given tree.
 */
import { build } from "esbuild"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

export const BUNDLE_DIR = fileURLToPath(new URL("../bundle/", import.meta.url))

/** `floor`: effect's own HttpClient without openai-effect (chat-create only). */
export type Client = "openai" | "effect" | "floor"

/** The one-call cases; `two-endpoints` and `ten-endpoints` give the marginal cost of more endpoints. */
export const CASES = [
  "chat-create",
  "chat-stream",
  "embeddings",
  "file-upload",
  "list-pagination",
  "run-tools",
  "responses-create",
  "generate-text",
  "two-endpoints",
  "ten-endpoints"
] as const
export type Case = (typeof CASES)[number]

export interface BundleSize {
  readonly minified: number
  readonly gzip: number
}

export type BundleResult =
  | ({ readonly ok: true } & BundleSize)
  | { readonly ok: false; readonly error: string }

export const entryOf = (client: Client, name: Case): string => `${BUNDLE_DIR}${client}/${name}.ts`

/** Bundles one entry in memory and measures it. A failed build (a module not written yet) is reported, not thrown. */
export const measureBundle = async (client: Client, name: Case): Promise<BundleResult> => {
  const entry = entryOf(client, name)
  if (!existsSync(entry)) return { ok: false, error: `no entry ${entry}` }
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      logLevel: "silent",
      legalComments: "none"
    })
    const code = result.outputFiles[0].contents
    return { ok: true, minified: code.length, gzip: gzipSync(code, { level: 9 }).length }
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string }> }).errors
    return { ok: false, error: errors?.[0]?.text ?? String(error) }
  }
}
