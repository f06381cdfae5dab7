/**
 * The official SDK's names for request types, derived from its published declarations (the `openai`
 * package that `bench/` depends on, pinned in the lockfile) by one rule: the params type of each
 * method (`create(body: EmbeddingCreateParams)`) names our params type, and walking that declaration
 * side by side with the spec's request schema names the spec schema at each place where both sides
 * name a type (`messages: Array<ChatCompletionMessageParam>` beside `messages: ChatCompletionRequestMessage[]`
 * makes `ChatCompletionMessageParam` the name of `ChatCompletionRequestMessage`). Only names are
 * read; nothing of the declarations is copied. A name found for two different schemas is dropped.
 */
import * as path from "node:path"
import ts from "typescript"
import { typeName } from "./naming.ts"
import type { OfficialDeclarations, Schema } from "./spec.ts"
import { refName } from "./spec.ts"
import { objectProperties, resolve } from "./types.ts"

type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.ClassDeclaration

interface File {
  readonly path: string
  readonly declarations: ReadonlyMap<string, Declaration>
  /** Local name -> the file and name it is imported from; a namespace import has name `*`. */
  readonly imports: ReadonlyMap<string, { readonly file: string; readonly name: string }>
}

const parseFile = (filePath: string, text: string): File => {
  const source = ts.createSourceFile(filePath, text, ts.ScriptTarget.Latest, true)
  const declarations = new Map<string, Declaration>()
  const imports = new Map<string, { file: string; name: string }>()
  for (const node of source.statements) {
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isClassDeclaration(node)) {
      if (node.name !== undefined && !declarations.has(node.name.text)) declarations.set(node.name.text, node)
    } else if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = path.posix.join(path.posix.dirname(filePath), node.moduleSpecifier.text.replace(/\.js$/, ".d.ts"))
      const bindings = node.importClause?.namedBindings
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
        imports.set(bindings.name.text, { file: target, name: "*" })
      }
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.set(element.name.text, { file: target, name: (element.propertyName ?? element.name).text })
        }
      }
    }
  }
  return { path: filePath, declarations, imports }
}

/** A name of the official package, where it is declared. */
interface Named {
  readonly name: string
  readonly file: File
  readonly declaration: Declaration
}

export class OfficialNames {
  private readonly files = new Map<string, File>()
  private readonly sources: OfficialDeclarations
  readonly schemas: Readonly<Record<string, Schema>>

  constructor(sources: OfficialDeclarations, schemas: Readonly<Record<string, Schema>>) {
    this.sources = sources
    this.schemas = schemas
  }

  private file(filePath: string): File | undefined {
    const cached = this.files.get(filePath)
    if (cached !== undefined) return cached
    const text = this.sources.get(filePath)
    if (text === undefined) return undefined
    const parsed = parseFile(filePath, text)
    this.files.set(filePath, parsed)
    return parsed
  }

  /** The declaration a type name refers to from `file`, following imports. */
  private lookup(file: File, name: ts.EntityName): Named | undefined {
    if (ts.isQualifiedName(name)) {
      if (!ts.isIdentifier(name.left)) return undefined
      const imported = file.imports.get(name.left.text)
      const target = imported?.name === "*" ? this.file(imported.file) : undefined
      return target === undefined ? undefined : this.lookup(target, name.right)
    }
    const own = file.declarations.get(name.text)
    if (own !== undefined) return { name: name.text, file, declaration: own }
    const imported = file.imports.get(name.text)
    const target = imported === undefined || imported.name === "*" ? undefined : this.file(imported.file)
    return target === undefined ? undefined : this.lookup(target, ts.factory.createIdentifier(imported!.name))
  }

  /** The files that may declare an accessor's class: `chat/completions.d.ts`, `chat/completions/completions.d.ts`. */
  private resourceFiles(accessor: string): ReadonlyArray<File> {
    const base = accessor.split(".").join("/")
    const last = accessor.split(".").pop()!
    return [this.file(`${base}/${last}.d.ts`), this.file(`${base}.d.ts`)].filter((f) => f !== undefined)
  }

  /**
   * The official params type of `method` of the resource at `accessor`: the type of the method's
   * params argument, without the `NonStreaming`/`Streaming` split.
   */
  paramsOf(accessor: string, method: string): Named | undefined {
    for (const file of this.resourceFiles(accessor)) {
      const found = this.paramsIn(file, method)
      if (found !== undefined) return found
    }
    return undefined
  }

