import type { ExecutionArgs, ValidationContext, ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { GraphQLError, Kind } from 'graphql'

import { isTrustedRequest } from '../trustedCaller'
import { API_LIMITS, pageSizeError } from '../limits'
import { isPublicQueryField, PUBLIC_SCHEMA_PATH } from './publicContract'

/** graphql-armor throws by default; reporting keeps the answer a normal GraphQL validation error (HTTP 400). */
const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }

const shapeLimits: ValidationRule[] = [
  maxDepthRule({ n: API_LIMITS.maxDepth, flattenFragments: true, ...report }),
  maxAliasesRule({ n: API_LIMITS.maxAliases, ...report }),
  maxDirectivesRule({ n: API_LIMITS.maxDirectives, ...report }),
]

/** Anonymous callers may run the public queries only: no mutations, no users, versions or internals. */
const publicOperationsOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(new GraphQLError(`Anonymous clients may only read; a ${node.operation} needs a staff login.`, { nodes: [node] }))
    }
  },
  // Checked per field of the Query type, so root fields reached through fragments count too.
  Field(node) {
    const name = node.name.value
    if (context.getParentType() !== context.getSchema().getQueryType() || name === '__typename' || isPublicQueryField(name)) return
    const message =
      name === '__schema' || name === '__type'
        ? `Introspection shows the staff schema and needs a login; the public schema is published at ${PUBLIC_SCHEMA_PATH}.`
        : `"${name}" is not part of the public API.`
    context.reportError(new GraphQLError(message, { nodes: [node] }))
  },
})

/** `limit` between 1 and maxPageSize (0 would mean all); `pagination: false` only with such a limit. Inline or as variables. */
const boundedPages =
  (variables: ExecutionArgs['variableValues']): ValidationRule =>
  (context) => ({
    Field(node) {
      const values: { limit?: unknown; pagination?: unknown } = {}
      for (const argument of node.arguments ?? []) {
        const name = argument.name.value
        if (name !== 'limit' && name !== 'pagination') continue
        values[name] =
          argument.value.kind === Kind.VARIABLE
            ? variables?.[argument.value.name.value]
            : argument.value.kind === Kind.INT
              ? Number(argument.value.value)
              : argument.value.kind === Kind.BOOLEAN
                ? argument.value.value
                : undefined
      }
      const error = pageSizeError(values)
      if (error) context.reportError(new GraphQLError(error, { nodes: [node] }))
    },
  })

/** Payload's `graphQL.validationRules`: shape limits for everyone, the public contract for anonymous callers. */
export function apiValidationRules(args: ExecutionArgs): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  if (req && isTrustedRequest(req)) return shapeLimits
  return [...shapeLimits, publicOperationsOnly, boundedPages(args.variableValues)]
}
