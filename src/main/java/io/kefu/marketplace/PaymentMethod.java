package io.kefu.marketplace;

/**
 * How the buyer paid. Only the kind of payment: kefu never sees or stores card or account
 * numbers. A refund goes back to the original method.
 */
public enum PaymentMethod {
  /** 支付宝 Alipay. */
  ALIPAY,
  /** 微信支付 WeChat Pay. */
  WECHAT_PAY,
  /** 云闪付 UnionPay. */
  UNIONPAY,
  /**
   * 货到付款 cash on delivery. Real marketplaces have it; the simulator never generates it, so every
   * demo order was paid online.
   */
  CASH_ON_DELIVERY
}
