<?php
/**
 * Runs one webhook snippet: php run-webhook.php SNIPPET.php INPUT.json
 * INPUT.json gives the request as the merchant's server received it (`headers`, lower-case names,
 * and the raw `body`), the platform public keys by serial (PEM) and the APIv3 key.
 */
declare(strict_types=1);

require __DIR__ . '/WebhookCrypto.php';

[, $snippet, $inputFile] = $argv;
$input = \json_decode((string) \file_get_contents($inputFile), true, 512, \JSON_THROW_ON_ERROR);
$headers = $input['headers'];
$body = $input['body'];
$platformPublicKeys = $input['platformPublicKeys'];
$apiv3Key = $input['apiv3Key'];
require $snippet;
