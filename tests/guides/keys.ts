import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** An RSA key pair as PEM text, like the files a merchant downloads. */
export interface PemKeyPair {
  privateKey: string
  publicKey: string
}

/** A fresh 2048-bit RSA key pair: PKCS#8 private key (like apiclient_key.pem) and SPKI public key (like pub_key.pem). */
export function rsaKeyPair(): PemKeyPair {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
}

/** A self-signed X.509 certificate made by the openssl CLI, standing in for a platform certificate. */
export function selfSignedCertificate(serialHex: string): PemKeyPair & { certificate: string } {
  const dir = mkdtempSync(join(tmpdir(), 'guide-cert-'))
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Tenpay.com Root CA test',
      '-set_serial', `0x${serialHex}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'pipe' })
    const certificate = readFileSync(join(dir, 'cert.pem'), 'utf8')
    const privateKey = readFileSync(join(dir, 'key.pem'), 'utf8')
    const publicKey = execFileSync('openssl', ['x509', '-pubkey', '-noout', '-in', join(dir, 'cert.pem')], { encoding: 'utf8' })
    return { certificate, privateKey, publicKey }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A test APIv3 key: 32 ASCII characters, like the one set in the merchant platform. */
export const TEST_APIV3_KEY = '0123456789abcdefABCDEF0123456789'
