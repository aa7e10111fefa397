package io.kefu.marketplace;

import java.util.regex.Pattern;

/**
 * The express carriers orders ship with, by the code the marketplace stores ({@link #name()}),
 * with their Chinese and English names and the format of their tracking (waybill) numbers.
 */
public enum ShippingCarrier {
  /** 顺丰速运: "SF" and 13 digits. */
  SF("顺丰速运", "SF Express", "SF\\d{13}"),
  /** 中通快递: 12 digits, or 14 digits since 2021, starting with 7. */
  ZTO("中通快递", "ZTO Express", "7\\d{11}|7\\d{13}"),
  /** 圆通速递: "YT" and 13 digits. */
  YTO("圆通速递", "YTO Express", "YT\\d{13}"),
  /** 韵达快递: 13 digits starting with 31, 43 or 46. */
  YUNDA("韵达快递", "Yunda Express", "(31|43|46)\\d{11}"),
  /** 京东物流: "JD" and 13 letters or digits (e.g. JDVA…, JDX…). */
  JD("京东物流", "JD Logistics", "JD[0-9A-Z]{13}"),
  /** 中国邮政 EMS: 13 digits starting with 1 (domestic), or the UPU S10 form (EA123456789CN). */
  EMS("中国邮政EMS", "China Post EMS", "1\\d{12}|E[A-Z]\\d{9}CN");

  private final String chineseName;
  private final String englishName;
  private final Pattern trackingFormat;

  ShippingCarrier(String chineseName, String englishName, String trackingFormat) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.trackingFormat = Pattern.compile(trackingFormat);
  }

  /** The carrier's name in Chinese, e.g. 顺丰速运. */
  public String chineseName() {
    return chineseName;
  }

  /** The carrier's name in English, e.g. SF Express. */
  public String englishName() {
    return englishName;
  }

  /** The carrier's name in the given language ({@code zh} or {@code en}; Chinese otherwise). */
  public String displayName(String language) {
    return "en".equals(language) ? englishName : chineseName;
  }

  /** Whether a tracking number has this carrier's format (exactly, upper case, no spaces). */
  public boolean isValidTrackingNumber(String trackingNumber) {
    return trackingNumber != null && trackingFormat.matcher(trackingNumber).matches();
  }
}
