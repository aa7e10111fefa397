-- The built-in MARKETPLACE SIMULATOR (package io.kefu.marketplace, class SimulatedMarketplace).
-- kefu does not own customers, sellers or orders: the marketplace does, and kefu reads them
-- through the ports CustomerDirectory, OrderDirectory and SellerDirectory. These tables only
-- back the simulator so that kefu runs stand-alone; a deployment wired to a real marketplace
-- leaves them empty. Demo rows are inserted by DemoMarketplaceSeeder when kefu.demo.enabled.
--
-- Privacy by schema: no national ID, no bank card, no full phone number or address can be
-- stored - the columns for the phone and the delivery address hold four characters at most.
-- Timestamps are UTC. Portable SQL for H2 2.3 and PostgreSQL 15.

CREATE TABLE mkt_customer (
    id                  VARCHAR(16)  NOT NULL,
    display_name        VARCHAR(64)  NOT NULL,
    tier                VARCHAR(8)   NOT NULL,
    preferred_language  VARCHAR(8)   NOT NULL,
    -- the last four digits of the account's bound phone, for minimal identity checks
    phone_last4         VARCHAR(4)   NOT NULL,
    -- the last four characters of the default delivery address, for minimal identity checks
    address_last4       VARCHAR(4)   NOT NULL,
    email               VARCHAR(254),
    -- comma-separated account risk flags, e.g. RECENT_ABNORMAL_LOGIN; NULL when none
    risk_flags          VARCHAR(255),
    registered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mkt_customer PRIMARY KEY (id),
    CONSTRAINT ck_mkt_customer_tier CHECK (tier IN ('NORMAL', 'VIP')),
    CONSTRAINT ck_mkt_customer_language CHECK (preferred_language IN ('zh', 'en')),
    CONSTRAINT ck_mkt_customer_phone CHECK (CHAR_LENGTH(phone_last4) = 4),
    CONSTRAINT ck_mkt_customer_address CHECK (CHAR_LENGTH(address_last4) = 4)
);

CREATE TABLE mkt_seller (
    id                  VARCHAR(16)  NOT NULL,
    store_name          VARCHAR(128) NOT NULL,
    -- the platform's credit score of the seller, 0 (worst) to 100
    credit_score        INTEGER      NOT NULL,
    -- buyers' average store rating (DSR), 0.00 to 5.00
    store_score         NUMERIC(3,2) NOT NULL,
    CONSTRAINT pk_mkt_seller PRIMARY KEY (id),
    CONSTRAINT ck_mkt_seller_credit CHECK (credit_score BETWEEN 0 AND 100),
    CONSTRAINT ck_mkt_seller_score CHECK (store_score BETWEEN 0 AND 5)
);

CREATE TABLE mkt_order (
    order_number        VARCHAR(32)  NOT NULL,
    customer_id         VARCHAR(16)  NOT NULL,
    seller_id           VARCHAR(16)  NOT NULL,
    item_title          VARCHAR(200) NOT NULL,
    -- category of goods, an upper-case code such as ELECTRONICS or FOOD
    category            VARCHAR(32)  NOT NULL,
    amount              NUMERIC(12,2) NOT NULL,
    currency            VARCHAR(3)   DEFAULT 'CNY' NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    -- NULL while the order has not been paid
    payment_method      VARCHAR(24),
    -- carrier code (SF, ZTO, YTO, YUNDA, JD, EMS) and waybill, set when the seller ships
    carrier             VARCHAR(16),
    tracking_number     VARCHAR(32),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at             TIMESTAMP WITH TIME ZONE,
    -- the seller uploaded the tracking number
    shipped_at          TIMESTAMP WITH TIME ZONE,
    -- the carrier picked the parcel up (first scan); NULL long after shipped_at = fake shipment
    collected_at        TIMESTAMP WITH TIME ZONE,
    delivered_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_mkt_order PRIMARY KEY (order_number),
    CONSTRAINT fk_mkt_order_customer FOREIGN KEY (customer_id) REFERENCES mkt_customer (id),
    CONSTRAINT fk_mkt_order_seller FOREIGN KEY (seller_id) REFERENCES mkt_seller (id),
    CONSTRAINT ck_mkt_order_amount CHECK (amount > 0),
    CONSTRAINT ck_mkt_order_status CHECK (status IN
        ('CREATED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
    CONSTRAINT ck_mkt_order_payment CHECK (payment_method IS NULL OR payment_method IN
        ('ALIPAY', 'WECHAT_PAY', 'UNIONPAY', 'CASH_ON_DELIVERY')),
    CONSTRAINT ck_mkt_order_carrier CHECK (carrier IS NULL OR carrier IN
        ('SF', 'ZTO', 'YTO', 'YUNDA', 'JD', 'EMS')),
    CONSTRAINT ck_mkt_order_shipment CHECK (
        (shipped_at IS NULL AND tracking_number IS NULL AND collected_at IS NULL
            AND delivered_at IS NULL)
        OR (shipped_at IS NOT NULL AND tracking_number IS NOT NULL AND carrier IS NOT NULL))
);
-- "the orders of this customer", newest first
CREATE INDEX ix_mkt_order_customer ON mkt_order (customer_id, created_at);
CREATE INDEX ix_mkt_order_seller ON mkt_order (seller_id, created_at);
-- the fake-shipment sweep: shipped, not collected, tracking number uploaded long ago
CREATE INDEX ix_mkt_order_shipment ON mkt_order (status, shipped_at);
