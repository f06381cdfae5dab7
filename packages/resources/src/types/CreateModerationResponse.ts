/**
 * The `CreateModerationResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateModerationResponse {
  readonly id: string
  readonly model: string
  readonly results: ReadonlyArray<{
    readonly flagged: boolean
    readonly categories: {
      readonly hate: boolean
      readonly "hate/threatening": boolean
      readonly harassment: boolean
      readonly "harassment/threatening": boolean
      readonly illicit: boolean | null
      readonly "illicit/violent": boolean | null
      readonly "self-harm": boolean
      readonly "self-harm/intent": boolean
      readonly "self-harm/instructions": boolean
      readonly sexual: boolean
      readonly "sexual/minors": boolean
      readonly violence: boolean
      readonly "violence/graphic": boolean
    }
    readonly category_scores: {
      readonly hate: number
      readonly "hate/threatening": number
      readonly harassment: number
      readonly "harassment/threatening": number
      readonly illicit: number
      readonly "illicit/violent": number
      readonly "self-harm": number
      readonly "self-harm/intent": number
      readonly "self-harm/instructions": number
      readonly sexual: number
      readonly "sexual/minors": number
      readonly violence: number
      readonly "violence/graphic": number
    }
    readonly category_applied_input_types: {
      readonly hate: ReadonlyArray<"text">
      readonly "hate/threatening": ReadonlyArray<"text">
      readonly harassment: ReadonlyArray<"text">
      readonly "harassment/threatening": ReadonlyArray<"text">
      readonly illicit: ReadonlyArray<"text">
      readonly "illicit/violent": ReadonlyArray<"text">
      readonly "self-harm": ReadonlyArray<"text" | "image">
      readonly "self-harm/intent": ReadonlyArray<"text" | "image">
      readonly "self-harm/instructions": ReadonlyArray<"text" | "image">
      readonly sexual: ReadonlyArray<"text" | "image">
      readonly "sexual/minors": ReadonlyArray<"text">
      readonly violence: ReadonlyArray<"text" | "image">
      readonly "violence/graphic": ReadonlyArray<"text" | "image">
    }
  }>
}
