import { afterAll, describe, expect, it } from 'vitest'
import { PhpScratch, runPhpSnippet } from '../support/run-php-snippet'

const scratch = new PhpScratch()
afterAll(() => scratch.dispose())

/** The stand-in must build URLs as wechatpay/wechatpay does, or the PHP variant test proves nothing. */
describe('the recording stand-in of the wechatpay/wechatpay chain', () => {
  it('builds URLs from chained segments, chain() and array access, filling path parameters', async () => {
    const code = [
      "$instance->v3->marketing->busifavor->stocks->_stock_id_->useFlow->get(['stock_id' => 'S1']);",
      "$instance->V3->chain('pay/transactions')->Native->post(['json' => ['total' => 1, 'rate' => 1.5]]);",
      "$instance['v3/refund/domestic/refunds/{out_refund_no}']->put(['out_refund_no' => 'R 1/2', 'query' => ['a' => 'b'], 'headers' => ['H' => 'v']]);",
      "$instance->v3->{'pay'}->chain('x')->delete(['extra' => 1]);",
    ].join('\n')
    const result = await runPhpSnippet(scratch.write(code), { status: 204, body: '' })
    expect(result.stderr).toBe('')
    expect(result.records).toEqual([
      { method: 'GET', url: '/v3/marketing/busifavor/stocks/S1/use-flow', query: null, headers: null, json: null, unused: [] },
      { method: 'POST', url: '/v3/pay/transactions/native', query: null, headers: null, json: { total: 1, rate: 1.5 }, unused: [] },
      { method: 'PUT', url: '/v3/refund/domestic/refunds/R%201%2F2', query: { a: 'b' }, headers: { H: 'v' }, json: null, unused: [] },
      { method: 'DELETE', url: '/v3/pay/x', query: null, headers: null, json: null, unused: ['extra'] },
    ])
  })

  it('runs then() callbacks in order on wait(), and passes the reply', async () => {
    const code = [
      '$promise = $instance->v3->x->patchAsync()',
      '    ->then(static fn (\\Psr\\Http\\Message\\ResponseInterface $r) => $r->getStatusCode() + 1)',
      '    ->then(static fn (int $n) => $n * 2);',
      "echo 'before', PHP_EOL;",
      'echo $promise->wait(), PHP_EOL;',
      "echo $instance->v3->y->get()->getBody(), PHP_EOL;",
    ].join('\n')
    const result = await runPhpSnippet(scratch.write(code), { status: 200, body: '{"ok":true}' })
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('before\n402\n{"ok":true}\n')
    expect(result.records.map((r) => `${r.method} ${r.url}`)).toEqual(['PATCH /v3/x', 'GET /v3/y'])
  })

  it('refuses writes to the chain and options that are not an array', async () => {
    const write = await runPhpSnippet(scratch.write("$instance['v3'] = 1;"), { status: 200, body: '' })
    expect(write.exitCode).not.toBe(0)
    expect(write.stderr).toContain('the chain is read-only')
    const options = await runPhpSnippet(scratch.write("$instance->v3->x->post('body');"), { status: 200, body: '' })
    expect(options.exitCode).not.toBe(0)
    expect(options.stderr).toContain('post() takes an options array, got string')
  })
})
