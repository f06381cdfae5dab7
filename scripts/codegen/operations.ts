/**
 * The operations to generate: every operation of the spec, joined with its row(s) of `endpoints.tsv`
 * (two rows can share one operation), or named by `deriveEndpoint` when the official SDK lacks it.
 */
import { deriveEndpoint, moduleNames, pathOnly, pathParams } from "./naming.ts"
import type { Document, EndpointRow, OperationObject, Parameter, ResponseObject, Schema } from "./spec.ts"
import { objectProperties, resolve } from "./types.ts"

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
export type PageKind = "cursor" | "conversationCursor" | "nextCursor" | "single"
export type BodyKind = "json" | "multipart" | "multipart-if-file"

export interface Body {
  readonly kind: BodyKind
  readonly schema: Schema
  readonly required: boolean
  /** The multipart fields that take only files (`format: binary`, alone, in an array or in a union). */
  readonly files: ReadonlyArray<string>
}

export type Result =
  | { readonly kind: "json"; readonly schema: Schema }
  | { readonly kind: "empty" }
  | { readonly kind: "binary" }

export interface OperationModel {
  readonly accessor: string
  readonly module: string
  /** The exported function name (the `method` column). */
  readonly method: string
  /** The row of `endpoints.tsv`, when the official SDK has the operation. */
  readonly row: EndpointRow | undefined
  readonly http: HttpMethod
  /** The path key of the spec (may carry a literal query, `/responses?beta=true`). */
  readonly specPath: string
  /** The path without its literal query. */
  readonly path: string
  /** The literal query of the path key (`{ beta: "true" }`). */
  readonly fixedQuery: ReadonlyArray<readonly [string, string]>
  readonly operationId: string
  readonly spec: OperationObject
  readonly pathParams: ReadonlyArray<string>
  readonly query: ReadonlyArray<Parameter>
  /** Header parameters, sent through the `OpenAI-Beta` header (`openai-beta` is the only one). */
  readonly betas: Parameter | undefined
  readonly body: Body | undefined
  readonly result: Result
  /** The event schema of the `...Stream` variant, for SSE-capable operations. */
  readonly stream: Schema | undefined
  /**
   * `named` when the events are `{ event, data }` pairs (the event schema is discriminated by `event`,
   * as Assistants streams are): the core then yields the SSE event name with the parsed data.
   */
  readonly eventShape: "data" | "named"
  /** The spec documents a `text/event-stream` response (else the event type comes from `streamEventOverrides`). */
  readonly streamDocumented: boolean
  readonly page: { readonly kind: PageKind; readonly item: Schema } | undefined
  readonly admin: boolean
  readonly beta: string | undefined
  readonly deprecated: boolean
  /** The operation's page in the API reference. */
  readonly link: string
}

const httpMethods: ReadonlyArray<HttpMethod> = ["GET", "POST", "PUT", "PATCH", "DELETE"]

const pageKinds: Readonly<Record<string, PageKind>> = {
  CursorPage: "cursor",
  ConversationCursorPage: "conversationCursor",
  NextCursorPage: "nextCursor",
  Page: "single"
}

/**
 * Event types for SSE operations whose spec entry documents no `text/event-stream` response.
 * The official SDK streams these as named here.
 */
const streamEventOverrides: Readonly<Record<string, string>> = {
  createCompletion: "CreateCompletionResponse",
  createThreadAndRun: "AssistantStreamEvent",
  createRun: "AssistantStreamEvent",
  submitToolOuputsToRun: "AssistantStreamEvent",
  getResponse: "ResponseStreamEvent",
  beta_getResponse: "BetaResponseStreamEvent"
}

const schemaRef = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

/**
 * The operation's page in the API reference: `<group>/<path>` from the spec's `x-oaiMeta`, with the
 * operation id as the anchor when the spec gives no `path` (and the first tag when it gives no group).
 */
export const referencePage = (op: OperationObject): string => {
  const meta = op["x-oaiMeta"]
  const group = meta?.group ?? (op.tags?.[0] ?? "").toLowerCase()
  const anchor = meta?.path ?? op.operationId
  return `https://platform.openai.com/docs/api-reference/${group}/${anchor}`
}

const resolveParameter = (document: Document, p: Parameter): Parameter => {
  if (p.$ref === undefined) return p
  const name = p.$ref.replace("#/components/parameters/", "")
  const found = document.components.parameters?.[name]
  if (found === undefined) throw new Error(`unresolved parameter ${p.$ref}`)
  return found
}

