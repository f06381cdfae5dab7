/**
 * Azure's content filtering, typed. Azure annotates completions and stream
 * chunks with what its filters found (`prompt_filter_results`,
 * `content_filter_results`) and refuses a filtered prompt with a 400 whose
 * body names the categories. The types here describe those fields; `refine`
 * turns the 400 into a `ContentFilterError` carrying the categories:
 *
 * ```ts
 * const completion: ContentFilter.ChatCompletion = yield* ChatCompletions.create(params).pipe(
 *   ContentFilter.refine,
 *   Effect.catchTag("ContentFilterError", (e) => Effect.succeed(fallback(e.filtered)))
 * )
 * ```
 *
 * The types are supersets of the generated ones, so a plain completion or
 * chunk is assignable to them; an Azure chunk may have no `delta` (the first
 * one, carrying only `prompt_filter_results`, has no choices at all).
 *
 * @since 0.1.0
 */
import { isOpenAIError, type OpenAIError } from "@openai-effect/core/OpenAIError"
import type * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import type { CreateChatCompletionStreamResponse } from "@openai-effect/resources/types/CreateChatCompletionStreamResponse"
import type { CreateCompletionResponse } from "@openai-effect/resources/types/CreateCompletionResponse"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/**
 * A severity-rated category (`hate`, `sexual`, `violence`, `self_harm`).
 *
 * @category models
 * @since 0.1.0
 */
export interface SeverityResult {
  readonly filtered: boolean
  readonly severity: "safe" | "low" | "medium" | "high" | (string & {})
}

/**
 * A detection category (`jailbreak`, `profanity`, protected material...).
 *
 * @category models
 * @since 0.1.0
 */
export interface DetectionResult {
  readonly filtered: boolean
  readonly detected: boolean
}

/**
 * What the filters found in one prompt or choice. Categories Azure adds later
 * pass through untyped.
 *
 * @category models
 * @since 0.1.0
 */
export interface ContentFilterResults {
  readonly hate?: SeverityResult | undefined
  readonly sexual?: SeverityResult | undefined
  readonly violence?: SeverityResult | undefined
  readonly self_harm?: SeverityResult | undefined
  readonly profanity?: DetectionResult | undefined
  readonly jailbreak?: DetectionResult | undefined
  readonly indirect_attack?: DetectionResult | undefined
  readonly protected_material_text?: DetectionResult | undefined
  readonly protected_material_code?:
    | (DetectionResult & {
      readonly citation?: { readonly URL?: string | undefined; readonly license?: string | undefined } | undefined
    })
    | undefined
  readonly custom_blocklists?:
    | {
      readonly filtered: boolean
      readonly details?: ReadonlyArray<{ readonly filtered: boolean; readonly id: string }> | undefined
    }
    | undefined
  /** When the filters could not run. */
  readonly error?: { readonly code: string; readonly message: string } | undefined
}

/**
 * The filter results of one prompt of the request.
 *
 * @category models
 * @since 0.1.0
 */
export interface PromptFilterResult {
  readonly prompt_index: number
  readonly content_filter_results?: ContentFilterResults | undefined
}

interface PromptFiltered {
  readonly prompt_filter_results?: ReadonlyArray<PromptFilterResult> | undefined
}

interface ChoiceFiltered {
  readonly content_filter_results?: ContentFilterResults | undefined
}

type Choice<A extends { readonly choices: ReadonlyArray<unknown> }> = A["choices"][number]

/**
 * A chat completion as Azure answers it.
 *
 * @example
 * const completion: ContentFilter.ChatCompletion = yield* ChatCompletions.create(params)
 * completion.prompt_filter_results?.[0]?.content_filter_results?.hate?.severity
 * @category models
 * @since 0.1.0
 */
export interface ChatCompletion extends Omit<ChatCompletions.ChatCompletion, "choices">, PromptFiltered {
  readonly choices: ReadonlyArray<Choice<ChatCompletions.ChatCompletion> & ChoiceFiltered>
}

