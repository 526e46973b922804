/** One tab of the code group: its label, the fence language, and the code a reader copies. */
export interface CodeSample {
  label: string
  lang: 'ts' | 'php'
  /** Code the reader sees and copies. */
  code: string
  /** Lines checked with the code but hidden from the reader (twoslash `---cut---`). */
  hiddenPrelude?: string
}

/** The code of a sample as its fence holds it and twoslash checks it: the hidden prelude, cut, then the code. */
export function checkedSource(sample: CodeSample): string {
  return sample.hiddenPrelude ? `${sample.hiddenPrelude}// ---cut---\n${sample.code}` : sample.code
}
