import { constants, privateDecrypt, X509Certificate, type KeyLike } from 'node:crypto'
import { Rsa } from 'wechatpay-axios-plugin'
import { beforeAll, describe, expect, it } from 'vitest'
import { rsaKeyPair, selfSignedCertificate } from './keys'
import { loadSnippet } from './snippets'

interface Encrypt {
  encryptField(plaintext: string, wechatpayPublicKey: KeyLike): string
  decryptField(ciphertext: string, merchantPrivateKey: KeyLike): string
}

const wechatpayKeys = rsaKeyPair()
const merchantKeys = rsaKeyPair()

describe('encryption.md: encrypt', () => {
  let snippet: Encrypt
  beforeAll(async () => {
    snippet = await loadSnippet<Encrypt>('encryption.md', 'encrypt')
  })

  it('gives Base64 OAEP ciphertext that the holder of the private key decrypts', () => {
    const ciphertext = snippet.encryptField('张三', wechatpayKeys.publicKey)
    expect(Buffer.from(ciphertext, 'base64')).toHaveLength(256)
    const plain = privateDecrypt({ key: wechatpayKeys.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(ciphertext, 'base64'))
    expect(plain.toString('utf8')).toBe('张三')
  })

  it('is the algorithm of the SDK: Rsa.decrypt reads it and decryptField reads Rsa.encrypt', () => {
    expect(Rsa.decrypt(snippet.encryptField('6222020000000000000', wechatpayKeys.publicKey), wechatpayKeys.privateKey)).toBe('6222020000000000000')
    expect(snippet.decryptField(Rsa.encrypt('13800138000', merchantKeys.publicKey), merchantKeys.privateKey)).toBe('13800138000')
  })

  it('is not PKCS#1 v1.5: that padding cannot read the ciphertext', () => {
    const ciphertext = Buffer.from(snippet.encryptField('张三', wechatpayKeys.publicKey), 'base64')
    expect(() => privateDecrypt({ key: wechatpayKeys.privateKey, padding: constants.RSA_PKCS1_PADDING }, ciphertext)).toThrow()
  })

  it('gives a different ciphertext each time for the same text', () => {
    expect(snippet.encryptField('张三', wechatpayKeys.publicKey)).not.toBe(snippet.encryptField('张三', wechatpayKeys.publicKey))
  })

  it('accepts 214 bytes and refuses 215 with a 2048-bit key, as the page says', () => {
    expect(() => snippet.encryptField('a'.repeat(214), wechatpayKeys.publicKey)).not.toThrow()
    expect(() => snippet.encryptField('a'.repeat(215), wechatpayKeys.publicKey)).toThrow()
  })

  it('encrypts with a platform certificate, whose serial X509Certificate reads', () => {
    const platform = selfSignedCertificate('5157F09EFDC096DE15EBE81A47057A7232F1B8E1')
    const certificate = new X509Certificate(platform.certificate)
    expect(certificate.serialNumber).toBe('5157F09EFDC096DE15EBE81A47057A7232F1B8E1')
    const ciphertext = snippet.encryptField('张三', certificate.publicKey)
    expect(snippet.decryptField(ciphertext, platform.privateKey)).toBe('张三')
  })
})
