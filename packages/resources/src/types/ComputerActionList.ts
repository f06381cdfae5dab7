/**
 * The `ComputerActionList` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerAction } from "./ComputerAction.ts"

export type ComputerActionList = ReadonlyArray<ComputerAction>
