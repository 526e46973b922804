import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import { resolve } from 'node:path'
import * as zlib from 'node:zlib'
import * as sdk from 'wechatpay-axios-plugin'

/**
 * The modules a snippet may import, as it would find them, except that `node:fs` reads and writes
 * relative paths inside `dir`: a snippet's `readFileSync('hellowechatpay.png')` reads the file the
 * test put there, and what it saves lands there for the test to check.
 */
export function snippetModules(dir: string): Record<string, unknown> {
  const inDir = (path: fs.PathLike | number) => (typeof path === 'string' ? resolve(dir, path) : path)
  const sandboxed = {
    ...fs,
    readFileSync: ((path: fs.PathOrFileDescriptor, options?: never) => fs.readFileSync(inDir(path as string), options)) as typeof fs.readFileSync,
    writeFileSync: ((path: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, options?: fs.WriteFileOptions) =>
      fs.writeFileSync(inDir(path as string), data, options)) as typeof fs.writeFileSync,
  }
  return { 'node:crypto': crypto, 'node:fs': sandboxed, 'node:zlib': zlib, 'wechatpay-axios-plugin': sdk }
}
