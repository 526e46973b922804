import { execFileSync } from 'node:child_process'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { formatLiteral, phpDialect, typescriptDialect } from '../../../.vitepress/node/render/literal'
import { PHP } from '../../support/run-php-snippet'

/** Strings that would break out of a naive literal in either language. */
const STRINGS = [
  `it's`,
  `back\\slash\\`,
  `"double"`,
  `line\nbreak\r\n`,
  `sep\u2028arator\u2029`,
  '`template` ${x} $1',
  `</script><script>alert(1)</script>`,
  `{{ 1 + 1 }}`,
  `?> <?php echo 1; */ /* // ---cut---`,
  `\\' \\\\' '\\`,
]

describe('typescriptDialect', () => {
  for (const value of STRINGS) {
    it(`writes ${JSON.stringify(value)} as a literal TypeScript reads back unchanged`, () => {
      const source = `export const value = ${formatLiteral({ 'key-with-dash': value, plain: [value] }, typescriptDialect)}\n`
      const output = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS } })
      expect(output.diagnostics ?? []).toEqual([])
      const module = { exports: {} as { value?: unknown } }
      new Function('module', 'exports', output.outputText)(module, module.exports)
      expect(module.exports.value).toEqual({ 'key-with-dash': value, plain: [value] })
    })
  }
})

describe('phpDialect', () => {
  for (const value of STRINGS) {
    it(`writes ${JSON.stringify(value)} as a literal PHP reads back unchanged`, () => {
      const literal = formatLiteral({ key: value, "it's": [value] }, phpDialect)
      const printed = execFileSync(PHP, ['-r', `echo json_encode(${literal});`], { encoding: 'utf8' })
      expect(JSON.parse(printed)).toEqual({ key: value, "it's": [value] })
    })
  }
})
