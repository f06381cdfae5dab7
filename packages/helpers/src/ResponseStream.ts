/**
 * Streamed Responses, accumulated: the events of `Responses.createStream`
 * with the text and arguments so far, and the final `Response` with
 * `output_text` and each function call's arguments parsed.
 *
 * ```ts
 * yield* ResponseStream.stream({ model: "gpt-4o", input: "Write a haiku." }).pipe(
 *   Stream.runForEach((event) =>
 *     event.type === "response.output_text.delta" ? Console.log(event.delta) : Effect.void
 *   )
 * )
 * const response = yield* ResponseStream.accumulate(Responses.createStream(params))
 * console.log(response.output_text)
 * ```
 *
 * Events of types this version does not know pass through as they are.
 * `response.failed`, `response.incomplete` and a stream that ends before
 * `response.completed` fail with a `ResponseStreamError` carrying the
 * response so far; an `error` event fails with core's `StreamError`.
 * A background response is read again from where it stopped with
 * `stream({ response_id, starting_after })`: the server sends only the
 * events after that sequence number. `stream` does so by itself when the
 * connection to a background response drops.
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import { type OpenAIError, StreamError } from "@openai-effect/core/OpenAIError"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as Responses from "@openai-effect/resources/Responses"
import type { FunctionToolCall } from "@openai-effect/resources/types/FunctionToolCall"
import type { OutputItem } from "@openai-effect/resources/types/OutputItem"
import type { Response } from "@openai-effect/resources/types/Response"
import type { ResponseCompletedEvent } from "@openai-effect/resources/types/ResponseCompletedEvent"
import type { ResponseFailedEvent } from "@openai-effect/resources/types/ResponseFailedEvent"
import type { ResponseFunctionCallArgumentsDeltaEvent } from "@openai-effect/resources/types/ResponseFunctionCallArgumentsDeltaEvent"
import type { ResponseFunctionCallArgumentsDoneEvent } from "@openai-effect/resources/types/ResponseFunctionCallArgumentsDoneEvent"
import type { ResponseIncompleteEvent } from "@openai-effect/resources/types/ResponseIncompleteEvent"
import type { ResponseStreamEvent } from "@openai-effect/resources/types/ResponseStreamEvent"
import type { ResponseTextDeltaEvent } from "@openai-effect/resources/types/ResponseTextDeltaEvent"
import type * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Stream from "effect/Stream"
import { type End, ResponseFold } from "./internal/responseFold.ts"

/**
 * A function call of the final response, with its arguments parsed:
 * `parsed_arguments` is the JSON value, or `undefined` when `arguments` is
 * not valid JSON.
 *
 * @category models
 * @since 0.1.0
 */
export interface FunctionCallWithArguments extends FunctionToolCall {
  readonly parsed_arguments: unknown
}

/**
 * The response a stream ends with: every output item (function calls with
 * `parsed_arguments`) and `output_text`, the text of all its messages.
 *
 * @category models
 * @since 0.1.0
 */
export interface FinalResponse extends Omit<Response, "output" | "output_text"> {
  readonly output: ReadonlyArray<Exclude<OutputItem, FunctionToolCall> | FunctionCallWithArguments>
  readonly output_text: string
}

/**
 * The events of a Responses stream, as the server sends them, except:
 * `response.output_text.delta` adds `snapshot` (the text of its content part
 * so far), `response.function_call_arguments.delta` adds `snapshot` (the
 * arguments so far) and `parsed_arguments` (them as partial JSON), `.done`
 * adds `parsed_arguments` (the JSON value, `undefined` when not JSON), and
 * `response.completed`, `response.failed` and `response.incomplete` carry a
 * `FinalResponse`.
 *
 * @category models
 * @since 0.1.0
 */
export type Event =
  | Exclude<
    ResponseStreamEvent,
    | ResponseTextDeltaEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    | ResponseCompletedEvent
    | ResponseFailedEvent
    | ResponseIncompleteEvent
  >
  | ResponseTextDeltaEvent & { readonly snapshot: string }
  | ResponseFunctionCallArgumentsDeltaEvent & { readonly snapshot: string; readonly parsed_arguments: unknown }
  | ResponseFunctionCallArgumentsDoneEvent & { readonly parsed_arguments: unknown }
  | Omit<ResponseCompletedEvent, "response"> & { readonly response: FinalResponse }
  | Omit<ResponseFailedEvent, "response"> & { readonly response: FinalResponse }
  | Omit<ResponseIncompleteEvent, "response"> & { readonly response: FinalResponse }

