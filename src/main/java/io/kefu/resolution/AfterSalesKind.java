package io.kefu.resolution;

/** What the buyer asks of the seller in an after-sales request. */
public enum AfterSalesKind {
  /** Money back, the buyer keeps the item (仅退款). */
  REFUND_ONLY,
  /** The buyer sends the item back and gets the money back (退货退款). */
  RETURN_REFUND,
  /** The buyer sends the item back and gets another one (换货). */
  EXCHANGE,
  /** The seller ships the item again (补发). */
  RESHIP,
  /** The seller compensates (partial refund or goodwill). */
  COMPENSATION
}
