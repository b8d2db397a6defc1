import type { CodegenConfig } from '@graphql-codegen/cli'

/** Types for the site's queries, generated from the SDL that the CMS's config produces. */
const config: CodegenConfig = {
  schema: '../../packages/graphql/schema.graphql',
  documents: 'src/graphql/**/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        avoidOptionals: false,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string' },
      },
    },
  },
}

export default config
