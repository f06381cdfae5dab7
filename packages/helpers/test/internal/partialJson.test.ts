import { assert, describe, it } from "@effect/vitest"
import * as PartialJson from "../../src/internal/partialJson.ts"

describe("parse", () => {
  const cases: ReadonlyArray<readonly [string, unknown]> = [
    ["", undefined],
    ["  \n", undefined],
    ["{", {}],
    ["{\"ci", {}],
    ["{\"city\"", {}],
    ["{\"city\": ", {}],
    ["{\"city\": \"Par", { city: "Par" }],
    ["{\"city\": \"Paris\", \"days\": [1, 2", { city: "Paris", days: [1, 2] }],
    ["{\"a\": {\"b\": [{\"c\": tr", { a: { b: [{ c: true }] } }],
    ["[nul", [null]],
    ["[f", [false]],
    ["[1, -", [1]],
    ["[1.", [1]],
    ["[2e", [2]],
    ["[-0.5e+3", [-500]],
    ["\"tab\\t and \\u00e9", "tab\t and é"],
    ["\"cut escape \\", "cut escape "],
    ["\"cut unicode \\u00", "cut unicode "],
    ["\"escaped backslash \\\\", "escaped backslash \\"],
    ["{\"a\": 1}", { a: 1 }],
    ["{\"a\": 1}  ", { a: 1 }]
  ]
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as ${JSON.stringify(value)}`, () => {
      assert.deepStrictEqual(PartialJson.parse(text), value)
    })
  }

  const invalid = ["{a: 1}", "[1,,", "{\"a\" 1}", "01", "[1] x", "trux", "\"raw\nnewline\"", "{\"a\": 1}}"]
  for (const text of invalid) {
    it(`gives undefined for ${JSON.stringify(text)}, which can never be JSON`, () => {
      assert.strictEqual(PartialJson.parse(text), undefined)
    })
  }

  const document = {
    name: "Zoë \"Z\" 😀",
    tags: ["a", "b\\c", "\u0001"],
    nested: { n: -12.5e-3, ok: true, none: null, empty: {}, list: [[], [0]] }
  }
  const json = JSON.stringify(document, null, 1)

  it("reads every prefix of a document as a value the whole document extends", () => {
    for (let cut = 0; cut <= json.length; cut++) {
      const value = PartialJson.parse(json.slice(0, cut))
      // Only the empty prefix holds no value: every other one starts the document's object.
      assert.isTrue(
        cut === 0 ? value === undefined : extends_(document, value),
        `${json.slice(0, cut)} -> ${JSON.stringify(value)}`
      )
    }
  })

  it("reads the whole document as JSON.parse does", () => {
    assert.deepStrictEqual(PartialJson.parse(json), document)
  })
})

// `whole` extends `part`: equal leaves, except that strings may still grow, numbers may still change
// (`-12` becomes `-12.5e-3`), and containers may have more.
const extends_ = (whole: unknown, part: unknown): boolean => {
  if (typeof part === "string") return typeof whole === "string" && whole.startsWith(part)
  if (typeof part === "number") return typeof whole === "number"
  if (Array.isArray(part)) {
    return Array.isArray(whole) && part.length <= whole.length && part.every((p, i) => extends_(whole[i], p))
  }
  if (typeof part === "object" && part !== null) {
    return typeof whole === "object" && whole !== null
      && Object.entries(part).every(([k, v]) => extends_((whole as Record<string, unknown>)[k], v))
  }
  return whole === part
}

describe("parseComplete", () => {
  it("reads complete JSON", () => {
    assert.deepStrictEqual(PartialJson.parseComplete("{\"a\": [1]}"), { a: [1] })
  })

  it("gives undefined for JSON cut short", () => {
    assert.strictEqual(PartialJson.parseComplete("{\"a\": [1"), undefined)
  })
})
