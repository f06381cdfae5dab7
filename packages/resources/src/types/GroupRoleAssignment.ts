/**
 * The `GroupRoleAssignment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Group } from "./Group.ts"
import type { Role } from "./Role.ts"

export interface GroupRoleAssignment {
  readonly object: "group.role"
  readonly group: Group
  readonly role: Role
}
