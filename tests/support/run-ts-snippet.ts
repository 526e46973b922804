import ts from 'typescript'

/** What a snippet printed: the arguments of each `console.log` (or `info`, `warn`, `error`) call, in order. */
export type ConsoleCalls = unknown[][]

// The constructor of `async function` bodies, which the global scope does not name.
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>

/** TypeScript → JavaScript without type checking (twoslash and check:specs do that), failing on syntax errors. */
export function transpileSnippet(code: string): string {
  const { outputText, diagnostics } = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  })
  if (diagnostics && diagnostics.length > 0) {
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    throw new Error(`the snippet does not compile:\n${messages.join('\n')}\n---\n${code}`)
  }
  return outputText
}

const IMPORT = /^import \{([^}]+)\} from '([^']+)'$/gm

/**
 * Runs a snippet as the body of an async function, as a reader would after creating `wxpay`
 * (the hidden prelude only declares its type). The given globals are its only free names besides
 * the built-ins, and `console` is replaced by one that records what the snippet prints. Its
 * `import { … } from 'x'` lines take `modules[x]`, so a test decides what a module is (a file system
 * rooted in a scratch folder); an import the test did not give fails.
 */
export async function runTsSnippet(code: string, globals: Record<string, unknown>, modules: Record<string, unknown> = {}): Promise<ConsoleCalls> {
  const calls: ConsoleCalls = []
  const record = (...args: unknown[]) => {
    calls.push(args)
  }
  const console = { log: record, info: record, warn: record, error: record }
  const importModule = (name: string) => {
    if (!(name in modules)) throw new Error(`the snippet imports ${name}, which the test did not provide`)
    return modules[name]
  }
  // Type-only imports name nothing at run time; left in, they would make the body an ES module.
  const source = code
    .replace(/^import type .*$/gm, '')
    .replace(IMPORT, (_, names: string, from: string) => `const {${names}} = __import(${JSON.stringify(from)})`)
  const names = Object.keys(globals)
  const body = new AsyncFunction(...names, 'console', '__import', transpileSnippet(source))
  await body(...names.map((name) => globals[name]), console, importModule)
  return calls
}
