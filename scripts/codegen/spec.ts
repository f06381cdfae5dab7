/**
 * Inputs of the generator: the OpenAPI document and the operation table of the official SDK, both read
 * from `../shared/openapi` relative to the repository root (never copied into the repository).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { parse } from "yaml"
import { loadExtensions } from "./extensions.ts"

/** The subset of JSON Schema / OpenAPI 3.1 the spec uses. */
export interface Schema {
  readonly $ref?: string
  readonly $recursiveRef?: string
  readonly $recursiveAnchor?: boolean
  readonly type?: string | ReadonlyArray<string>
  readonly format?: string
  readonly enum?: ReadonlyArray<unknown>
  readonly const?: unknown
  readonly nullable?: boolean
  readonly properties?: Readonly<Record<string, Schema>>
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: boolean | Schema
  readonly items?: Schema
  readonly anyOf?: ReadonlyArray<Schema>
  readonly oneOf?: ReadonlyArray<Schema>
  readonly allOf?: ReadonlyArray<Schema>
  readonly not?: Schema
  readonly default?: unknown
  readonly example?: unknown
  readonly minimum?: number
  readonly maximum?: number
  readonly exclusiveMinimum?: number | boolean
  readonly exclusiveMaximum?: number | boolean
  readonly minLength?: number
  readonly maxLength?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly maxProperties?: number
  readonly pattern?: string
  readonly deprecated?: boolean
  /** Prose: never copied into the output. */
  readonly description?: string
  readonly title?: string
  readonly "x-stainless-const"?: boolean
  readonly "x-oaiMeta"?: { readonly name?: string; readonly group?: string; readonly path?: string }
}

export interface Parameter {
  readonly $ref?: string
  readonly name: string
  readonly in: "path" | "query" | "header" | "cookie"
  readonly required?: boolean
  readonly deprecated?: boolean
  readonly schema?: Schema
}

export interface MediaType {
  readonly schema?: Schema
}

export interface ResponseObject {
  readonly $ref?: string
  readonly content?: Readonly<Record<string, MediaType>>
}

export interface OperationObject {
  readonly operationId: string
  readonly tags?: ReadonlyArray<string>
  readonly deprecated?: boolean
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: { readonly required?: boolean; readonly content: Readonly<Record<string, MediaType>> }
  readonly responses: Readonly<Record<string, ResponseObject>>
  readonly "x-oaiMeta"?: { readonly name?: string; readonly group?: string; readonly path?: string }
}

export interface Document {
  readonly paths: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>
  /** The events the API posts to a user's endpoint: each is an operation whose body is the event. */
  readonly webhooks?: Readonly<Record<string, Readonly<Record<string, Pick<OperationObject, "requestBody">>>>>
  readonly components: {
    readonly schemas: Readonly<Record<string, Schema>>
    readonly responses?: Readonly<Record<string, ResponseObject>>
    readonly parameters?: Readonly<Record<string, Parameter>>
  }
}

/** One row of `endpoints.tsv`: the official SDK's accessor and method for an operation. */
export interface EndpointRow {
  readonly accessor: string
  readonly method: string
  readonly http: string
  readonly path: string
  readonly returns: string
  readonly page: string
  readonly sse: boolean
  readonly body: string
  readonly response: string
  readonly auth: string
  readonly betaHeader: string
}

export interface Inputs {
  readonly document: Document
  readonly rows: ReadonlyArray<EndpointRow>
  /** Module name -> the names exported by its hand-written extension (see `extensions.ts`). */
  readonly extensions?: ReadonlyMap<string, ReadonlyArray<string>>
  /** The official SDK's declarations, for its type names (see `official.ts`). */
  readonly official: OfficialDeclarations
}

/** Declaration files of the official package, by path relative to its `resources/` directory. */
export type OfficialDeclarations = ReadonlyMap<string, string>

/**
 * Every `.d.ts` under the official package's `resources/`, in a stable order. The package is a
 * pinned dependency of `bench/`, so `pnpm install` puts it there.
 */
export const loadOfficial = (repoRoot: string): OfficialDeclarations => {
  const root = path.join(repoRoot, "bench", "node_modules", "openai", "resources")
  if (!fs.existsSync(root)) throw new Error(`${root} is missing: run pnpm install (bench depends on openai)`)
  const out = new Map<string, string>()
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const entry of entries) {
      const abs = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(abs)
      else if (entry.name.endsWith(".d.ts")) {
        out.set(path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8"))
      }
    }
  }
  walk(root)
  return out
}

/** `../shared/openapi` relative to the repository root. */
export const sharedDir = (repoRoot: string): string => path.resolve(repoRoot, "..", "shared", "openapi")

export const inputsExist = (repoRoot: string): boolean =>
  fs.existsSync(path.join(sharedDir(repoRoot), "openapi.yml"))
  && fs.existsSync(path.join(sharedDir(repoRoot), "endpoints.tsv"))

export const parseEndpoints = (text: string): ReadonlyArray<EndpointRow> => {
  const lines = text.split("\n").filter((line) => line.trim() !== "")
  const header = lines[0]!.split("\t")
  const column = (name: string): number => {
    const index = header.indexOf(name)
    if (index < 0) throw new Error(`endpoints.tsv: missing column ${name}`)
    return index
  }
  const columns = {
    accessor: column("accessor"),
    method: column("method"),
    http: column("http"),
    path: column("path"),
    returns: column("returns"),
    page: column("page"),
    sse: column("sse"),
    body: column("body"),
    response: column("response"),
    auth: column("auth"),
    betaHeader: column("beta_header")
  }
  return lines.slice(1).map((line) => {
    const cells = line.split("\t")
    const cell = (index: number): string => (cells[index] ?? "").trim()
    return {
      accessor: cell(columns.accessor),
      method: cell(columns.method),
      http: cell(columns.http),
      path: cell(columns.path),
      returns: cell(columns.returns),
      page: cell(columns.page),
      sse: cell(columns.sse) === "yes",
      body: cell(columns.body),
      response: cell(columns.response),
      auth: cell(columns.auth),
      betaHeader: cell(columns.betaHeader)
    }
  })
}

export const loadInputs = (repoRoot: string): Inputs => {
  const dir = sharedDir(repoRoot)
  const document = parse(fs.readFileSync(path.join(dir, "openapi.yml"), "utf8"), { maxAliasCount: -1 }) as Document
  const rows = parseEndpoints(fs.readFileSync(path.join(dir, "endpoints.tsv"), "utf8"))
  return { document, rows, extensions: loadExtensions(repoRoot), official: loadOfficial(repoRoot) }
}

/** The name of a `#/components/schemas/...` reference. */
export const refName = (ref: string): string => {
  const prefix = "#/components/schemas/"
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`)
  return ref.slice(prefix.length)
}
