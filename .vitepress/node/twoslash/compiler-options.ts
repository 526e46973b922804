import { DECLARATION_MODULE } from '../sdk/generate-declaration'

/**
 * Compiler options every TypeScript snippet is checked with: strict, modern modules, no ambient
 * `@types`, and the SDK module resolved to the generated declaration.
 */
export function snippetCompilerOptions(declarationFile: string) {
  return {
    strict: true,
    target: 99 /* ESNext */,
    module: 99 /* ESNext */,
    moduleResolution: 100 /* Bundler */,
    types: [],
    paths: { [DECLARATION_MODULE]: [declarationFile] },
  }
}
