package io.kefu.marketplace;

/** The marketplace's membership tier of a buyer. VIP buyers (e.g. 88VIP) go to senior agents. */
public enum CustomerTier {
  /** An ordinary buyer. */
  NORMAL,
  /** A paying member of the marketplace's VIP programme. */
  VIP
}
