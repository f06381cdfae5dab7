/**
 * One module per resource: the parameter types of its operations and one small function per operation
 * (plus `...Stream` and `...Page` variants), each handing one line of data to `@openai-effect/core/Operation`.
 */
import { isInterfaceSchema, isPlainObject } from "./declarations.ts"
import type { Value } from "./examples.ts"
import { ExampleBuilder, fileValue, objectValue } from "./examples.ts"
import { prefixLines, printObject, printParams, printValuePretty } from "./format.ts"
import { camelCase, declarationName, isReserved, lowerFirst, propertyKey, typeName, upperFirst } from "./naming.ts"
import type { OfficialNames, Target } from "./official.ts"
import { schemaType } from "./official.ts"
import type { OperationModel, PageKind } from "./operations.ts"
import type { Parameter, Schema } from "./spec.ts"
import { refName } from "./spec.ts"
import { docBlock, emptyImports, objectProperties, resolve, TypeRenderer } from "./types.ts"
import type { Imports } from "./types.ts"

export const SINCE = "0.1.0"

/** The name a query parameter has in the params object (`include[]` is `include`). */
export const queryName = (p: Parameter): string => p.name.replace(/\[\]$/, "")

/** The positional argument: the last path parameter. */
export const idArgument = (op: OperationModel): string | undefined => {
  const last = op.pathParams[op.pathParams.length - 1]
  if (last === undefined) return undefined
  const name = camelCase(last)
  return isReserved(name) ? `${name}_` : name
}

/** Path parameters that travel in the params object (all but the last). */
export const restPathParams = (op: OperationModel): ReadonlyArray<string> => op.pathParams.slice(0, -1)

export const paramsTypeName = (op: OperationModel): string => `${upperFirst(op.method)}Params`

/** Whether an operation takes a params object, and whether it may be left out. */
export const paramsShape = (
  schemas: Readonly<Record<string, Schema>>,
  op: OperationModel
): "none" | "optional" | "required" => {
  const members = restPathParams(op).length + op.query.length + (op.betas === undefined ? 0 : 1)
  if (members === 0 && op.body === undefined) return "none"
  if (restPathParams(op).length > 0 || op.query.some((p) => p.required === true)) return "required"
  if (op.body === undefined) return "optional"
  const body = resolve(schemas, op.body.schema)
  const objectLike = isPlainObject(body)
    || (body.allOf !== undefined && body.anyOf === undefined && body.oneOf === undefined)
  if (!objectLike) return "required"
  return [...objectProperties(schemas, op.body.schema).values()].some((p) => p.required) ? "required" : "optional"
}

interface ModuleContext {
  readonly schemas: Readonly<Record<string, Schema>>
  readonly imports: Imports
  readonly renderer: TypeRenderer
  readonly examples: ExampleBuilder
  readonly core: Set<string>
  /** SDK alias -> spec schema name (see `sdkAliases`). */
  readonly aliases: ReadonlyMap<string, string>
}

const betasItemSchema = (p: Parameter): Schema => p.schema?.items ?? { type: "string" }

