import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('src/gql/', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const IMPORT = /^import \{ graphql \} from '[./]*gql';$/m;
const VIRTUAL = 'virtual:newsgraph-document/';

/**
 * Each `graphql(`…`)` of a screen becomes the document it names, in a module of its own, as
 * graphql-codegen's Babel plugin does for the client preset: `graphql()` alone looks every
 * document up in one table (`src/gql/gql.ts`), and the generated documents are one module
 * (`src/gql/graphql.ts`, 100 kB), so every operation of every screen would be loaded, and parsed,
 * by the first page. One module per document goes in the script of the screens that use it.
 * Types are untouched (tsc still reads `graphql()`'s overloads); the values are the documents
 * codegen wrote, the same as the table's.
 */
export function documentsOneByOne(): Plugin {
  let generated: { at: number; documents: Map<string, string> } | undefined;
  // what codegen wrote last (it runs before the build and the tests; again by hand under `npm run dev`)
  const documents = () => {
    const at = statSync(`${GENERATED}graphql.ts`).mtimeMs;
    if (generated?.at !== at) {
      generated = { at, documents: new Map(
        [...readFileSync(`${GENERATED}graphql.ts`, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)]
          .map(([, name, json]) => [name, json]),
      ) };
    }
    return generated.documents;
  };
  return {
    name: 'newsgraph:documents-one-by-one',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      return `export default ${documents().get(id.slice(VIRTUAL.length + 1))};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(GENERATED)) return null;
      if (!IMPORT.test(code)) {
        // imported another way, the table (every document) would come back into the scripts unseen
        if (code.includes('graphql(`')) this.error("graphql() must be imported as `import { graphql } from '../gql';`");
        return null;
      }
      const names = new Set<string>();
      const replaced = code.replace(CALL, (call, source: string) => {
        const [first] = parse(source).definitions;
        const name = first?.kind === 'OperationDefinition' && first.name ? `${first.name.value}Document`
          : first?.kind === 'FragmentDefinition' ? `${first.name.value}FragmentDoc` : '';
        if (!documents().has(name)) this.error(`no generated document for ${call.slice(0, 60)}… (run npm run codegen)`);
        names.add(name);
        // as many lines as the call, so that line numbers in stack traces stay the source's
        return `document$${name}${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      const imports = [...names].map((name) => `import document$${name} from '${VIRTUAL}${name}';`).join(' ');
      return { code: replaced.replace(IMPORT, imports), map: null };
    },
  };
}
