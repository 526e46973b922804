/**
 * A problem in one page's frontmatter. The message always starts with the file and the field,
 * so a failed build points straight at the line to fix.
 */
export class SpecError extends Error {
  readonly file: string
  readonly field: string

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field ? `${field}: ` : ''}${problem}`)
    this.name = 'SpecError'
    this.file = file
    this.field = field
  }
}
