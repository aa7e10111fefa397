package io.kefu.platform.identity;

import java.util.List;

/** The groups kefu's processes and API refer to, with their display names. */
public final class KefuGroups {
  private KefuGroups() {}

  public static final String AGENTS = "agents";
  public static final String SENIOR_AGENTS = "senior-agents";
  public static final String DISPUTE_SPECIALISTS = "dispute-specialists";
  public static final String RISK_CONTROL = "risk-control";
  public static final String SECURITY_TEAM = "security-team";
  public static final String KNOWLEDGE_MANAGERS = "knowledge-managers";
  public static final String MANAGERS = "managers";
  public static final String CHANNELS = "channels";
  /** Carriers or a logistics aggregator pushing parcel events (kefu's API only). */
  public static final String CARRIERS = "carriers";
  public static final String ADMINS = "camunda-admin";
  /** The sellers' integration (the marketplace's seller workbench) answering after-sales requests. */
  public static final String SELLERS = "sellers";

  /** Group id, display name, Camunda group type. */
  public record GroupSpec(String id, String name, String type, String demoUser) {}

  /** Groups whose members work user tasks in Tasklist. */
  public static final List<String> WORK_GROUPS = List.of(AGENTS, SENIOR_AGENTS,
      DISPUTE_SPECIALISTS, RISK_CONTROL, SECURITY_TEAM, KNOWLEDGE_MANAGERS);

  public static final List<GroupSpec> ALL = List.of(
      new GroupSpec(AGENTS, "一线客服 Agents", "WORKFLOW", "agent"),
      new GroupSpec(SENIOR_AGENTS, "高级客服 Senior agents", "WORKFLOW", "senior"),
      new GroupSpec(DISPUTE_SPECIALISTS, "纠纷专员 Dispute specialists", "WORKFLOW", "disputes"),
      new GroupSpec(RISK_CONTROL, "风控 Risk control", "WORKFLOW", "risk"),
      new GroupSpec(SECURITY_TEAM, "账户安全 Security team", "WORKFLOW", "security"),
      new GroupSpec(KNOWLEDGE_MANAGERS, "知识库管理 Knowledge managers", "WORKFLOW", "knowledge"),
      new GroupSpec(MANAGERS, "客服主管 Managers", "WORKFLOW", "manager"),
      new GroupSpec(CHANNELS, "渠道接入 Channel integrations", "SYSTEM", "channel-app"),
      new GroupSpec(CARRIERS, "物流接入 Carrier integrations", "SYSTEM", "carrier-sim"),
      new GroupSpec(SELLERS, "卖家接入 Seller integrations", "SYSTEM", "seller-app"));
}