const resolveResponse = (document: Document, r: ResponseObject): ResponseObject => {
  if (r.$ref === undefined) return r
  const name = r.$ref.replace("#/components/responses/", "")
  return document.components.responses?.[name] ?? {}
}

const successResponse = (document: Document, op: OperationObject): ResponseObject | undefined => {
  const status = Object.keys(op.responses).filter((code) => code.startsWith("2")).sort()[0]
  return status === undefined ? undefined : resolveResponse(document, op.responses[status]!)
}

/** The schema takes only files: `format: binary`, an array of them, or a union of those. */
const onlyFiles = (schemas: Readonly<Record<string, Schema>>, s: Schema): boolean => {
  const r = resolve(schemas, s)
  const members = r.anyOf ?? r.oneOf
  if (members !== undefined) return members.every((m) => onlyFiles(schemas, m))
  return r.format === "binary" || (r.items !== undefined && resolve(schemas, r.items).format === "binary")
}

const bodyOf = (
  schemas: Readonly<Record<string, Schema>>,
  op: OperationObject,
  row: EndpointRow | undefined
): Body | undefined => {
  const rb = op.requestBody
  if (rb === undefined) return undefined
  const json = rb.content["application/json"]?.schema
  const multipart = rb.content["multipart/form-data"]?.schema
  const kind: BodyKind = row !== undefined && row.body !== ""
    ? (row.body as BodyKind)
    : json !== undefined && multipart !== undefined
    ? "multipart-if-file"
    : json !== undefined
    ? "json"
    : "multipart"
  const schema = kind === "json" ? json : multipart ?? json
  if (schema === undefined) throw new Error(`${op.operationId}: no ${kind} request body schema`)
  const files = kind === "json"
    ? []
    : [...objectProperties(schemas, schema).values()].filter((p) => onlyFiles(schemas, p.schema)).map((p) => p.name)
  return { kind, schema, required: rb.required === true, files }
}

const resultOf = (document: Document, op: OperationObject, row: EndpointRow | undefined): Result => {
  const response = successResponse(document, op)
  if (row !== undefined) {
    if (row.response === "binary") return { kind: "binary" }
    if (row.returns === "void") return { kind: "empty" }
  }
  const content = response?.content
  if (content === undefined || Object.keys(content).length === 0) return { kind: "empty" }
  const json = content["application/json"]?.schema
  const onlyJson = Object.keys(content).every((type) => type === "application/json" || type === "text/event-stream")
  if (json !== undefined && onlyJson) return { kind: "json", schema: json }
  return { kind: "binary" }
}

const streamOf = (document: Document, op: OperationObject): Schema => {
  const events = successResponse(document, op)?.content?.["text/event-stream"]?.schema
  if (events !== undefined) return events
  const override = streamEventOverrides[op.operationId]
  if (override === undefined) throw new Error(`${op.operationId}: SSE operation without an event schema`)
  return schemaRef(override)
}

/** The item schema of a page: the `items` of its `data` array. */
const pageItem = (schemas: Readonly<Record<string, Schema>>, response: Schema, where: string): Schema => {
  const data = objectProperties(schemas, response).get("data")
  const array = data === undefined ? undefined : resolve(schemas, data.schema)
  const items = array?.items ?? array?.anyOf?.find((m) => m.items !== undefined)?.items
  if (items === undefined) throw new Error(`${where}: page response without a data array`)
  return items
}

/** Page kind of an operation the official SDK lacks: a `data` array with `has_more` and an `after` query. */
const derivedPageKind = (
  schemas: Readonly<Record<string, Schema>>,
  http: HttpMethod,
  result: Result,
  query: ReadonlyArray<Parameter>
): PageKind | undefined => {
  if (http !== "GET" || result.kind !== "json") return undefined
  const props = objectProperties(schemas, result.schema)
  if (!props.has("data") || !props.has("has_more")) return undefined
  return query.some((p) => p.name === "after") ? "cursor" : undefined
}

