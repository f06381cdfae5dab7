/**
 * The `UserRoleAssignment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Role } from "./Role.ts"
import type { User } from "./User.ts"

export interface UserRoleAssignment {
  readonly object: "user.role"
  readonly user: User
  readonly role: Role
}
