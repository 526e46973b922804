<?php
/**
 * A recording stand-in for the request chain of wechatpay/wechatpay, for running the PHP snippets
 * without the network: `$instance->v3->pay->transactions->native->post([...])`, `->chain('v3/...')`
 * and `$instance['v3/...']` build a URL template the way the SDK does; each call records its
 * method, URL (path parameters filled from the options' top-level keys), query, headers and JSON
 * body as one line of JSON in a file, and answers with a fixed reply.
 */
declare(strict_types=1);

namespace Psr\Http\Message {
    // The snippets type their callbacks with the PSR-7 interface; declare it when no package has.
    if (!\interface_exists(ResponseInterface::class)) {
        interface ResponseInterface
        {
            public function getStatusCode();

            public function getBody();
        }
    }
}

namespace WeChatPay\Util {
    // The upload helper of wechatpay/wechatpay, for the upload snippets: the same public methods,
    // building the same two-part form (`meta` JSON with filename and sha256, then the file).
    if (!\class_exists(MediaUtil::class)) {
        final class MediaUtil
        {
            private const TYPES = ['png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'bmp' => 'image/bmp', 'csv' => 'text/csv'];

            private string $boundary;
            private string $meta;
            private string $body;

            public function __construct(string $filepath)
            {
                $contents = \file_get_contents($filepath);
                if ($contents === false) {
                    throw new \RuntimeException("cannot read {$filepath}");
                }
                $filename = \basename($filepath);
                $this->meta = (string) \json_encode(['filename' => $filename, 'sha256' => \hash('sha256', $contents)], \JSON_UNESCAPED_SLASHES | \JSON_UNESCAPED_UNICODE);
                $type = self::TYPES[\strtolower(\pathinfo($filename, \PATHINFO_EXTENSION))] ?? 'application/octet-stream';
                $this->boundary = \bin2hex(\random_bytes(16));
                $this->body = "--{$this->boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{$this->meta}\r\n"
                    . "--{$this->boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{$filename}\"\r\nContent-Type: {$type}\r\n\r\n{$contents}\r\n"
                    . "--{$this->boundary}--\r\n";
            }

            /** The form as a stream whose `getMeta()` is the signed JSON, as the SDK's signer reads it. */
            public function getStream(): \WechatpayDocs\Tests\FormStream
            {
                return new \WechatpayDocs\Tests\FormStream($this->body, $this->meta);
            }

            public function getContentType(): string
            {
                return "multipart/form-data; boundary={$this->boundary}";
            }
        }
    }
}

namespace WechatpayDocs\Tests {

    use ArrayAccess;
    use BadMethodCallException;
    use InvalidArgumentException;
    use LogicException;
    use Psr\Http\Message\ResponseInterface;

    /** The reply every recorded call gets: a status and a body. */
    final class RecordedResponse implements ResponseInterface
    {
        public function __construct(private int $status, private string $body)
        {
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    /** An upload's body: the form's bytes, and the `meta` JSON the signature covers. */
    final class FormStream
    {
        public function __construct(private string $contents, private string $meta)
        {
        }

        public function getMeta(): string
        {
            return $this->meta;
        }

        public function __toString(): string
        {
            return $this->contents;
        }
    }

    /** A promise in the manner of Guzzle's: callbacks run, in order, when `wait()` is called. */
    final class RecordingPromise
    {
        private bool $settled = false;
        private mixed $value = null;

        /** @param \Closure(): mixed $resolve */
        public function __construct(private \Closure $resolve)
        {
        }

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): self
        {
            return new self(function () use ($onFulfilled) {
                $value = $this->wait();
                return $onFulfilled === null ? $value : $onFulfilled($value);
            });
        }

        public function wait(bool $unwrap = true): mixed
        {
            if (!$this->settled) {
                $this->value = ($this->resolve)();
                $this->settled = true;
            }
            return $this->value;
        }
    }

    /** Writes each call as a JSON line and hands back the fixed reply. */
    final class Recorder
    {
        private const OPTION_KEYS = ['query', 'headers', 'json', 'body', 'sink'];