/** The `XParams` declaration of an operation, or `undefined` when it takes no params. */
const paramsDeclaration = (ctx: ModuleContext, op: OperationModel): string | undefined => {
  if (paramsShape(ctx.schemas, op) === "none") return undefined
  const name = paramsTypeName(op)
  const pad = "  "
  const members: Array<string> = []
  for (const p of restPathParams(op)) {
    members.push(`${pad}readonly ${propertyKey(p)}: string`)
  }
  const bodyProps = op.body === undefined ? new Map() : objectProperties(ctx.schemas, op.body.schema)
  for (const p of op.query) {
    const key = queryName(p)
    if (bodyProps.has(key)) throw new Error(`${op.operationId}: query parameter ${key} is also a body property`)
    const schema: Schema = p.deprecated === true ? { ...(p.schema ?? {}), deprecated: true } : p.schema ?? {}
    members.push(ctx.renderer.propertyLine(key, schema, p.required === true, pad))
  }
  if (op.betas !== undefined) {
    const item = betasItemSchema(op.betas)
    const open: Schema = { anyOf: [{ type: "string" }, item] }
    members.push(
      `${docBlock(["Sent as the `OpenAI-Beta` header."], pad)}${pad}readonly betas?: ReadonlyArray<${
        ctx.renderer.render(open, pad)
      }> | undefined`
    )
  }
  const doc = `/**\n * The parameters of {@link ${
    declarationName(op.method)
  }}.\n *\n * @category params\n * @since ${SINCE}\n */\n`
  if (op.body === undefined) return `${doc}export interface ${name} {\n${members.join("\n")}\n}\n`
  const body = op.body.schema
  if (members.length === 0 && isPlainObject(body)) {
    return `${doc}export interface ${name} {\n${ctx.renderer.objectBody(body, "", new Set()).join("\n")}\n}\n`
  }
  if (members.length === 0) return `${doc}export type ${name} = ${ctx.renderer.render(body, "")}\n`
  if (body.$ref !== undefined && isInterfaceSchema(ctx.schemas, refName(body.$ref))) {
    return `${doc}export interface ${name} extends ${ctx.renderer.render(body, "")} {\n${members.join("\n")}\n}\n`
  }
  if (isPlainObject(body)) {
    const own = ctx.renderer.objectBody(body, "", new Set())
    return `${doc}export interface ${name} {\n${[...own, ...members].join("\n")}\n}\n`
  }
  return `${doc}export type ${name} = ${ctx.renderer.render(body, "")} & {\n${members.join("\n")}\n}\n`
}

interface Variant {
  readonly name: string
  readonly call: "json" | "empty" | "binary" | "sse" | "list" | "page"
  readonly returns: string
}

/** A result or item type: the module's SDK alias of the schema when it has one (`ChatCompletion`). */
const resultType = (ctx: ModuleContext, schema: Schema): string => {
  if (schema.$ref !== undefined) {
    const target = refName(schema.$ref)
    const alias = [...ctx.aliases].find(([, t]) => t === target)?.[0]
    if (alias !== undefined) {
      ctx.imports.schemas.add(target)
      return alias
    }
  }
  return ctx.renderer.render(schema, "")
}

const pageKindLiteral = (kind: PageKind): string => JSON.stringify(kind)

const variantsOf = (ctx: ModuleContext, op: OperationModel): ReadonlyArray<Variant> => {
  const effect = (a: string) => `Effect.Effect<${a}, OpenAIError, OpenAIClient>`
  const stream = (a: string) => `Stream.Stream<${a}, OpenAIError, OpenAIClient>`
  const out: Array<Variant> = []
  if (op.page !== undefined) {
    const item = resultType(ctx, op.page.item)
    ctx.core.add("Page")
    out.push({ name: op.method, call: "list", returns: stream(item) })
    out.push({ name: `${op.method}Page`, call: "page", returns: effect(`Page<${item}>`) })
  } else if (op.result.kind === "json") {
    out.push({ name: op.method, call: "json", returns: effect(resultType(ctx, op.result.schema)) })
  } else if (op.result.kind === "empty") {
    out.push({ name: op.method, call: "empty", returns: effect("void") })
  } else {
    ctx.core.add("BinaryResponse")
    out.push({ name: op.method, call: "binary", returns: effect("BinaryResponse") })
  }
  if (op.stream !== undefined) {
    out.push({ name: `${op.method}Stream`, call: "sse", returns: stream(ctx.renderer.render(op.stream, "")) })
  }
  return out
}

/** The example argument values of an operation: the id and the params object. */
const message = (role: string, content: string): Value => objectValue([["role", role], ["content", content]])

/**
 * Request bodies written by hand for the operations people read first, so
 * their examples look like real use. The conformance suite sends these very
 * values to the spec-validating mock, so they stay valid.
 */