export const buildOperations = (
  document: Document,
  rows: ReadonlyArray<EndpointRow>
): ReadonlyArray<OperationModel> => {
  const schemas = document.components.schemas
  const rowsByKey = new Map<string, Array<EndpointRow>>()
  for (const row of rows) {
    const key = `${row.http} ${row.path}`
    rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row])
  }
  interface Draft {
    readonly accessor: string
    readonly method: string
    readonly row: EndpointRow | undefined
    readonly http: HttpMethod
    readonly specPath: string
    readonly op: OperationObject
  }
  const drafts: Array<Draft> = []
  const used = new Set<string>()
  for (const [specPath, item] of Object.entries(document.paths)) {
    for (const http of httpMethods) {
      const op = item[http.toLowerCase()]
      if (op === undefined) continue
      const key = `${http} ${specPath}`
      const matched = rowsByKey.get(key)
      if (matched !== undefined) {
        used.add(key)
        for (const row of matched) drafts.push({ accessor: row.accessor, method: row.method, row, http, specPath, op })
      } else {
        const derived = deriveEndpoint(http, specPath)
        drafts.push({ ...derived, row: undefined, http, specPath, op })
      }
    }
  }
  for (const key of rowsByKey.keys()) {
    if (!used.has(key)) throw new Error(`endpoints.tsv: ${key} is not in the spec`)
  }
  const modules = moduleNames(drafts.map((d) => d.accessor))
  const seen = new Set<string>()
  const models = drafts.map((d): OperationModel => {
    const module = modules.get(d.accessor)!
    const id = `${module}.${d.method}`
    if (seen.has(id)) throw new Error(`duplicate function ${id}`)
    seen.add(id)
    const parameters = (d.op.parameters ?? []).map((p) => resolveParameter(document, p))
    const declaredPath = parameters.filter((p) => p.in === "path").map((p) => p.name)
    const inPath = pathParams(d.specPath)
    for (const name of inPath) {
      if (!declaredPath.includes(name)) throw new Error(`${d.op.operationId}: undeclared path parameter ${name}`)
    }
    const query = parameters.filter((p) => p.in === "query")
    const headers = parameters.filter((p) => p.in === "header")
    for (const h of headers) {
      if (h.name.toLowerCase() !== "openai-beta") throw new Error(`${d.op.operationId}: unsupported header ${h.name}`)
    }
    const literalQuery = d.specPath.includes("?") ? d.specPath.slice(d.specPath.indexOf("?") + 1) : ""
    const fixedQuery = [...new URLSearchParams(literalQuery)].map(([k, v]) => [k, v] as const)
    const result = resultOf(document, d.op, d.row)
    const pageKind = d.row !== undefined
      ? (d.row.page === "" ? undefined : pageKinds[d.row.page])
      : derivedPageKind(schemas, d.http, result, query)
    if (d.row !== undefined && d.row.page !== "" && pageKind === undefined) {
      throw new Error(`unknown page kind ${d.row.page}`)
    }
    if (pageKind !== undefined && result.kind !== "json") throw new Error(`${id}: page without a JSON response`)
    const stream = d.row?.sse === true ? streamOf(document, d.op) : undefined
    const page = pageKind === undefined || result.kind !== "json"
      ? undefined
      : { kind: pageKind, item: pageItem(schemas, result.schema, id) }
    return {
      accessor: d.accessor,
      module,
      method: d.method,
      row: d.row,
      http: d.http,
      specPath: d.specPath,
      path: pathOnly(d.specPath),
      fixedQuery,
      operationId: d.op.operationId,
      spec: d.op,
      pathParams: inPath,
      query,
      betas: headers[0],
      body: bodyOf(schemas, d.op, d.row),
      result,
      stream,
      eventShape: stream !== undefined && isNamedEvents(schemas, stream) ? "named" : "data",
      streamDocumented: successResponse(document, d.op)?.content?.["text/event-stream"] !== undefined,
      page,
      admin: d.row !== undefined ? d.row.auth === "admin_key" : isAdminPath(d.specPath),
      beta: d.row !== undefined && d.row.betaHeader !== "" ? d.row.betaHeader : undefined,
      deprecated: d.op.deprecated === true,
      link: referencePage(d.op)
    }
  })
  return models
}

const isNamedEvents = (schemas: Readonly<Record<string, Schema>>, s: Schema): boolean =>
  (resolve(schemas, s) as { readonly discriminator?: { readonly propertyName?: string } }).discriminator?.propertyName
    === "event"

/** Operations absent from the table use the admin key on the organization/projects administration paths. */
const isAdminPath = (path: string): boolean => path.startsWith("/organization/") || path.startsWith("/projects/")
