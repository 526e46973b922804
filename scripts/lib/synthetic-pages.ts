import { dump } from 'js-yaml'

/** A small deterministic random source, so every run benchmarks the same pages. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  }
}

type Rng = ReturnType<typeof random>
type Field = Record<string, unknown>

const WORDS = ['mchid', 'appid', 'out_trade_no', 'amount', 'payer', 'detail', 'scene', 'store', 'goods', 'stock', 'coupon', 'receiver', 'bill', 'refund', 'settle', 'promotion', 'account', 'contact', 'address', 'identity']
const NOTES = ['商户号', '应用ID', '商户订单号', '金额信息', '支付者', '优惠功能', '场景信息', '门店信息', '商品', '批次', '券', '接收方', '账单', '退款', '结算', '优惠', '账户', '联系人', '地址', '证件']

function scalar(rng: Rng, name: string, note: string): Field {
  const kind = rng.int(0, 9)
  if (kind < 5) return { type: 'string', description: `${note}，长度不超过 32 个字符`, example: `${name.slice(0, 6)}_${rng.int(1000, 9999)}` }
  if (kind < 7) return { type: 'integer', description: `${note}，单位为分`, example: rng.int(1, 100000) }
  if (kind < 8) return { type: 'boolean', description: `是否启用${note}`, example: rng.chance(0.5) }
  const values = ['SUCCESS', 'PROCESSING', 'CLOSED', 'ABNORMAL'].slice(0, rng.int(2, 4))
  return {
    type: 'string',
    description: `${note}的状态`,
    enum: values,
    enumDescriptions: Object.fromEntries(values.map((v) => [v, `${note}处于 ${v} 状态`])),
    example: values[0],
  }
}

/** An object with `count` fields in total, nested at most `depth` more levels. */
function objectOf(rng: Rng, count: number, depth: number, prefix: string): { field: Field; used: number } {
  const properties: Record<string, Field> = {}
  const required: string[] = []
  let used = 0
  let i = 0
  while (used < count) {
    const index = rng.int(0, WORDS.length - 1)
    const name = `${WORDS[index]}_${prefix}${i++}`
    const note = NOTES[index]
    let field: Field
    if (depth > 0 && count - used > 3 && rng.chance(0.25)) {
      const inner = objectOf(rng, Math.min(count - used - 1, rng.int(2, 6)), depth - 1, `${prefix}${i}_`)
      field = rng.chance(0.4)
        ? { type: 'array', description: `${note}列表`, items: { ...inner.field, description: `一项${note}` } }
        : { ...inner.field, description: `${note}信息` }
      used += inner.used + 1
    } else {
      field = scalar(rng, name, note)
      if (rng.chance(0.05)) field.encrypted = true
      used++
    }
    properties[name] = field
    if (rng.chance(0.4)) required.push(name)
  }
  return { field: { type: 'object', required, properties }, used }
}

/** A chain of objects `levels` deep ending in a scalar, the deepest nesting the real API has. */
function deepChain(rng: Rng, level: number, levels: number): Field {
  if (level === levels) return scalar(rng, `level_${level}`, `第 ${level} 层字段`)
  return {
    type: 'object',
    description: `第 ${level} 层`,
    required: [`nested_level_${level + 1}`],
    properties: { [`nested_level_${level + 1}`]: deepChain(rng, level + 1, levels) },
  }
}

/** One synthetic API page: its path under `docs/` and its markdown. */
export interface SyntheticPage {
  file: string
  source: string
}

/**
 * Generates `count` API pages whose shapes follow the spread of the real APIv3: 10–60 fields,
 * nesting up to 8 levels, path and query parameters on reads, encrypted fields with the
 * `Wechatpay-Serial` header, enums, and some empty (204) replies.
 */
export function syntheticPages(count: number, seed = 42): SyntheticPage[] {
  const rng = random(seed)
  const pages: SyntheticPage[] = []
  for (let n = 0; n < count; n++) {
    const product = `product-${n % 25}`
    const isRead = rng.chance(0.35)
    const hasPathParam = isRead || rng.chance(0.3)
    const path = `/v3/bench/${product}/resource-${n}${hasPathParam ? '/{resource_id}' : ''}`
    const total = rng.int(10, 60)
    const depth = n % 40 === 0 ? 8 : rng.int(1, 4)
    const requestSize = isRead ? rng.int(1, 4) : Math.floor(total / 2)
    const request: Record<string, unknown> = {}
    if (hasPathParam) {
      request.path = { properties: { resource_id: { type: 'string', description: '资源单号', example: `R${100000 + n}` } } }
    }
    if (isRead) {
      request.query = objectOf(rng, requestSize, 0, 'q').field
    } else {
      const body = objectOf(rng, requestSize, depth, 'b').field
      if (depth === 8) (body.properties as Record<string, Field>).nested_level_1 = deepChain(rng, 1, 8)
      request.body = { ...body, description: '请求数据' }
      if (JSON.stringify(body).includes('"encrypted":true')) {
        request.headers = {
          required: ['Wechatpay-Serial'],
          properties: { 'Wechatpay-Serial': { type: 'string', description: '加密所用公钥的ID', example: 'PUB_KEY_ID_0100000000000000000000000000' } },
        }
      }
    }
    const noContent = !isRead && rng.chance(0.15)
    const response = noContent
      ? { status: 204 }
      : { status: 200, body: { ...objectOf(rng, total - requestSize, isRead ? depth : 2, 'r').field, description: '应答数据' } }
    const spec = {
      title: `基准接口 ${n}`,
      description: `用于衡量构建耗时的第 ${n} 个合成接口。`,
      method: isRead ? 'GET' : 'POST',
      path,
      docs: [{ title: '直连商户模式', url: `https://pay.weixin.qq.com/doc/v3/merchant/${4012000000 + n}` }],
      request,
      response,
    }
    pages.push({
      file: `openapi/v3/bench/${product}/resource-${n}${hasPathParam ? '/_resource_id_' : ''}.md`,
      source: `---\n${dump(spec, { lineWidth: -1 })}---\n`,
    })
  }
  return pages
}