const curatedBodies: Readonly<Record<string, Value>> = {
  createChatCompletion: objectValue([["model", "gpt-4o"], ["messages", [message("user", "Hello!")]]]),
  createResponse: objectValue([["model", "gpt-4o"], ["input", "Write a haiku about the sea."]]),
  createEmbedding: objectValue([["model", "text-embedding-3-small"], ["input", "The food was delicious."]]),
  createCompletion: objectValue([["model", "gpt-3.5-turbo-instruct"], ["prompt", "Say this is a test"]]),
  createModeration: objectValue([["input", "I want to hug everyone."]]),
  createImage: objectValue([["model", "gpt-image-1"], ["prompt", "A watercolor fox in the snow"]]),
  createSpeech: objectValue([["model", "gpt-4o-mini-tts"], ["voice", "alloy"], ["input", "Hello there!"]]),
  createTranscription: objectValue([["file", fileValue("audio.mp3")], ["model", "gpt-4o-transcribe"]])
}

export const exampleArguments = (
  examples: ExampleBuilder,
  schemas: Readonly<Record<string, Schema>>,
  op: OperationModel
): { readonly id: string | undefined; readonly params: Value | undefined } => {
  const pathValue = (name: string): string => {
    const p = op.spec.parameters?.find((x) => x.in === "path" && x.name === name)
    const example = p?.schema?.example
    if (typeof example === "string" && /^[\w.\-:]{1,64}$/.test(example)) return example
    const stem = name.replace(/_id$/, "")
    return `${stem}_abc123`
  }
  const last = op.pathParams[op.pathParams.length - 1]
  const id = last === undefined ? undefined : pathValue(last)
  const shape = paramsShape(schemas, op)
  if (shape === "none") return { id, params: undefined }
  const entries: Array<readonly [string, Value]> = []
  for (const p of restPathParams(op)) entries.push([p, pathValue(p)])
  for (const p of op.query) {
    if (p.required === true) entries.push([queryName(p), examples.value(p.schema ?? {}, queryName(p))])
  }
  if (op.body !== undefined) {
    const body = curatedBodies[op.operationId] ?? examples.value(op.body.schema, "body")
    if (body !== null && typeof body === "object" && "kind" in body && body.kind === "object") {
      entries.push(...body.entries)
    } else if (entries.length === 0) {
      return { id, params: body }
    }
  }
  if (entries.length === 0 && shape === "optional") return { id, params: undefined }
  return { id, params: objectValue(entries) }
}

/** `fn(id, params)` arguments as printed in an example or a test, starting at `column`. */
export const printArguments = (
  args: { readonly id: string | undefined; readonly params: Value | undefined },
  pad: string,
  column: number
): string => {
  const parts: Array<string> = []
  if (args.id !== undefined) parts.push(JSON.stringify(args.id))
  if (args.params !== undefined) {
    const before = parts.map((p) => p + ", ").join("")
    parts.push(printValuePretty(args.params, pad, column + before.length))
  }
  return parts.join(", ")
}

const resultVariable = (op: OperationModel): string => {
  const source = op.row?.returns !== undefined && op.row.returns !== "" && op.row.returns !== "void"
    ? op.row.returns
    : op.result.kind === "json" && op.result.schema.$ref !== undefined
    ? refName(op.result.schema.$ref)
    : "result"
  const name = lowerFirst(typeName(source))
  return isReserved(name) || name === "response" ? "result" : name
}

const exampleFor = (ctx: ModuleContext, op: OperationModel, variant: Variant): string => {
  const fn = `${op.module}.${variant.name}`
  const args = exampleArguments(ctx.examples, ctx.schemas, op)
  const line = (prefix: string, suffix: string) =>
    `${prefix}${fn}(${printArguments(args, "", prefix.length + fn.length + 1)})${suffix}`
  switch (variant.call) {
    case "json":
      return line(`const ${resultVariable(op)} = yield* `, "")
    case "empty":
      return line("yield* ", "")
    case "binary":
      return line("const response = yield* ", "")
    case "list":
      return line("const items = yield* ", ".pipe(Stream.take(20), Stream.runCollect)")
    case "page":
      return line("const page = yield* ", "")
    case "sse":
      return line("yield* ", ".pipe(Stream.runForEach((event) => Console.log(event)))")
  }
}

interface Locals {
  /** Statements before the call (destructuring). */
  readonly prelude: string | undefined
  readonly pathArgs: ReadonlyMap<string, string>
  readonly query: string | undefined
  readonly body: string | undefined
  readonly betas: string | undefined
}

