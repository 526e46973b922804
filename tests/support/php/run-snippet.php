<?php
/**
 * Runs one PHP snippet against the recording chain:
 * php run-snippet.php SNIPPET.php RECORD.jsonl STATUS BODY_FILE
 * The snippet finds `$instance` as the getting-started guide creates it; each of its calls is
 * appended to RECORD.jsonl and answered with STATUS and the contents of BODY_FILE.
 */
declare(strict_types=1);

require __DIR__ . '/RecordingChain.php';

use WechatpayDocs\Tests\Recorder;
use WechatpayDocs\Tests\RecordingChain;

[, $snippet, $record, $status, $bodyFile] = $argv;
$instance = new RecordingChain(new Recorder($record, (int) $status, (string) file_get_contents($bodyFile)));
require $snippet;