/**
 * The stream did not end with a completed response: `Failed`
 * (`response.failed`; `response.error` says why), `Incomplete`
 * (`response.incomplete`; `response.incomplete_details` says why),
 * `Unfinished` (the events stopped before `response.completed`),
 * `InvalidEvent` (an event that is not the shape of one). `response` is the
 * response so far, when there was one.
 *
 * @category errors
 * @since 0.1.0
 */
export class ResponseStreamError extends Data.TaggedError("ResponseStreamError")<{
  readonly reason: "Failed" | "Incomplete" | "Unfinished" | "InvalidEvent"
  readonly description: string
  readonly response: FinalResponse | undefined
}> {
  override get message(): string {
    return `${this.reason}: ${this.description}`
  }
}

/**
 * Where a background response is read again: the events after
 * `starting_after` (a `sequence_number`), all of them without it.
 *
 * @category params
 * @since 0.1.0
 */
export interface ResumeParams extends Omit<Responses.RetrieveParams, "stream"> {
  readonly response_id: string
}

const failure = (end: End): ResponseStreamError | StreamError | undefined => {
  switch (end._tag) {
    case "Completed":
      return undefined
    case "Error":
      return new StreamError({
        request: "Responses stream",
        requestId: undefined,
        error: { message: end.message, type: "error", code: end.code ?? undefined, param: end.param ?? undefined }
      })
    case "InvalidEvent":
      return new ResponseStreamError({ reason: "InvalidEvent", description: end.description, response: undefined })
    case "Failed":
      return new ResponseStreamError({
        reason: "Failed",
        description: `response ${end.response.id} failed${
          end.response.error ? `: ${end.response.error.code}: ${end.response.error.message}` : ""
        }`,
        response: end.response
      })
    case "Incomplete":
      return new ResponseStreamError({
        reason: "Incomplete",
        description: `response ${end.response.id} is incomplete${
          end.response.incomplete_details?.reason ? `: ${end.response.incomplete_details.reason}` : ""
        }`,
        response: end.response
      })
  }
}

const unfinished = (fold: ResponseFold): ResponseStreamError =>
  new ResponseStreamError({
    reason: "Unfinished",
    description: "the stream ended before response.completed",
    response: fold.snapshot()
  })

/**
 * The events of a Responses stream, enriched (see `Event`). A failed or
 * incomplete response is emitted, then fails the stream.
 *
 * @example
 * yield* ResponseStream.events(Responses.createStream(params)).pipe(
 *   Stream.filter((event) => event.type === "response.output_text.delta"),
 *   Stream.runForEach((event) => Effect.sync(() => process.stdout.write(event.delta)))
 * )
 * @category streams
 * @since 0.1.0
 */
export const events = <E, R>(
  source: Stream.Stream<ResponseStreamEvent, E, R>
): Stream.Stream<Event, E | ResponseStreamError | StreamError, R> =>
  Stream.transformPull(source, (upstream) =>
    Effect.sync(() => {
      const fold = new ResponseFold()
      // What ends the stream once the events before it have been emitted.
      let end: Pull.Pull<never, ResponseStreamError | StreamError> | undefined
      const emit = (
        out: Array<Event>
      ): Pull.Pull<Arr.NonEmptyReadonlyArray<Event>, E | ResponseStreamError | StreamError> =>
        out.length > 0 ? Effect.succeed(out as unknown as Arr.NonEmptyReadonlyArray<Event>) : pull
      const pull: Pull.Pull<Arr.NonEmptyReadonlyArray<Event>, E | ResponseStreamError | StreamError> = Effect.suspend(
        () =>
          end ?? Pull.matchEffect(upstream, {
            onSuccess: (batch) => {
              const out: Array<Event> = []
              for (let i = 0; i < batch.length; i++) {
                const event = fold.add(batch[i])
                const error = fold.end === undefined ? undefined : failure(fold.end)
                if (error !== undefined) {
                  if (error._tag === "ResponseStreamError" && error.response !== undefined) out.push(event)
                  end = Effect.fail(error)
                  break
                }
                out.push(event)
              }
              return emit(out)
            },
            onFailure: Effect.failCause,
            onDone: () => {
              end = fold.end === undefined ? Effect.fail(unfinished(fold)) : Cause.done()
              return end
            }
          })
      )
      return pull
    }))