/** How the function splits its params object into path, query, body and header. */
const locals = (ctx: ModuleContext, op: OperationModel): Locals => {
  const shape = paramsShape(ctx.schemas, op)
  const pathArgs = new Map<string, string>()
  const id = idArgument(op)
  const last = op.pathParams[op.pathParams.length - 1]
  if (last !== undefined) pathArgs.set(last, id!)
  if (shape === "none") return { prelude: undefined, pathArgs, query: undefined, body: undefined, betas: undefined }
  const rest = restPathParams(op)
  const hasQuery = op.query.length > 0
  const hasBody = op.body !== undefined
  const hasBetas = op.betas !== undefined
  const parts = (hasQuery ? 1 : 0) + (hasBody ? 1 : 0) + (hasBetas ? 1 : 0)
  if (parts <= 1 && !hasBetas) {
    if (rest.length === 0) {
      return {
        prelude: undefined,
        pathArgs,
        query: hasQuery ? "params" : undefined,
        body: hasBody ? "params" : undefined,
        betas: undefined
      }
    }
    if (!hasQuery && !hasBody) {
      for (const p of rest) pathArgs.set(p, `params.${p}`)
      return { prelude: undefined, pathArgs, query: undefined, body: undefined, betas: undefined }
    }
  }
  // Destructure: path params and (when there is a body) the query params are named, the rest is
  // the query (no body) or the body.
  const named: Array<string> = [...rest]
  for (const p of rest) pathArgs.set(p, p)
  let query: string | undefined
  let body: string | undefined
  if (hasBody) {
    const queryNames = op.query.map(queryName)
    named.push(...queryNames)
    query = hasQuery ? printObject(queryNames.map((n) => [n, n] as const), "    ", 60) : undefined
    body = "body"
  } else if (hasQuery) {
    query = "query"
  }
  if (hasBetas) named.push("betas")
  const restName = hasBody ? "body" : hasQuery ? "query" : undefined
  const pattern = [
    ...named.map((n) => propertyKey(n) === n ? n : `${propertyKey(n)}: ${camelCase(n)}`),
    ...(restName === undefined ? [] : [`...${restName}`])
  ]
  for (const p of rest) if (propertyKey(p) !== p) pathArgs.set(p, camelCase(p))
  return {
    prelude: `  const { ${pattern.join(", ")} } = params`,
    pathArgs,
    query,
    body,
    betas: hasBetas ? "betas" : undefined
  }
}

const pathExpression = (op: OperationModel, pathArgs: ReadonlyMap<string, string>): string => {
  if (op.pathParams.length === 0) return JSON.stringify(op.path)
  const template = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => `\${${pathArgs.get(name)}}`)
  return `Operation.path\`${template}\``
}

// Multipart bodies are built by `Operation.multipart`, so only the operations
// that upload carry multipart code into a bundle.
const encodeBody = (op: OperationModel, body: string): string => {
  const files = op.body === undefined || op.body.files.length === 0 ? "" : `, ${JSON.stringify(op.body.files)}`
  switch (op.body?.kind) {
    case "multipart":
      return `Operation.multipart(${body}${files})`
    case "multipart-if-file":
      return `Operation.multipartIfFile(${body}${files})`
    default:
      return body
  }
}

const specEntries = (op: OperationModel, l: Locals, variant: Variant): ReadonlyArray<readonly [string, string]> => {
  const entries: Array<readonly [string, string]> = [
    ["operationId", JSON.stringify(op.operationId)],
    ["method", JSON.stringify(op.http)],
    ["path", pathExpression(op, l.pathArgs)]
  ]
  const streamFlag = variant.call === "sse"
  const fixed = op.fixedQuery.map(([k, v]) => `${propertyKey(k)}: ${JSON.stringify(v)}`)
  const queryExtras = [...fixed, ...(streamFlag && op.http === "GET" ? ["stream: true"] : [])]
  if (l.query !== undefined || queryExtras.length > 0) {
    if (queryExtras.length === 0) entries.push(["query", l.query!])
    else if (l.query === undefined) entries.push(["query", `{ ${queryExtras.join(", ")} }`])
    else if (l.query.startsWith("{ ")) entries.push(["query", `${l.query.slice(0, -2)}, ${queryExtras.join(", ")} }`])
    else entries.push(["query", `{ ...${l.query}, ${queryExtras.join(", ")} }`])
  }
  const body = l.body !== undefined
    ? streamFlag && op.http !== "GET" ? `{ ...${l.body}, stream: true }` : l.body
    : streamFlag && op.http !== "GET"
    ? "{ stream: true }"
    : undefined
  if (body !== undefined) entries.push(["body", encodeBody(op, body)])
  if (op.admin) entries.push(["auth", JSON.stringify("admin")])
  if (op.beta !== undefined) entries.push(["beta", JSON.stringify(op.beta)])
  else if (l.betas !== undefined) entries.push(["beta", `${l.betas}?.join(",")`])
  return entries
}

