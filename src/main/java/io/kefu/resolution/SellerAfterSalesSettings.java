package io.kefu.resolution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The seller's part of an after-sales request ({@code kefu.resolution.seller-after-sales.*}),
 * read by {@code processes/seller-after-sales.bpmn} as {@code ${sellerAfterSalesSettings.…}}.
 */
@Component("sellerAfterSalesSettings")
@ConfigurationProperties("kefu.resolution.seller-after-sales")
public class SellerAfterSalesSettings {

  /**
   * How long the seller has to answer (seed 003: 72 h), an engine duration: {@code
   * sellers@PT72H} is 72 hours of working time of the {@code sellers} calendar group of
   * {@code kefu.sla.groups} (weekends and public holidays do not count).
   */
  private String responseTime = "sellers@PT72H";
  /** Points deducted from the store's score when it leaves a request unanswered (1..100). */
  private int unansweredPenaltyPoints = 2;

  public String getResponseTime() {
    return responseTime;
  }

  public void setResponseTime(String responseTime) {
    this.responseTime = ReturnSettings.check(responseTime, "seller-after-sales.response-time");
  }

  public int getUnansweredPenaltyPoints() {
    return unansweredPenaltyPoints;
  }

  public void setUnansweredPenaltyPoints(int points) {
    if (points < 1 || points > 100) {
      throw new IllegalArgumentException(
          "kefu.resolution.seller-after-sales.unanswered-penalty-points must be 1..100");
    }
    this.unansweredPenaltyPoints = points;
  }
}
