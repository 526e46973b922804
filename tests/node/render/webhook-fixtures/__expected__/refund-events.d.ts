/** 回调通知：通知请求体与解密后的数据 */
export namespace Webhooks {
  /** 通知请求体中加密的 `resource`：AEAD_AES_256_GCM，密钥为 APIv3 密钥 */
  export interface EncryptedResource<OriginalType extends string = string> {
    /** 加密算法 */
    algorithm: 'AEAD_AES_256_GCM'
    /** Base64 编码的密文（末尾 16 字节为认证标签） */
    ciphertext: string
    /** 附加数据，解密时原样传入（可能为空） */
    associated_data?: string
    /** 加密使用的随机串（IV） */
    nonce: string
    /** 加密前的数据类型 */
    original_type: OriginalType
  }

  /** 回调通知的请求体（解密前） */
  export interface Notification<EventType extends string = string, OriginalType extends string = string> {
    /** 通知的唯一 ID，重复通知的 ID 相同，可用于去重 */
    id: string
    /** 通知创建时间，RFC 3339 格式 */
    create_time: string
    /** 通知类型 */
    event_type: EventType
    /** 通知数据类型 */
    resource_type: 'encrypt-resource'
    /** 回调摘要 */
    summary: string
    /** 加密的通知数据 */
    resource: EncryptedResource<OriginalType>
  }

  /**
   * 退款通知：通知请求体
   *
   * - `REFUND.SUCCESS`：退款成功
   * - `REFUND.CLOSED`：退款关闭
   */
  export type RefundEventsNotification = Notification<'REFUND.SUCCESS' | 'REFUND.CLOSED', 'refund'>

  /** 退款通知：解密后的 resource */
  export interface RefundEventsResource {
    /** 商户退款单号 */
    out_refund_no: string
    /**
     * 退款状态
     *
     * - `SUCCESS`：退款成功
     * - `CLOSED`：退款关闭
     */
    refund_status: 'SUCCESS' | 'CLOSED'
    /** 金额 */
    amount: RefundEventsResource.Amount
  }
  export namespace RefundEventsResource {
    /** 金额 */
    export interface Amount {
      /** 退款金额（分） */
      refund?: number
    }
  }
}