const functionDoc = (ctx: ModuleContext, op: OperationModel, variant: Variant): string => {
  const lines: Array<string> = []
  const single = op.page?.kind === "single"
  const what = variant.call === "list"
    ? single
      ? " as a `Stream` of the items of its one page."
      : " as a `Stream` of items, fetching pages as they are pulled."
    : variant.call === "page"
    ? single ? ": the one page of items." : ": one page, with the cursor to the next."
    : variant.call === "sse"
    ? " with `stream: true`, as a `Stream` of server-sent events."
    : variant.call === "binary"
    ? ": the response body as a byte stream."
    : variant.call === "empty"
    ? ": no response body."
    : "."
  lines.push(...wrap(`\`${op.http} ${op.specPath}\`${what}`, ""))
  const notes: Array<string> = []
  if (op.admin) notes.push("Authenticates with the admin API key.")
  if (op.beta !== undefined) notes.push(`Sends \`OpenAI-Beta: ${op.beta}\`.`)
  if (op.body !== undefined && op.body.kind === "multipart") notes.push("Sends a multipart form.")
  if (op.body !== undefined && op.body.kind === "multipart-if-file") {
    notes.push("Sends a multipart form when a value is a file, JSON otherwise.")
  }
  if (notes.length > 0) lines.push("", notes.join(" "))
  lines.push("")
  if (op.deprecated) lines.push("@deprecated")
  lines.push(`@see ${op.link}`)
  lines.push("@example")
  lines.push(...exampleFor(ctx, op, variant).split("\n"))
  lines.push("@category operations")
  lines.push(`@since ${SINCE}`)
  return `/**\n${prefixLines(lines.join("\n").replace(/\*\//g, "*\\/"), " * ")}\n */\n`
}

/** The marker that the plain variant's `stream` takes, naming the stream variant (and back). */
const streamMarker = (op: OperationModel, streaming: boolean): string =>
  streaming ? `Call${upperFirst(op.method)}ForOneResult` : `Call${upperFirst(op.method)}StreamToStream`

const streamField = (op: OperationModel, streaming: boolean): string => {
  const other = streaming ? op.method : `${op.method}Stream`
  const doc = streaming
    ? `Always \`true\` here: call {@link ${declarationName(other)}} for one result.`
    : `Never \`true\` here: call {@link ${declarationName(other)}} to stream.`
  const values = streaming ? "true" : "false | null"
  return `/** ${doc} */\nreadonly stream?: ${values} | ${streamMarker(op, streaming)} | undefined`
}

/** The markers of `streamField`: types no value has, there to be read in a type error. */
const streamMarkers = (op: OperationModel): ReadonlyArray<string> =>
  [false, true].map((streaming) => {
    const name = streamMarker(op, streaming)
    const fn = streaming ? op.method : `${op.method}Stream`
    const what = streaming
      ? `\`${op.method}Stream\` always streams: \`stream: false\` is \`${fn}\`'s job.`
      : `\`${op.method}\` returns one result: \`stream: true\` is \`${fn}\`'s job.`
    return `/**\n * ${what} This type appears in the type error and has no value.\n *\n * @category params\n * @since ${SINCE}\n */\nexport interface ${name} {\n  readonly "~call ${fn}": never\n}\n`
  })

