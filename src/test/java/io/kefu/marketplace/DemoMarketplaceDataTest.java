package io.kefu.marketplace;

import static io.kefu.marketplace.DemoMarketplaceData.AS_OF;
import static io.kefu.marketplace.DemoMarketplaceData.FROM;
import static io.kefu.marketplace.DemoMarketplaceData.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo marketplace generator, without Spring or a database. */
class DemoMarketplaceDataTest {

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private final DemoMarketplaceData data = DemoMarketplaceData.generate();

  @Test
  void sameSeedGivesTheSameRows() {
    assertThat(DemoMarketplaceData.generate(DemoMarketplaceData.SEED)).isEqualTo(data);
    assertThat(DemoMarketplaceData.generate(DemoMarketplaceData.SEED).orders())
        .containsExactlyElementsOf(data.orders());
  }

  @Test
  void anotherSeedChangesOnlyTheGeneratedRows() {
    DemoMarketplaceData other = DemoMarketplaceData.generate(42L);
    assertThat(other.orders()).isNotEqualTo(data.orders());
    Map<String, Order> otherOrders = byKey(other.orders(), Order::orderNumber);
    for (String number : List.of(DemoMarketplaceData.ORDER_DELIVERED,
        DemoMarketplaceData.ORDER_VIP_LARGE, DemoMarketplaceData.ORDER_FAKE_SHIPMENT)) {
      assertThat(otherOrders.get(number)).isEqualTo(order(number));
    }
    assertThat(other.customers().subList(0, 5)).isEqualTo(data.customers().subList(0, 5));
  }

  @Test
  void customersMeetTheCountsAndShares() {
    List<Customer> customers = data.customers();
    assertThat(customers).hasSizeGreaterThanOrEqualTo(60);
    assertThat(customers).extracting(Customer::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("C\\d{5}"));
    double vip = share(customers, Customer::isVip);
    double english = share(customers, c -> "en".equals(c.preferredLanguage()));
    assertThat(vip).isBetween(0.12, 0.18);
    assertThat(english).isBetween(0.25, 0.35);
    long flagged = customers.stream().filter(Customer::isFlagged).count();
    assertThat(flagged).isBetween(3L, 8L);
    assertThat(customers).filteredOn(c -> c.hasRiskFlag(Customer.RECENT_ABNORMAL_LOGIN))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(customers).extracting(Customer::displayName).doesNotHaveDuplicates();
    // English speakers have Latin names, Chinese speakers Chinese ones
    assertThat(customers).allMatch(c ->
        CJK.matcher(c.displayName()).find() == "zh".equals(c.preferredLanguage()));
  }

  @Test
  void customersCarryOnlyMinimalPersonalData() {
    for (Customer c : data.customers()) {
      assertThat(c.phoneLast4()).matches("\\d{4}");
      assertThat(c.addressLast4()).hasSize(4);
      if (c.email() != null) {
        assertThat(c.email()).matches("[a-z0-9.]+@example\\.(com|net|org)");
      }
      assertThat(c.registeredAt()).isBefore(FROM);
    }
    assertThat(data.customers()).extracting(Customer::email).filteredOn(Objects::nonNull)
        .doesNotHaveDuplicates();
  }

  @Test
  void sellersSpreadTheirCreditScores() {
    List<Seller> sellers = data.sellers();
    assertThat(sellers).hasSizeGreaterThanOrEqualTo(12);
    assertThat(sellers).extracting(Seller::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("S\\d{4}"));
    assertThat(sellers).extracting(Seller::creditScore).allMatch(s -> s >= 55 && s <= 99)
        .contains(55, 99);
    assertThat(sellers.stream().map(s -> s.creditScore() / 10).distinct().count())
        .isGreaterThanOrEqualTo(5);
    assertThat(sellers).allMatch(s -> s.storeScore().scale() == 2
        && s.storeScore().compareTo(BigDecimal.ZERO) >= 0
        && s.storeScore().compareTo(new BigDecimal("5.00")) <= 0);
  }

