import type { CodegenConfig } from '@graphql-codegen/cli'

/** Result and variable types of the partner operations, from the public contract. */
const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  documents: 'operations/*.graphql',
  generates: {
    'src/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        avoidOptionals: false,
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
}

export default config