        public function __construct(private string $file, private int $status, private string $body)
        {
        }

        /** @param array<array-key, mixed> $options */
        public function send(string $method, string $template, array $options): RecordedResponse
        {
            $used = [];
            $url = \preg_replace_callback('#\{([^{}]+)\}#', static function (array $match) use ($options, &$used): string {
                if (!\array_key_exists($match[1], $options)) {
                    return $match[0];
                }
                $used[] = $match[1];
                return \rawurlencode((string) $options[$match[1]]);
            }, $template);
            $unused = \array_values(\array_diff(\array_map('strval', \array_keys($options)), $used, self::OPTION_KEYS));
            $record = [
                'method' => $method,
                'url' => '/' . \ltrim($url, '/'),
                'query' => $options['query'] ?? null,
                'headers' => $options['headers'] ?? null,
                'json' => $options['json'] ?? null,
                'unused' => $unused,
            ];
            // An upload's form (base64: it holds the file's bytes) and a download's file are
            // recorded only when given, and a download is saved to its `sink` as Guzzle does.
            if (\array_key_exists('body', $options)) {
                $record['body'] = \base64_encode((string) $options['body']);
            }
            if (\array_key_exists('sink', $options)) {
                $record['sink'] = $options['sink'];
                \file_put_contents((string) $options['sink'], $this->body);
            }
            $line = \json_encode($record, \JSON_THROW_ON_ERROR | \JSON_UNESCAPED_UNICODE | \JSON_UNESCAPED_SLASHES | \JSON_PRESERVE_ZERO_FRACTION);
            \file_put_contents($this->file, $line . "\n", \FILE_APPEND);
            return new RecordedResponse($this->status, $this->body);
        }
    }

    /** One node of the chain: the URL template walked so far. */
    final class RecordingChain implements ArrayAccess
    {
        private const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

        public function __construct(private Recorder $recorder, private string $template = '')
        {
        }

        /** `industryCoupon` → `industry-coupon`, `_out_trade_no_` → `{out_trade_no}`; a whole path stays as it is. */
        public static function normalize(string $segment): string
        {
            if (\str_contains($segment, '/')) {
                return $segment;
            }
            $kebab = \preg_replace_callback('#[A-Z]#', static fn (array $m): string => '-' . \strtolower($m[0]), \lcfirst($segment));
            return \preg_replace('#^_(.+)_$#', '{$1}', $kebab);
        }

        public function __get(string $segment): self
        {
            return $this->chain($segment);
        }

        public function chain(string $segment): self
        {
            $next = \ltrim(self::normalize($segment), '/');
            return new self($this->recorder, $this->template === '' ? $next : "{$this->template}/{$next}");
        }

        /** @param array<int, mixed> $arguments */
        public function __call(string $name, array $arguments): mixed
        {
            $async = \str_ends_with($name, 'Async');
            $method = $async ? \substr($name, 0, -\strlen('Async')) : $name;
            if (!\in_array($method, self::METHODS, true)) {
                throw new BadMethodCallException("the chain has no method {$name}()");
            }
            if (\count($arguments) > 1) {
                throw new InvalidArgumentException("{$name}() takes one options array, got " . \count($arguments) . ' arguments');
            }
            $options = $arguments[0] ?? [];
            if (!\is_array($options)) {
                throw new InvalidArgumentException("{$name}() takes an options array, got " . \get_debug_type($options));
            }
            $send = fn (): RecordedResponse => $this->recorder->send(\strtoupper($method), $this->template, $options);
            return $async ? new RecordingPromise($send) : $send();
        }

        public function offsetExists(mixed $offset): bool
        {
            return true;
        }

        public function offsetGet(mixed $offset): self
        {
            return $this->chain((string) $offset);
        }

        public function offsetSet(mixed $offset, mixed $value): void
        {
            throw new LogicException('the chain is read-only');
        }

        public function offsetUnset(mixed $offset): void
        {
            throw new LogicException('the chain is read-only');
        }
    }
}