  @Test
  void ordersMeetTheCountsAndSpreads() {
    List<Order> orders = data.orders();
    assertThat(orders).hasSizeGreaterThanOrEqualTo(240);
    Set<OrderStatus> statuses = orders.stream().map(Order::status)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrderStatus.class)));
    assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.values());
    assertThat(share(orders, o -> o.status() == OrderStatus.DELIVERED)).isBetween(0.6, 0.9);
    Set<ShippingCarrier> carriers = orders.stream().map(Order::carrier).filter(Objects::nonNull)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ShippingCarrier.class)));
    assertThat(carriers).containsExactlyInAnyOrder(ShippingCarrier.values());
    assertThat(orders).extracting(Order::category).hasSizeGreaterThan(0)
        .containsAll(List.of("ELECTRONICS", "APPAREL", "FOOD", "HOME", "BEAUTY"));

    List<BigDecimal> amounts = orders.stream().map(Order::amount).sorted().toList();
    assertThat(amounts.get(0)).isEqualByComparingTo("9.90");
    assertThat(amounts.get(amounts.size() - 1)).isEqualByComparingTo("12999.00");
    assertThat(amounts).allMatch(a -> a.scale() == 2);
    BigDecimal median = amounts.get(amounts.size() / 2);
    assertThat(median).isBetween(new BigDecimal("40"), new BigDecimal("400"));
    long overThousand = amounts.stream().filter(a -> a.compareTo(new BigDecimal("1000")) > 0)
        .count();
    assertThat(overThousand).isBetween(orders.size() / 25L, orders.size() / 5L);
    assertThat(orders).allMatch(o -> o.currency().equals("CNY"));
    // the Double 11 peak
    long doubleEleven = orders.stream()
        .filter(o -> o.createdAt().atZone(ZONE).toLocalDate().toString().equals("2026-11-11"))
        .count();
    assertThat(doubleEleven).isGreaterThan(orders.size() / 20L);
  }

  @Test
  void ordersAreConsistent() {
    Set<String> customers = data.customers().stream().map(Customer::id).collect(
        Collectors.toSet());
    Set<String> sellers = data.sellers().stream().map(Seller::id).collect(Collectors.toSet());
    Map<String, Customer> customerById = byKey(data.customers(), Customer::id);
    Set<String> tracking = new HashSet<>();
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyyMMdd");
    assertThat(data.orders()).extracting(Order::orderNumber).doesNotHaveDuplicates();
    for (Order o : data.orders()) {
      assertThat(o.orderNumber()).matches("O\\d{13}")
          .startsWith("O" + day.format(o.createdAt().atZone(ZONE)));
      assertThat(customers).contains(o.customerId());
      assertThat(sellers).contains(o.sellerId());
      assertThat(o.createdAt()).isBetween(FROM, AS_OF);
      assertInOrder(o, o.createdAt(), o.paidAt(), o.shippedAt(), o.collectedAt(),
          o.deliveredAt(), AS_OF);
      assertThat(o.paymentMethod() == null).as(o.orderNumber()).isEqualTo(o.paidAt() == null);
      assertThat(o.paymentMethod()).isNotEqualTo(PaymentMethod.CASH_ON_DELIVERY);
      assertThat(o.carrier() == null).as(o.orderNumber()).isEqualTo(o.shippedAt() == null);
      if (o.trackingNumber() != null) {
        assertThat(o.carrier().isValidTrackingNumber(o.trackingNumber()))
            .as(o.orderNumber() + " " + o.trackingNumber()).isTrue();
        assertThat(tracking.add(o.trackingNumber())).as(o.trackingNumber()).isTrue();
      }
      switch (o.status()) {
        case CREATED, CANCELLED -> assertThat(o.paidAt()).as(o.orderNumber()).isNull();
        case PAID -> assertThat(o.paidAt() != null && o.shippedAt() == null)
            .as(o.orderNumber()).isTrue();
        case SHIPPED -> assertThat(o.shippedAt() != null && o.deliveredAt() == null)
            .as(o.orderNumber()).isTrue();
        case DELIVERED -> assertThat(o.deliveredAt()).as(o.orderNumber()).isNotNull();
        case REFUNDED -> assertThat(o.paidAt()).as(o.orderNumber()).isNotNull();
        default -> throw new AssertionError(o.status());
      }
      // titles in the buyer's language
      boolean english = "en".equals(customerById.get(o.customerId()).preferredLanguage());
      assertThat(CJK.matcher(o.itemTitle()).find()).as(o.itemTitle()).isEqualTo(!english);
    }
  }

  @Test
  void aHandfulOfShipmentsWereNeverCollected() {
    Instant limit = AS_OF.minus(Duration.ofHours(48));
    List<Order> fake = data.orders().stream()
        .filter(o -> o.isAwaitingCollection() && o.shippedAt().isBefore(limit)).toList();
    assertThat(fake).hasSizeBetween(3, 10)
        .extracting(Order::orderNumber).contains(DemoMarketplaceData.ORDER_FAKE_SHIPMENT);
    // the fake ones were uploaded for days also at the time this data was written (2026-11-23)
    Instant writtenAt = java.time.LocalDate.of(2026, 11, 23).atStartOfDay(ZONE).toInstant();
    assertThat(fake).allMatch(o -> o.shippedAt().isBefore(writtenAt.minus(Duration.ofHours(48))));
    // any other upload not yet collected is recent
    assertThat(data.orders()).filteredOn(Order::isAwaitingCollection)
        .filteredOn(o -> !o.shippedAt().isBefore(limit))
        .allMatch(o -> o.shippedAt().isAfter(AS_OF.minus(Duration.ofHours(20))));
  }

  @Test
  void wellKnownRecordsAreAsDocumented() {
    Map<String, Customer> customers = byKey(data.customers(), Customer::id);
    Customer zh = customers.get(DemoMarketplaceData.CUSTOMER_ZH);
    assertThat(zh.tier()).isEqualTo(CustomerTier.NORMAL);
    assertThat(zh.preferredLanguage()).isEqualTo("zh");
    Customer vip = customers.get(DemoMarketplaceData.CUSTOMER_VIP);
    assertThat(vip.tier()).isEqualTo(CustomerTier.VIP);
    assertThat(vip.preferredLanguage()).isEqualTo("zh");
    Customer en = customers.get(DemoMarketplaceData.CUSTOMER_EN);
    assertThat(en.tier()).isEqualTo(CustomerTier.NORMAL);
    assertThat(en.preferredLanguage()).isEqualTo("en");
    assertThat(customers.get(DemoMarketplaceData.CUSTOMER_AT_RISK).riskFlags())
        .containsExactly(Customer.RECENT_ABNORMAL_LOGIN);
    assertThat(customers.get(DemoMarketplaceData.CUSTOMER_OTHER).isFlagged()).isFalse();

    assertKnown(DemoMarketplaceData.ORDER_DELIVERED, "C00001", "269.00", OrderStatus.DELIVERED);
    assertKnown(DemoMarketplaceData.ORDER_CANCELLED, "C00001", "299.00", OrderStatus.CANCELLED);
    assertKnown(DemoMarketplaceData.ORDER_UNPAID, "C00001", "69.00", OrderStatus.CREATED);
    assertKnown(DemoMarketplaceData.ORDER_VIP_LARGE, "C00002", "12999.00",
        OrderStatus.DELIVERED);
    assertKnown(DemoMarketplaceData.ORDER_VIP_REFUNDED, "C00002", "350.00",
        OrderStatus.REFUNDED);
    assertKnown(DemoMarketplaceData.ORDER_EN_DELIVERED, "C00003", "199.00",
        OrderStatus.DELIVERED);
    assertKnown(DemoMarketplaceData.ORDER_EN_IN_TRANSIT, "C00003", "9.90", OrderStatus.SHIPPED);
    assertKnown(DemoMarketplaceData.ORDER_AT_RISK_PAID, "C00004", "4490.00", OrderStatus.PAID);
    assertKnown(DemoMarketplaceData.ORDER_OF_OTHER_CUSTOMER, "C00005", "1299.00",
        OrderStatus.DELIVERED);
    assertKnown(DemoMarketplaceData.ORDER_FAKE_SHIPMENT, "C00005", "59.90", OrderStatus.SHIPPED);
    assertThat(order(DemoMarketplaceData.ORDER_EN_IN_TRANSIT).collectedAt()).isNotNull();
    assertThat(order(DemoMarketplaceData.ORDER_FAKE_SHIPMENT).collectedAt()).isNull();
    assertThat(order(DemoMarketplaceData.ORDER_FAKE_SHIPMENT).sellerId())
        .isEqualTo(DemoMarketplaceData.SELLER_LOW_CREDIT);

    // the well-known customers have exactly their documented orders
    Map<String, List<String>> ordersOf = data.orders().stream()
        .filter(o -> o.customerId().compareTo("C00005") <= 0)
        .collect(Collectors.groupingBy(Order::customerId,
            Collectors.mapping(Order::orderNumber, Collectors.toList())));
    assertThat(ordersOf.get("C00001")).containsExactlyInAnyOrder(
        "O2026110100001", "O2026101000001", "O2026113000001");
    assertThat(ordersOf.get("C00002")).containsExactlyInAnyOrder(
        "O2026111100001", "O2026103000001");
    assertThat(ordersOf.get("C00003")).containsExactlyInAnyOrder(
        "O2026102400001", "O2026112800001");
    assertThat(ordersOf.get("C00004")).containsExactly("O2026112900001");
    assertThat(ordersOf.get("C00005")).containsExactlyInAnyOrder(
        "O2026110500001", "O2026111500001");

    Map<String, Seller> sellers = byKey(data.sellers(), Seller::id);
    assertThat(sellers.get(DemoMarketplaceData.SELLER_TRUSTED).creditScore()).isEqualTo(96);
    assertThat(sellers.get(DemoMarketplaceData.SELLER_LOW_CREDIT).creditScore()).isEqualTo(58);
  }

  @Test
  void carriersKnowTheirTrackingFormats() {
    assertThat(ShippingCarrier.SF.isValidTrackingNumber("SF1402638154729")).isTrue();
    assertThat(ShippingCarrier.SF.isValidTrackingNumber("YT7534016628815")).isFalse();
    assertThat(ShippingCarrier.ZTO.isValidTrackingNumber("78316052847193")).isTrue();
    assertThat(ShippingCarrier.YTO.isValidTrackingNumber("YT7534016628815")).isTrue();
    assertThat(ShippingCarrier.YUNDA.isValidTrackingNumber("4613370529184")).isTrue();
    assertThat(ShippingCarrier.JD.isValidTrackingNumber("JDVA26111100421")).isTrue();
    assertThat(ShippingCarrier.EMS.isValidTrackingNumber("1178234519026")).isTrue();
    assertThat(ShippingCarrier.EMS.isValidTrackingNumber("EA123456789CN")).isTrue();
    assertThat(ShippingCarrier.EMS.isValidTrackingNumber(null)).isFalse();
    assertThat(ShippingCarrier.JD.displayName("zh")).isEqualTo("京东物流");
    assertThat(ShippingCarrier.JD.displayName("en")).isEqualTo("JD Logistics");
  }

  private void assertKnown(String number, String customer, String amount, OrderStatus status) {
    Order order = order(number);
    assertThat(order.customerId()).as(number).isEqualTo(customer);
    assertThat(order.amount()).as(number).isEqualTo(new BigDecimal(amount));
    assertThat(order.status()).as(number).isEqualTo(status);
  }

  private Order order(String number) {
    return data.orders().stream().filter(o -> o.orderNumber().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no order " + number));
  }

  private static void assertInOrder(Order order, Instant... times) {
    Instant previous = null;
    for (Instant t : times) {
      if (t == null) {
        continue;
      }
      if (previous != null) {
        assertThat(t).as(order.orderNumber()).isAfterOrEqualTo(previous);
      }
      previous = t;
    }
  }

  private static <T> double share(List<T> items, java.util.function.Predicate<T> test) {
    return items.stream().filter(test).count() / (double) items.size();
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, Function.identity()));
  }
}
