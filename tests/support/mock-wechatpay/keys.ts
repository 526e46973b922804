import { generateKeyPairSync, randomBytes } from 'node:crypto'

/** An RSA key pair in PEM, with the serial number WeChat Pay would know it by. */
export interface TestKeyPair {
  serial: string
  privateKey: string
  publicKey: string
}

/** The merchant's side: its id and the key pair its API certificate holds. */
export interface TestMerchant extends TestKeyPair {
  mchid: string
}

/** Keys made fresh for one mock server: the merchant's (signs requests) and the platform's (signs replies). */
export interface TestKeys {
  merchant: TestMerchant
  platform: TestKeyPair
}

/** A 2048-bit RSA key pair, the size the APIv3 signatures use, with a random serial in the given style. */
export function createKeyPair(serial: string): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  return { serial, privateKey, publicKey }
}

/**
 * Generates a merchant key pair (serial like a certificate serial, 40 hex digits) and a platform
 * key pair (serial like a WeChat Pay public key id, `PUB_KEY_ID_…`). Nothing is read from disk.
 */
export function createTestKeys(mchid = '1900000001'): TestKeys {
  const merchantSerial = randomBytes(20).toString('hex').toUpperCase()
  const platformSerial = `PUB_KEY_ID_${randomBytes(16).toString('hex').toUpperCase()}`
  return {
    merchant: { mchid, ...createKeyPair(merchantSerial) },
    platform: createKeyPair(platformSerial),
  }
}
