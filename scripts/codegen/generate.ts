/**
 * The whole output of the generator, as a map from repository-relative path to file content.
 * Pure: no file system access, so `--check` can compare it with what is committed.
 */
import { emitConformance } from "./conformance.ts"
import { declareSchema, importLines } from "./declarations.ts"
import { emitModule, SINCE } from "./modules.ts"
import type { ModuleOutput } from "./modules.ts"
import { typeName } from "./naming.ts"
import { OfficialNames } from "./official.ts"
import { buildOperations } from "./operations.ts"
import type { OperationModel } from "./operations.ts"
import type { Inputs } from "./spec.ts"
import { refName } from "./spec.ts"

export const RESOURCES = "packages/resources"
export const SRC = `${RESOURCES}/src`

export interface ModuleInfo {
  readonly accessor: string
  readonly module: string
  readonly ops: ReadonlyArray<OperationModel>
  readonly output: ModuleOutput
}

export interface Output {
  readonly files: ReadonlyMap<string, string>
  readonly modules: ReadonlyArray<ModuleInfo>
  readonly operations: ReadonlyArray<OperationModel>
  /** `package.json` fields owned by the generator. */
  readonly exports: Readonly<Record<string, string>>
  readonly publishExports: Readonly<Record<string, { readonly types: string; readonly default: string }>>
}

const typeFileHeader = (name: string): string =>
  [
    "/**",
    ` * The \`${name}\` schema of the OpenAI API.`,
    " *",
    " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
    " *",
    ` * @since ${SINCE}`,
    " */"
  ].join("\n")

/** The union of the events the API posts to webhooks; not a schema of the spec, so named here. */
export const WEBHOOK_EVENT = "WebhookEvent"

/** The schema of each webhook event's body, in the spec's order. */
const webhookEvents = (inputs: Inputs): ReadonlyArray<string> =>
  Object.values(inputs.document.webhooks ?? {}).flatMap((methods) =>
    Object.values(methods).flatMap((op) => {
      const ref = op.requestBody?.content["application/json"]?.schema?.$ref
      return ref === undefined ? [] : [refName(ref)]
    })
  )

const webhookEventFile = (events: ReadonlyArray<string>): string => {
  const names = [...new Set(events)].map(typeName).sort()
  return [
    "/**",
    " * Every event the API posts to a webhook endpoint, told apart by `type`.",
    " *",
    " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
    " *",
    ` * @since ${SINCE}`,
    " */",
    "",
    ...names.map((n) => `import type { ${n} } from "./${n}.ts"`),
    "",
    `export type ${WEBHOOK_EVENT} =`,
    ...names.map((n) => `  | ${n}`),
    ""
  ].join("\n")
}

/**
 * Schemas no operation refers to that helpers type their values with: the events of the realtime
 * WebSocket (`@openai-effect/helpers/Realtime`).
 */
export const EXTRA_TYPES: ReadonlyArray<string> = ["RealtimeClientEvent", "RealtimeServerEvent"]

export const generate = (inputs: Inputs): Output => {
  const schemas = inputs.document.components.schemas
  const operations = buildOperations(inputs.document, inputs.rows)
  const official = new OfficialNames(inputs.official, schemas)
  const rowIndex = new Map(inputs.rows.map((row, i) => [row, i]))
  const order = (op: OperationModel): number => (op.row === undefined ? inputs.rows.length : rowIndex.get(op.row)!)
  const byModule = new Map<string, Array<OperationModel>>()
  for (const op of operations) byModule.set(op.module, [...(byModule.get(op.module) ?? []), op])
  const files = new Map<string, string>()
  const modules: Array<ModuleInfo> = []
  const extensions = inputs.extensions ?? new Map<string, ReadonlyArray<string>>()
  for (const module of extensions.keys()) {
    if (!byModule.has(module)) throw new Error(`extensions/${module}.ts extends no generated module`)
  }
  for (const module of [...byModule.keys()].sort()) {
    const ops = [...byModule.get(module)!].sort((a, b) => order(a) - order(b))
    const output = emitModule(schemas, ops[0]!.accessor, module, ops, official, extensions.get(module))
    files.set(`${SRC}/${module}.ts`, output.text)
    modules.push({ accessor: ops[0]!.accessor, module, ops, output })
  }
  const events = webhookEvents(inputs)
  // Every schema reachable from the modules' signatures, the webhook events or the extra types, one file each.
  const pending = [...new Set([...modules.flatMap((m) => [...m.output.schemas]), ...events, ...EXTRA_TYPES])]
  const declared = new Set<string>()
  while (pending.length > 0) {
    const name = pending.pop()!
    if (declared.has(name)) continue
    if (schemas[name] === undefined) throw new Error(`unknown schema ${name}`)
    declared.add(name)
    const decl = declareSchema(schemas, name)
    const imports = importLines(decl.imports, name)
    const text = [typeFileHeader(name), ...(imports.length > 0 ? [imports.join("\n")] : []), decl.text.trimEnd()].join(
      "\n\n"
    )
    files.set(`${SRC}/types/${typeName(name)}.ts`, `${text}\n`)
    for (const next of decl.imports.schemas) if (!declared.has(next)) pending.push(next)
  }
  files.set(`${SRC}/types/${WEBHOOK_EVENT}.ts`, webhookEventFile(events))
  const typeNames = [...declared, WEBHOOK_EVENT].map(typeName).sort()
  files.set(
    `${SRC}/types/index.ts`,
    [
      "/**",
      " * Every type of the OpenAI API used by the resources, one module per schema.",
      " *",
      " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
      " *",
      ` * @since ${SINCE}`,
      " */",
      ...typeNames.map((n) => `export type * from "./${n}.ts"`)
    ].join("\n") + "\n"
  )
  files.set(
    `${SRC}/index.ts`,
    [
      "/**",
      " * Every resource of the OpenAI API, one namespace per module. Import single modules",
      " * (`@openai-effect/resources/ChatCompletions`) to keep bundles small.",
      " *",
      " * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.",
      " *",
      ` * @since ${SINCE}`,
      " */",
      ...modules.map((m) => `export * as ${m.module} from "./${m.module}.ts"`)
    ].join("\n") + "\n"
  )
  const exports: Record<string, string> = { ".": "./src/index.ts" }
  const publishExports: Record<string, { types: string; default: string }> = {
    ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }
  }
  for (const m of modules) {
    exports[`./${m.module}`] = `./src/${m.module}.ts`
    publishExports[`./${m.module}`] = { types: `./dist/${m.module}.d.ts`, default: `./dist/${m.module}.js` }
  }
  exports["./types"] = "./src/types/index.ts"
  exports["./types/*"] = "./src/types/*.ts"
  publishExports["./types"] = { types: "./dist/types/index.d.ts", default: "./dist/types/index.js" }
  publishExports["./types/*"] = { types: "./dist/types/*.d.ts", default: "./dist/types/*.js" }
  const conformance = emitConformance(schemas, modules)
  for (const [path, text] of conformance) files.set(path, text)
  return { files, modules, operations, exports, publishExports }
}