/**
 * Folds a Responses stream into its final response, with `output_text` and
 * each function call's `parsed_arguments`.
 *
 * @example
 * const response = yield* ResponseStream.accumulate(Responses.createStream({ model: "gpt-4o", input: "Hi" }))
 * console.log(response.output_text)
 * @category folds
 * @since 0.1.0
 */
export const accumulate = <E, R>(
  source: Stream.Stream<ResponseStreamEvent, E, R>
): Effect.Effect<FinalResponse, E | ResponseStreamError | StreamError, R> =>
  Effect.suspend(() => {
    const fold = new ResponseFold()
    return Effect.flatMap(
      Stream.runForEachArray(source, (batch) => {
        for (let i = 0; i < batch.length; i++) {
          fold.add(batch[i])
          const error = fold.end === undefined ? undefined : failure(fold.end)
          if (error !== undefined) return Effect.fail(error)
        }
        return Effect.void
      }),
      () => fold.end?._tag === "Completed" ? Effect.succeed(fold.end.response) : Effect.fail(unfinished(fold))
    )
  })

/** Where a background response's stream has got to, carried across resumptions. */
interface Position {
  id: string | undefined
  background: boolean
  last: number | undefined
}

// A dropped connection or a stalled stream: the response goes on on the server and can be read again.
const isDrop = (error: OpenAIError): boolean =>
  error._tag === "APIConnectionError" || (error._tag === "APIConnectionTimeoutError" && error.kind === "idle")

/**
 * The events of `source`; when the connection to a background response
 * drops after events were read, the events after the last one, from the
 * server (`starting_after`), up to `resumes` times.
 */
const resuming = (
  source: Stream.Stream<ResponseStreamEvent, OpenAIError, OpenAIClient>,
  position: Position,
  resumes: number,
  options: RequestOptions | undefined
): Stream.Stream<ResponseStreamEvent, OpenAIError, OpenAIClient> =>
  source.pipe(
    Stream.mapArray((batch) => {
      for (const event of batch) {
        if ("response" in event && typeof event.response === "object" && event.response !== null) {
          position.id = event.response.id
          position.background = event.response.background === true
        }
        if (typeof event.sequence_number === "number") position.last = event.sequence_number
      }
      return batch
    }),
    Stream.catchIf(
      (error) => isDrop(error) && resumes > 0 && position.background && position.id !== undefined,
      () =>
        resuming(
          Responses.retrieveStream(position.id!, { starting_after: position.last }, options),
          position,
          resumes - 1,
          options
        )
    )
  )

/**
 * Streams a response and yields its events: `events` over
 * `Responses.createStream`, or, given `response_id`, over
 * `Responses.retrieveStream` from `starting_after` on (the server skips the
 * events up to it). When the connection to a background response
 * (`background: true`) drops or stalls after events were read, the stream
 * goes on from the last event read, asking the server for the events after
 * it, up to `maxRetries` (default 2) times.
 *
 * @example
 * yield* ResponseStream.stream({ model: "gpt-4o", input: "Hi" }).pipe(
 *   Stream.runForEach((event) => event.type === "response.output_text.delta" ? Console.log(event.delta) : Effect.void)
 * )
 * // a background response read again, from the event after sequence number 41:
 * ResponseStream.stream({ response_id: "resp_123", starting_after: 41 })
 * @category streams
 * @since 0.1.0
 */
export const stream = (
  params: Responses.CreateParams | ResumeParams,
  options?: RequestOptions
): Stream.Stream<Event, OpenAIError | ResponseStreamError, OpenAIClient> =>
  Stream.suspend(() => {
    const resumes = options?.maxRetries ?? 2
    if ("response_id" in params) {
      const { response_id, ...query } = params
      const position: Position = { id: response_id, background: true, last: query.starting_after }
      return events(resuming(Responses.retrieveStream(response_id, query, options), position, resumes, options))
    }
    const position: Position = { id: undefined, background: false, last: undefined }
    return events(resuming(Responses.createStream(params, options), position, resumes, options))
  })
