<?php
/**
 * Stand-ins for the three helpers of wechatpay/wechatpay the webhook snippets call, with the
 * behaviour the SDK documents, so the snippets run without Composer:
 * `Formatter::joinedByLineFeed()` (pieces joined by "\n", with a final "\n"), `Formatter::timestamp()`,
 * `Rsa::verify()` (SHA256 with RSA over the message, Base64 signature) and `AesGcm::decrypt()`
 * (AES-256-GCM, Base64 ciphertext with the 16-byte tag at its end).
 */
declare(strict_types=1);

namespace WeChatPay {
    if (!\class_exists(Formatter::class)) {
        final class Formatter
        {
            public static function joinedByLineFeed(string ...$pieces): string
            {
                return \implode("\n", \array_merge($pieces, ['']));
            }

            public static function timestamp(): int
            {
                return \time();
            }
        }
    }
}

namespace WeChatPay\Crypto {
    if (!\class_exists(Rsa::class)) {
        final class Rsa
        {
            public const KEY_TYPE_PUBLIC = 'public';

            /** @param \OpenSSLAsymmetricKey|string $publicKey */
            public static function verify(string $message, string $signature, $publicKey): bool
            {
                return \openssl_verify($message, (string) \base64_decode($signature, true), $publicKey, \OPENSSL_ALGO_SHA256) === 1;
            }
        }
    }

    if (!\class_exists(AesGcm::class)) {
        final class AesGcm
        {
            public static function decrypt(string $ciphertext, string $key, string $iv = '', string $aad = ''): string
            {
                $bytes = (string) \base64_decode($ciphertext, true);
                $plain = \openssl_decrypt(\substr($bytes, 0, -16), 'aes-256-gcm', $key, \OPENSSL_RAW_DATA, $iv, \substr($bytes, -16), $aad);
                if ($plain === false) {
                    throw new \UnexpectedValueException('Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.');
                }
                return $plain;
            }
        }
    }
}