const functionText = (ctx: ModuleContext, op: OperationModel, variant: Variant): string => {
  const shape = paramsShape(ctx.schemas, op)
  const params: Array<string> = []
  const id = idArgument(op)
  if (id !== undefined) params.push(`${id}: string`)
  if (shape !== "none") {
    const type = paramsTypeName(op)
    const defaulted = op.body !== undefined || locals(ctx, op).prelude !== undefined
    // The plain variant of a streaming operation must not be asked to stream
    // (its answer would be events, not the JSON its type promises), nor the
    // stream variant not to: a marker type in `stream` names the way out in
    // the type error.
    const streamFlag = op.stream !== undefined && op.http !== "GET" && op.body !== undefined
    const typed = streamFlag && (variant.call === "json" || variant.call === "sse")
      ? `${type} & {\n${streamField(op, variant.call === "sse")}\n}`
      : type
    params.push(shape === "required" ? `params: ${typed}` : defaulted ? `params: ${typed} = {}` : `params?: ${typed}`)
  }
  params.push("options?: RequestOptions")
  const declared = declarationName(variant.name)
  const l = locals(ctx, op)
  const call = variant.call === "list" || variant.call === "page"
    ? `Operation.${variant.call}(${pageKindLiteral(op.page!.kind)}, `
    : `Operation.${variant.call}(`
  const signature = printParams(`export const ${declared} = `, params, `: ${variant.returns} =>`, "")
  const indent = l.prelude === undefined ? "  " : "  return "
  const object = printObject(specEntries(op, l, variant), "  ", indent.length + call.length)
  const shapeArg = variant.call === "sse" && op.eventShape === "named" ? `, "named"` : ""
  const invocation = `${indent}${call}${object}, options${shapeArg})`
  const doc = functionDoc(ctx, op, variant)
  if (l.prelude === undefined) return `${doc}${signature}\n${invocation}\n`
  return `${doc}${signature.slice(0, -3)} => {\n${l.prelude}\n${invocation}\n}\n`
}

export interface ModuleOutput {
  readonly text: string
  readonly schemas: ReadonlySet<string>
  readonly functions: ReadonlyArray<string>
  /** The type names the module declares. */
  readonly declared: ReadonlyArray<string>
}

const coreImports: ReadonlyArray<readonly [string, string]> = [
  ["BinaryResponse", `import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"`],
  ["OpenAIClient", `import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"`],
  ["OpenAIError", `import type { OpenAIError } from "@openai-effect/core/OpenAIError"`],
  ["Page", `import type { Page } from "@openai-effect/core/Page"`],
  ["RequestOptions", `import type { RequestOptions } from "@openai-effect/core/RequestOptions"`]
]

/** The source of one resource module. */
export const emitModule = (
  schemas: Readonly<Record<string, Schema>>,
  accessor: string,
  module: string,
  ops: ReadonlyArray<OperationModel>,
  official: OfficialNames,
  extension: ReadonlyArray<string> = []
): ModuleOutput => {
  // A first pass finds the names the module imports and declares, so no SDK alias can shadow one.
  const first = emitWith(schemas, accessor, module, ops, new Map(), noRequestAliases, extension)
  const declared = new Set(ops.map(paramsTypeName))
  const aliases = sdkAliases(ops, first.schemas, declared)
  return emitWith(schemas, accessor, module, ops, aliases, requestAliases(official, ops, first, aliases), extension)
}

/** The official SDK's names of request types: params types, and the types inside them. */
interface RequestAliases {
  /** Official name -> the module's params type. */
  readonly params: ReadonlyMap<string, string>
  /** Official name -> what it names. */
  readonly types: ReadonlyMap<string, Target>
}

const noRequestAliases: RequestAliases = { params: new Map(), types: new Map() }

