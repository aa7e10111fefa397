package io.kefu.resolution;

import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables return-and-refund and seller-after-sales read from their caller (all of the
 * caller's variables are passed in) and the ones they write. Outputs: {@link #RETURN_OUTCOME},
 * {@link #SELLER_DECISION}, {@link #SELLER_COMMENT}.
 */
final class SubProcessVariables {
  private SubProcessVariables() {}

  static final String CASE_NUMBER = "caseNumber";
  static final String ORDER_NUMBER = "orderNumber";
  /** The order's number under the name some callers use. */
  static final String ORDER_ID = "orderId";
  static final String AFTER_SALES_KIND = "afterSalesKind";

  /** Output of return-and-refund: {@code RECEIVED}, {@code NO_RETURN} or {@code NOT_RECEIVED}. */
  static final String RETURN_OUTCOME = "returnOutcome";
  static final String RETURN_CARRIER = "returnCarrier";
  /** Correlates message {@code ReturnReceived} ({@link CarrierEvents#RETURN_TRACKING_NUMBER}). */
  static final String RETURN_TRACKING_NUMBER = CarrierEvents.RETURN_TRACKING_NUMBER;
  static final String RETURN_SUBMITTED_BY = "returnTrackingSubmittedBy";
  static final String RETURN_RECEIVED_AT = "returnReceivedAt";
  static final String RETURN_REFUSAL_CODE = "returnRefusalCode";
  static final String RETURN_REFUSAL_MESSAGE = "returnRefusalMessage";

  /** Output of seller-after-sales: {@code ACCEPTED}, {@code AUTO_APPROVED} or {@code REJECTED}. */
  static final String SELLER_DECISION = "sellerDecision";
  /** Output of seller-after-sales: the seller's note, or why kefu decided. */
  static final String SELLER_COMMENT = "sellerComment";
  static final String SELLER_RESPONDED_BY = "sellerRespondedBy";
  static final String ASK_ID = "afterSalesAskId";
  static final String ASK_NO = "afterSalesAskNo";
  static final String SELLER_REQUEST_ID = "sellerRequestId";
  static final String SELLER_ID = "afterSalesSellerId";
  static final String SELLER_RESPOND_BY = "sellerRespondBy";
  static final String SELLER_ASK_REFUSAL = "sellerAskRefusal";
  static final String SELLER_ASK_REFUSAL_MESSAGE = "sellerAskRefusalMessage";
  static final String PENALTY_REFUSAL = "storePenaltyRefusal";
  static final String PENALTY_REFUSAL_MESSAGE = "storePenaltyRefusalMessage";

  /** The case number: variable {@code caseNumber}, else the business key. */
  static String caseNumber(DelegateExecution execution) {
    Object value = execution.getVariable(CASE_NUMBER);
    String caseNumber = value != null ? value.toString() : execution.getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalStateException("Neither caseNumber nor a business key is set");
    }
    return caseNumber;
  }

  /**
   * The order: variable {@code orderNumber}, else {@code orderId}, else the case's order; null
   * when the case has none.
   */
  static String orderNumber(DelegateExecution execution, CaseRepository cases) {
    for (String name : new String[] {ORDER_NUMBER, ORDER_ID}) {
      Object value = execution.getVariable(name);
      if (value != null && !value.toString().isBlank()) {
        return value.toString();
      }
    }
    return cases.findById(CaseVariables.caseId(execution)).map(c -> c.orderNumber())
        .orElse(null);
  }

  static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