/**
 * A chat completion chunk as Azure streams it: `delta` may be missing.
 *
 * @example
 * const text = yield* ChatCompletions.createStream(params).pipe(
 *   Stream.map((chunk: ContentFilter.ChatCompletionChunk) => chunk.choices[0]?.delta?.content ?? ""),
 *   Stream.mkString
 * )
 * @category models
 * @since 0.1.0
 */
export interface ChatCompletionChunk extends Omit<CreateChatCompletionStreamResponse, "choices">, PromptFiltered {
  readonly choices: ReadonlyArray<
    & Omit<Choice<CreateChatCompletionStreamResponse>, "delta">
    & ChoiceFiltered
    & { readonly delta?: Choice<CreateChatCompletionStreamResponse>["delta"] | undefined }
  >
}

/**
 * A legacy completion (or one of its chunks) as Azure answers it.
 *
 * @example
 * const completion: ContentFilter.Completion = yield* Completions.create(params)
 * @category models
 * @since 0.1.0
 */
export interface Completion extends Omit<CreateCompletionResponse, "choices">, PromptFiltered {
  readonly choices: ReadonlyArray<Choice<CreateCompletionResponse> & ChoiceFiltered>
}

/**
 * Azure refused the request because its content filters flagged the prompt
 * (a 400 with code `content_filter`). `results` are the categories as the
 * server reported them; `filtered` names the ones that blocked it.
 *
 * @category errors
 * @since 0.1.0
 */
export class ContentFilterError extends Data.TaggedError("ContentFilterError")<{
  readonly request: string
  readonly requestId: string | undefined
  readonly status: number
  readonly results: ContentFilterResults
  readonly filtered: ReadonlyArray<string>
  readonly cause: OpenAIError
}> {
  override get message(): string {
    return `Azure's content filter refused the request (${
      this.filtered.join(", ") || "no category named"
    }) (${this.request}${this.requestId === undefined ? "" : `, request id ${this.requestId}`})`
  }
  override toJSON(): unknown {
    return { _tag: this._tag, request: this.request, requestId: this.requestId, filtered: this.filtered }
  }
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

/**
 * The `ContentFilterError` an error stands for, or `undefined` when it is not
 * Azure's content-filter 400.
 *
 * @example
 * const refused = ContentFilter.fromError(error)
 * if (refused) console.log(refused.filtered) // ["violence"]
 * @category constructors
 * @since 0.1.0
 */
export const fromError = (error: OpenAIError): ContentFilterError | undefined => {
  if (error._tag !== "BadRequestError" || error.error?.code !== "content_filter") return undefined
  const inner = (error.error as { readonly innererror?: unknown }).innererror
  const raw = isRecord(inner) ? inner.content_filter_result ?? inner.content_filter_results : undefined
  const results = (isRecord(raw) ? raw : {}) as ContentFilterResults
  return new ContentFilterError({
    request: error.request,
    requestId: error.requestId,
    status: error.status,
    results,
    filtered: Object.keys(results).filter((name) => {
      const category = (results as Record<string, unknown>)[name]
      return isRecord(category) && category.filtered === true
    }),
    cause: error
  })
}

const refineError = <E>(error: E): E | ContentFilterError => isOpenAIError(error) ? fromError(error) ?? error : error

/**
 * `self` with Azure's content-filter 400 as a `ContentFilterError`; every
 * other failure as it was.
 *
 * @example
 * ChatCompletions.create(params).pipe(ContentFilter.refine, Effect.catchTag("ContentFilterError", (e) => Effect.succeed(e.filtered)))
 * @category combinators
 * @since 0.1.0
 */
export const refine = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E | ContentFilterError, R> =>
  Effect.mapError(self, refineError)

/**
 * `refine` for a stream: a stream refused before its first chunk fails with
 * a `ContentFilterError`.
 *
 * @example
 * ChatCompletions.createStream(params).pipe(ContentFilter.refineStream)
 * @category combinators
 * @since 0.1.0
 */
export const refineStream = <A, E, R>(self: Stream.Stream<A, E, R>): Stream.Stream<A, E | ContentFilterError, R> =>
  Stream.mapError(self, refineError)