const requestAliases = (
  official: OfficialNames,
  ops: ReadonlyArray<OperationModel>,
  first: ModuleOutput,
  responses: ReadonlyMap<string, string>
): RequestAliases => {
  const params = new Map<string, string>()
  const found = new Map<string, Target | undefined>()
  for (const op of ops) {
    const named = op.row === undefined ? undefined : official.paramsOf(op.accessor, op.method)
    if (named === undefined || paramsShape(official.schemas, op) === "none") continue
    params.set(named.name, paramsTypeName(op))
    if (op.body !== undefined) official.align(named, op.body.schema, paramsTypeName(op), found)
  }
  // Names the module has already: its declarations, functions, response aliases and imports.
  const taken = new Set([
    ...first.declared,
    ...first.functions,
    ...responses.keys(),
    ...[...first.schemas].map(typeName)
  ])
  const types = new Map<string, Target>()
  for (const [name, target] of [...found].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (target === undefined || params.has(name) || !/^[A-Z][A-Za-z0-9]*$/.test(name)) continue
    const reexport = "schema" in target && typeName(target.schema) === name
    if (!reexport && taken.has(name)) continue
    types.set(name, target)
  }
  for (const name of params.keys()) if (taken.has(name)) params.delete(name)
  return { params, types }
}

const emitWith = (
  schemas: Readonly<Record<string, Schema>>,
  accessor: string,
  module: string,
  ops: ReadonlyArray<OperationModel>,
  aliases: ReadonlyMap<string, string>,
  request: RequestAliases,
  extension: ReadonlyArray<string>
): ModuleOutput => {
  const imports = emptyImports()
  const ctx: ModuleContext = {
    schemas,
    imports,
    renderer: new TypeRenderer({ schemas, imports, self: undefined }),
    examples: new ExampleBuilder(schemas),
    core: new Set(["OpenAIClient", "OpenAIError", "RequestOptions"]),
    aliases
  }
  const declarations: Array<string> = []
  const functions: Array<string> = []
  const names: Array<string> = []
  const exported: Array<string> = []
  let usesStream = false
  const replaced = new Set(extension)
  const reachable = new Set<string>()
  for (const op of ops) {
    const decl = paramsDeclaration(ctx, op)
    if (decl !== undefined) declarations.push(decl)
    if (op.stream !== undefined && op.http !== "GET" && op.body !== undefined) declarations.push(...streamMarkers(op))
    // A function the extension replaces is not emitted and imports nothing here; the schemas of
    // its result are still generated (`reachable`), for the extension to use.
    const scratchImports = emptyImports()
    const scratch: ModuleContext = {
      ...ctx,
      imports: scratchImports,
      renderer: new TypeRenderer({ schemas, imports: scratchImports, self: undefined }),
      core: new Set()
    }
    const all = variantsOf(scratch, op)
    for (const name of scratchImports.schemas) reachable.add(name)
    names.push(...all.filter((v) => replaced.has(v.name)).map((v) => v.name))
    const kept = all.every((v) => replaced.has(v.name)) ? [] : variantsOf(ctx, op)
    for (const variant of kept.filter((v) => !replaced.has(v.name))) {
      if (variant.call === "list" || variant.call === "sse") usesStream = true
      functions.push(functionText(ctx, op, variant))
      names.push(variant.name)
      if (declarationName(variant.name) !== variant.name) {
        exported.push(`export { ${declarationName(variant.name)} as ${variant.name} }`)
      }
    }
  }
  const declaredTypes = new Set(ops.map(paramsTypeName))
  for (const name of imports.schemas) {
    if (declaredTypes.has(typeName(name))) throw new Error(`${module}: schema ${name} collides with a params type`)
  }
  const sdkName = (target: string, category: string) =>
    `/**\n * The official SDK's name for {@link ${target}}.\n *\n * @category ${category}\n * @since ${SINCE}\n */\n`
  for (const [alias, target] of aliases) {
    declarations.push(`${sdkName(typeName(target), "models")}export type ${alias} = ${typeName(target)}\n`)
  }
  for (const [alias, target] of request.params) {
    declarations.push(`${sdkName(target, "params")}export type ${alias} = ${target}\n`)
  }
  const reexports: Array<string> = []
  for (const [alias, target] of request.types) {
    if ("path" in target) {
      const doc =
        `/**\n * The official SDK's name for this type of the params.\n *\n * @category params\n * @since ${SINCE}\n */\n`
      declarations.push(`${doc}export type ${alias} = ${target.path}\n`)
    } else if (alias === typeName(target.schema)) {
      reexports.push(`${sdkName(alias, "params")}export type { ${alias} } from "./types/${alias}.ts"\n`)
    } else {
      declarations.push(
        `${sdkName(typeName(target.schema), "params")}export type ${alias} = ${schemaType(target.schema)}\n`
      )
    }
  }
  const added = extension.filter((name) => !names.includes(name))
  names.push(...added)
  const group = ops[0]!.spec["x-oaiMeta"]?.group ?? (ops[0]!.spec.tags?.[0] ?? "").toLowerCase()
  const header = [
    "/**",
    ...wrap(`The \`${accessor}\` resource of the OpenAI API: ${names.map((n) => `\`${n}\``).join(", ")}.`, " * "),
    " *",
    " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
    ...(extension.length === 0
      ? []
      : [
        " *",
        ...wrap(
          `Hand-written: ${extension.map((n) => `\`${n}\``).join(", ")}, in \`./extensions/${module}.ts\`.`,
          " * "
        )
      ]),
    " *",
    ` * @see https://platform.openai.com/docs/api-reference/${group}`,
    ` * @since ${SINCE}`,
    " */"
  ].join("\n")
  const operations = functions.length === 0 ? [] : [
    `import type * as Effect from "effect/Effect"`,
    ...(usesStream ? [`import type * as Stream from "effect/Stream"`] : []),
    `import * as Operation from "@openai-effect/core/Operation"`,
    ...coreImports.filter(([name]) => ctx.core.has(name)).map(([, line]) => line)
  ]
  const importBlock = [
    ...operations,
    ...(imports.uploadable ? [`import type { Uploadable } from "@openai-effect/core/Uploadable"`] : []),
    ...[...imports.schemas].sort().map((name) =>
      `import type { ${typeName(name)} } from "./types/${typeName(name)}.ts"`
    )
  ].join("\n")
  const parts = [header, importBlock, ...declarations, ...reexports, ...functions]
  const reexport = extension.length === 0 ? [] : [`export * from "./extensions/${module}.ts"`]
  const tail = [...exported, ...reexport]
  const text = `${parts.join("\n\n").replace(/\n\n\n+/g, "\n\n").trimEnd()}\n${
    tail.length > 0 ? `\n${tail.join("\n")}\n` : ""
  }`
  return {
    text,
    schemas: new Set([...imports.schemas, ...reachable]),
    functions: names,
    declared: declaredNames(declarations)
  }
}

