import type { CodegenConfig } from '@graphql-codegen/cli';

// Output directory: src/gql by default; scripts/check-generate.mjs points it at a temp dir.
const out = process.env.CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../graph/schema/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
