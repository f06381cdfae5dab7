/**
 * Naming rules of the generated resources.
 *
 * Module names (one module per accessor of the official SDK):
 *
 * 1. Split the accessor on `.` and upper-case the first letter of each segment, keeping the rest as
 *    is: `chat.completions` -> `ChatCompletions`, `fineTuning.jobs.checkpoints` ->
 *    `FineTuningJobsCheckpoints`, `admin.organization.adminAPIKeys` -> `AdminOrganizationAdminAPIKeys`.
 * 2. A leading `beta` segment is dropped (`beta.threads.runs` -> `ThreadsRuns`), unless the shorter
 *    name is also the name of another accessor's module; then it is kept (`beta.responses` ->
 *    `BetaResponses`, because `responses` is `Responses`).
 * 3. Any two accessors that still map to one name are an error: the generator stops.
 *
 * Operations the official SDK does not have (absent from `endpoints.tsv`) get an accessor and a
 * method derived from their path:
 *
 * - the accessor is the path's literal segments, each in camelCase (`/audio/voice_consents/{id}` ->
 *   `audio.voiceConsents`); a literal segment that follows a path parameter and ends the path is an
 *   action, not part of the accessor (`/things/{id}/cancel` -> method `cancel`);
 * - otherwise the method follows REST: `GET` on a collection is `list`, on an item (path ends with a
 *   parameter) `retrieve`; `POST` on a collection is `create`, on an item `update`; `PUT`/`PATCH` are
 *   `update` and `DELETE` is `delete`.
 *
 * Function names are the `method` column; a method that is a reserved word (`delete`) is declared with
 * a trailing underscore and exported under its own name (`export { delete_ as delete }`).
 */

const reserved = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await"
])

export const isReserved = (name: string): boolean => reserved.has(name)

/** A name that can be declared as a `const`: reserved words get a trailing underscore. */
export const declarationName = (name: string): string => (reserved.has(name) ? `${name}_` : name)

export const upperFirst = (s: string): string => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1))

export const lowerFirst = (s: string): string => (s.length === 0 ? s : s[0]!.toLowerCase() + s.slice(1))

/** `voice_consents` -> `voiceConsents`, `fine-tuning` -> `fineTuning`. */
export const camelCase = (s: string): string =>
  s
    .split(/[_\-\s]+/)
    .filter((part) => part !== "")
    .map((part, index) => (index === 0 ? lowerFirst(part) : upperFirst(part)))
    .join("")

/** `voice_consents` -> `VoiceConsents`. */
export const pascalCase = (s: string): string => upperFirst(camelCase(s))

/** The module name of an accessor before collision handling (rule 1). */
export const fullModuleName = (accessor: string): string => accessor.split(".").map(upperFirst).join("")

/**
 * Module names for a set of accessors, by rules 1-3 (see the module comment).
 * Throws when two accessors would share a module.
 */
export const moduleNames = (accessors: Iterable<string>): ReadonlyMap<string, string> => {
  const unique = [...new Set(accessors)].sort()
  const full = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const accessor of unique) {
    const name = fullModuleName(accessor)
    const other = byName.get(name)
    if (other !== undefined) throw new Error(`module name collision: ${other} and ${accessor} are both ${name}`)
    byName.set(name, accessor)
    full.set(accessor, name)
  }
  const result = new Map<string, string>()
  const taken = new Set(full.values())
  for (const accessor of unique) {
    const segments = accessor.split(".")
    const name = full.get(accessor)!
    if (segments[0] === "beta" && segments.length > 1) {
      const short = fullModuleName(segments.slice(1).join("."))
      if (!taken.has(short)) {
        taken.add(short)
        result.set(accessor, short)
        continue
      }
    }
    result.set(accessor, name)
  }
  return result
}

/** The path without a literal query part (`/responses?beta=true` -> `/responses`). */
export const pathOnly = (path: string): string => path.replace(/\?.*$/, "")

const isParamSegment = (segment: string): boolean => segment.startsWith("{") && segment.endsWith("}")

/** The accessor and method of an operation the official SDK lacks, derived from its path. */
export const deriveEndpoint = (http: string, path: string): { readonly accessor: string; readonly method: string } => {
  const segments = pathOnly(path).split("/").filter((segment) => segment !== "")
  const last = segments[segments.length - 1]!
  const beforeLast = segments[segments.length - 2]
  if (!isParamSegment(last) && beforeLast !== undefined && isParamSegment(beforeLast)) {
    const accessor = segments.slice(0, -1).filter((s) => !isParamSegment(s)).map(camelCase).join(".")
    return { accessor, method: camelCase(last) }
  }
  const accessor = segments.filter((s) => !isParamSegment(s)).map(camelCase).join(".")
  const onItem = isParamSegment(last)
  const method = http === "GET"
    ? (onItem ? "retrieve" : "list")
    : http === "POST"
    ? (onItem ? "update" : "create")
    : http === "DELETE"
    ? "delete"
    : "update"
  return { accessor, method }
}

/** The names of the `{...}` parameters of a path, in order. */
export const pathParams = (path: string): ReadonlyArray<string> =>
  [...pathOnly(path).matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A property key as written in a type or object literal: quoted when it is not an identifier. */
export const propertyKey = (name: string): string => (identifierPattern.test(name) ? name : JSON.stringify(name))

/** A TypeScript type name for a spec schema name (they are already PascalCase identifiers). */
export const typeName = (schemaName: string): string => {
  const cleaned = schemaName.replace(/[^A-Za-z0-9_$]/g, "_")
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned
}
