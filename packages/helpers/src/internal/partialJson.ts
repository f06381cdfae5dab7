/**
 * Reads JSON that is still arriving: the value a prefix of a JSON document
 * stands for so far, with open strings, arrays and objects closed where the
 * text stops. Tool-call arguments and structured content are streamed this
 * way, and their snapshots show what has been said so far.
 *
 * @since 0.1.0
 */

// Thrown inside the parser only, to unwind from any depth when the text cannot
// be the start of a JSON document; `parse` turns it into `undefined`.
const invalid: unique symbol = Symbol("invalid")
// What a value reads as when the text ends before it started (`{"a": `).
const nothing: unique symbol = Symbol("nothing")

const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09

const literals: ReadonlyArray<readonly [string, unknown]> = [["true", true], ["false", false], ["null", null]]

const number = /-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?/y
const completeNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/

class Parser {
  position = 0
  readonly text: string
  constructor(text: string) {
    this.text = text
  }

  get ended(): boolean {
    return this.position >= this.text.length
  }

  skipWhitespace(): void {
    const text = this.text
    while (this.position < text.length && isWhitespace(text.charCodeAt(this.position))) this.position++
  }

  value(): unknown {
    this.skipWhitespace()
    if (this.ended) return nothing
    const char = this.text[this.position]
    if (char === "{") return this.object()
    if (char === "[") return this.array()
    if (char === "\"") return this.string()
    if (char === "-" || (char >= "0" && char <= "9")) return this.number()
    return this.literal()
  }

  object(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    this.position++
    for (;;) {
      this.skipWhitespace()
      if (this.ended) return out
      if (this.text[this.position] === "}") {
        this.position++
        return out
      }
      if (this.text[this.position] !== "\"") throw invalid
      const key = this.string()
      this.skipWhitespace()
      // A key whose value has not started yet is left out: it has no value to show.
      if (this.ended) return out
      if (this.text[this.position] !== ":") throw invalid
      this.position++
      const value = this.value()
      if (value === nothing) return out
      out[key] = value
      this.skipWhitespace()
      if (this.ended) return out
      const next = this.text[this.position++]
      if (next === "}") return out
      if (next !== ",") throw invalid
    }
  }

  array(): Array<unknown> {
    const out: Array<unknown> = []
    this.position++
    for (;;) {
      this.skipWhitespace()
      if (this.ended) return out
      if (this.text[this.position] === "]") {
        this.position++
        return out
      }
      const value = this.value()
      if (value === nothing) return out
      out.push(value)
      this.skipWhitespace()
      if (this.ended) return out
      const next = this.text[this.position++]
      if (next === "]") return out
      if (next !== ",") throw invalid
    }
  }

  string(): string {
    const text = this.text
    const start = this.position
    let i = start + 1
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        this.position = i + 1
        return this.decode(text.slice(start, i + 1))
      }
      if (code !== 0x5c) {
        i++
        continue
      }
      const size = text.charCodeAt(i + 1) === 0x75 ? 6 : 2
      // An escape cut short (`\`, `\u00`) is left out until it is whole.
      if (i + size > text.length) break
      i += size
    }
    this.position = text.length
    return this.decode(text.slice(start, i) + "\"")
  }

  decode(quoted: string): string {
    try {
      return JSON.parse(quoted) as string
    } catch {
      throw invalid
    }
  }

  number(): number | typeof nothing {
    number.lastIndex = this.position
    const match = number.exec(this.text)![0]
    this.position += match.length
    // Only at the end of the text may a number be unfinished (`-`, `1.`, `2e`): read what is whole.
    const whole = this.ended ? completeNumber.exec(match)?.[0] : match
    if (whole === undefined) return nothing
    if (!completeNumber.test(whole) || completeNumber.exec(whole)![0] !== whole) throw invalid
    return Number(whole)
  }

  literal(): unknown {
    const rest = this.text.slice(this.position, this.position + 5)
    for (const [word, value] of literals) {
      if (rest.startsWith(word)) {
        this.position += word.length
        return value
      }
      // The text stops inside the word: its first letter already says which value it is.
      if (this.position + rest.length === this.text.length && word.startsWith(rest)) {
        this.position = this.text.length
        return value
      }
    }
    throw invalid
  }
}

/**
 * The value the text stands for so far, or `undefined` when it holds no value
 * yet (empty, whitespace, `{"a` reads as `{}`) or can never be JSON.
 *
 * @example
 * parse(`{"city": "Par`) // { city: "Par" }
 * parse(`[1, 2, tr`) // [1, 2, true]
 * @category parsing
 * @since 0.1.0
 */
export const parse = (text: string): unknown => {
  const parser = new Parser(text)
  try {
    const value = parser.value()
    parser.skipWhitespace()
    return value === nothing || !parser.ended ? undefined : value
  } catch (error) {
    if (error === invalid) return undefined
    throw error
  }
}

/**
 * The value of a complete JSON text, or `undefined` when it is not valid JSON.
 *
 * @example
 * parseComplete(`{"a": 1}`) // { a: 1 }
 * parseComplete(`{"a": 1`) // undefined
 * @category parsing
 * @since 0.1.0
 */
export const parseComplete = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * The value of `text` (as partial JSON, or only when `complete` JSON), parsed
 * on the first call. Snapshots expose it through a getter: parsing the whole
 * text again for every delta would make long arguments quadratic for readers
 * who never look.
 *
 * @example
 * const parsed = lazy(`{"a": [1`, false)
 * parsed() // { a: [1] }
 * @category parsing
 * @since 0.1.0
 */
export const lazy = (text: string, complete: boolean): () => unknown => {
  let value: unknown
  let read = false
  return () => {
    if (!read) {
      value = complete ? parseComplete(text) : parse(text)
      read = true
    }
    return value
  }
}