  private paramsIn(file: File, method: string): Named | undefined {
    for (const declaration of file.declarations.values()) {
      if (!ts.isClassDeclaration(declaration)) continue
      for (const member of declaration.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name) || member.name.text !== method) continue
        for (const parameter of member.parameters) {
          const type = parameter.type === undefined ? undefined : referenceIn(parameter.type)
          if (type === undefined || !/Params(NonStreaming|Streaming)?$/.test(type.getText(sourceOf(type)))) continue
          const name = type.getText(sourceOf(type)).replace(/(NonStreaming|Streaming)$/, "")
          const found = this.lookup(file, ts.factory.createIdentifier(name))
          if (found !== undefined) return found
        }
      }
    }
    return undefined
  }

  /**
   * Official name -> what it names, for every place where the params declaration of an operation
   * (`params`, our `paramsType`) and its request schema both name a type: a spec schema, or, where
   * the spec's type is inline, the path to it from the params type. `undefined` marks a name found
   * for two different targets.
   */
  align(params: Named, schema: Schema, paramsType: string, into: Map<string, Target | undefined>): void {
    // Declarations already walked, per spec schema object.
    const seen = new Map<Schema, Set<Declaration>>()
    const record = (name: string, target: Target) => {
      if (!into.has(name)) into.set(name, target)
      else if (JSON.stringify(into.get(name)) !== JSON.stringify(target)) into.set(name, undefined)
    }
    // `expr` is the spec side's type as a TypeScript expression, when it can be written.
    const visitNamed = (named: Named, s: Schema, expr: string | undefined): void => {
      const walked = seen.get(s) ?? new Set()
      if (walked.has(named.declaration)) return
      seen.set(s, walked.add(named.declaration))
      const here = s.$ref === undefined ? expr : schemaType(refName(s.$ref))
      if (s.$ref !== undefined) record(named.name, { schema: refName(s.$ref) })
      else if (expr !== undefined) record(named.name, { path: expr })
      const base = named.file.declarations.get(`${named.name}Base`)
      const declaration = base ?? named.declaration
      if (ts.isInterfaceDeclaration(declaration)) visitMembers(named.file, declaration.members, s, here)
      else if (ts.isTypeAliasDeclaration(declaration)) visitType(named.file, declaration.type, s, here)
    }
    const visitMembers = (
      file: File,
      members: ts.NodeArray<ts.TypeElement>,
      s: Schema,
      expr: string | undefined
    ): void => {
      const properties = objectProperties(this.schemas, s)
      for (const member of members) {
        if (!ts.isPropertySignature(member) || member.type === undefined) continue
        const name = member.name.getText(sourceOf(member)).replace(/^['"]|['"]$/g, "")
        const property = properties.get(name)
        const inner = expr === undefined ? undefined : `NonNullable<${expr}[${JSON.stringify(name)}]>`
        if (property !== undefined) visitType(file, member.type, property.schema, inner)
      }
    }
    const kind = (file: File, node: ts.TypeNode): "array" | "other" => {
      if (arrayElement(node) !== undefined) return "array"
      if (!ts.isTypeReferenceNode(node)) return "other"
      const declaration = this.lookup(file, node.typeName)?.declaration
      return declaration !== undefined && ts.isTypeAliasDeclaration(declaration) && arrayElement(declaration.type)
        ? "array"
        : "other"
    }
    const visitType = (file: File, node: ts.TypeNode, s: Schema, expr: string | undefined): void => {
      if (ts.isParenthesizedTypeNode(node)) return visitType(file, node.type, s, expr)
      const resolved = resolve(this.schemas, s)
      const array = arrayElement(node)
      if (array !== undefined) {
        const items = expr === undefined ? undefined : `Extract<${expr}, ReadonlyArray<unknown>>[number]`
        if (resolved.items !== undefined) visitType(file, array, resolved.items, items)
        return
      }
      if (ts.isTypeReferenceNode(node)) {
        // A namespace member (`ChatCompletionContentPart.File`) is no name users import: not found.
        const named = this.lookup(file, node.typeName)
        if (named !== undefined) visitNamed(named, s, expr)
        return
      }
      if (ts.isUnionTypeNode(node)) {
        const official = node.types.filter((t) => !isPlain(t))
        const members = (resolved.anyOf ?? resolved.oneOf ?? []).filter((m) => resolve(this.schemas, m).type !== "null")
        if (members.length === 0) {
          if (official.length === 1) visitType(file, official[0]!, s, expr)
          return
        }
        // Arrays pair with the spec's one array; other members pair in order when they are as many.
        const arrays = official.filter((t) => kind(file, t) === "array")
        const specArrays = members.filter((m) => resolve(this.schemas, m).items !== undefined)
        if (arrays.length === 1 && specArrays.length === 1) visitType(file, arrays[0]!, specArrays[0]!, undefined)
        const others = official.filter((t) => kind(file, t) === "other")
        const specOthers = members.filter((m) => resolve(this.schemas, m).items === undefined && isNamedOrObject(m))
        if (others.length > 0 && others.length === specOthers.length) {
          others.forEach((t, i) => visitType(file, t, specOthers[i]!, undefined))
        }
        return
      }
      if (ts.isTypeLiteralNode(node)) visitMembers(file, node.members, s, expr)
    }
    visitNamed(params, schema, paramsType)
  }
}

/** What an official name names: a spec schema, or a type written as a path from a params type. */
export type Target = { readonly schema: string } | { readonly path: string }

/** A spec schema's type, written without importing it into the module. */
export const schemaType = (name: string): string => `import("./types/${typeName(name)}.ts").${typeName(name)}`

const sourceOf = (node: ts.Node): ts.SourceFile => node.getSourceFile()

/** The named type in a params position: `X`, or `X & { ... }`. */
const referenceIn = (node: ts.TypeNode): ts.TypeReferenceNode | undefined => {
  if (ts.isTypeReferenceNode(node)) return node
  if (ts.isIntersectionTypeNode(node)) return node.types.find(ts.isTypeReferenceNode)
  return undefined
}

/** `X` of `Array<X>` or `X[]`. */
const arrayElement = (node: ts.TypeNode): ts.TypeNode | undefined => {
  if (ts.isArrayTypeNode(node)) return node.elementType
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === "Array") {
    return node.typeArguments?.[0]
  }
  return undefined
}

/** Keywords and literals, which name no type. */
const isPlain = (node: ts.TypeNode): boolean =>
  ts.isLiteralTypeNode(node) || node.kind === ts.SyntaxKind.StringKeyword || node.kind === ts.SyntaxKind.NumberKeyword
  || node.kind === ts.SyntaxKind.BooleanKeyword || node.kind === ts.SyntaxKind.NullKeyword
  || node.kind === ts.SyntaxKind.UndefinedKeyword || node.kind === ts.SyntaxKind.UnknownKeyword

const isNamedOrObject = (s: Schema): boolean =>
  s.$ref !== undefined || s.properties !== undefined || s.allOf !== undefined