/** The type names a module declares. */
const declaredNames = (declarations: ReadonlyArray<string>): ReadonlyArray<string> =>
  declarations.flatMap((d) => [...d.matchAll(/^export (?:interface|type) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]!))

/**
 * `export type ChatCompletion = CreateChatCompletionResponse`: the official SDK's name (the `returns`
 * column) for a result whose spec schema is named differently, so migrating code finds its types.
 */
const sdkAliases = (
  ops: ReadonlyArray<OperationModel>,
  imported: ReadonlySet<string>,
  declared: ReadonlySet<string>
): ReadonlyMap<string, string> => {
  const aliases = new Map<string, string>()
  for (const op of ops) {
    const alias = op.row?.returns ?? ""
    if (op.result.kind !== "json" || op.result.schema.$ref === undefined || op.page !== undefined) continue
    if (!/^[A-Z][A-Za-z0-9]*$/.test(alias) || alias.endsWith("Page")) continue
    const target = refName(op.result.schema.$ref)
    if (alias === typeName(target) || declared.has(alias) || imported.has(alias)) continue
    if (aliases.has(alias) && aliases.get(alias) !== target) continue
    aliases.set(alias, target)
  }
  return aliases
}

/** Wraps prose at word boundaries to fit the line width, each line prefixed. */
const wrap = (text: string, prefix: string): ReadonlyArray<string> => {
  const lines: Array<string> = []
  let line = ""
  for (const word of text.split(" ")) {
    if (line !== "" && prefix.length + line.length + 1 + word.length > 100) {
      lines.push(prefix + line)
      line = word
    } else {
      line = line === "" ? word : `${line} ${word}`
    }
  }
  if (line !== "") lines.push(prefix + line)
  return lines
}
