import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the gateway's committed SDL: a schema change that breaks an operation
// of the UI breaks `npm run build` (and so the Maven build), not a user.
const config: CodegenConfig = {
  schema: ['../../../schema.graphql', 'src/graphql/scalars.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          BigInteger: 'number',
          Date: 'string',
          DateTime: 'string',
          Time: 'string',
        },
      },
    },
    'src/gql/schema.json': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', includeScalars: false },
    },
  },
};

export default config;
