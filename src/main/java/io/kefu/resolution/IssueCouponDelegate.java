package io.kefu.resolution;

import io.kefu.cases.AuditAction;
import io.kefu.cases.AuditTrail;
import io.kefu.cases.CaseVariables;
import io.kefu.marketplace.Order;
import io.kefu.notify.Phrase;
import io.kefu.notify.Templates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Issue coupon": a coupon of {@code couponValue} through the {@link CouponService}, valid for
 * {@code kefu.resolution.coupon-validity}; idempotent by {@link OperationIds#coupon
 * CP-<case>-<offer round>} (the alternative's coupon is a second one). Refusals (budget used up,
 * value above the limit) are BPMN errors with the service's code.
 */
@Component("issueCoupon")
public class IssueCouponDelegate implements JavaDelegate {

  private final CouponService coupons;
  private final RemedySteps steps;
  private final AuditTrail audit;
  private final ResolutionSettings settings;
  private final Clock clock;

  public IssueCouponDelegate(CouponService coupons, RemedySteps steps, AuditTrail audit,
      ResolutionSettings settings, Clock clock) {
    this.coupons = coupons;
    this.steps = steps;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    double value = RemedySteps.number(execution, "couponValue");
    if (value <= 0) {
      throw new BpmnError("NO_COUPON_VALUE", "The remedy gives no coupon value");
    }
    String customerId = RemedySteps.string(execution, "customerId");
    Order order = steps.order(execution);
    String currency = order == null ? "CNY" : order.currency();
    String couponId = OperationIds.coupon(RemedySteps.caseNumber(execution),
        RemedySteps.integer(execution, "offerRound", 1));
    String reason = RemedySteps.reason(execution);
    Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Coupon coupon;
    try {
      coupon = coupons.issue(new CouponRequest(couponId, customerId,
          BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), currency, from,
          from.plus(settings.getCouponValidity()), reason));
    } catch (CouponRefusedException e) {
      throw new BpmnError(e.code(), e.getMessage());
    }
    audit.record(CaseVariables.caseId(execution), RemedySteps.actor(execution),
        AuditAction.COUPON, reason, null,
        RemedySteps.snapshot("value", RemedySteps.money(coupon.value()),
            "currency", coupon.currency(), "code", coupon.code(),
            "validUntil", coupon.validUntil().toString()),
        couponId);
    steps.tellBuyer(execution, "REMEDY_COUPON", Phrase.of(Templates.ACTION_COUPON, Map.of(
        "value", RemedySteps.money(coupon.value()), "currency", coupon.currency(),
        "code", coupon.code(), "validUntil", coupon.validUntil())));
  }
}
