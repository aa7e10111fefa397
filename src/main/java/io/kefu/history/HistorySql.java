package io.kefu.history;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements {@link HistoryGenerator} runs for each chunk of cases, in one transaction on
 * one connection (temporary tables live until the commit). PostgreSQL only.
 *
 * <p>{@code gen_raw}: one row per case with its random draws; {@code gen_case}: what kefu and
 * the engine would have recorded about it (ids from kefu's sequences in creation order);
 * {@code gen_note}: the buyer notifications; {@code gen_step}: the activities of
 * service-request each way of closing passes, with their times relative to the case's moments.
 */
final class HistorySql {

  private HistorySql() {}

  /** kefu shows times to people in this zone (kefu.zone's default). */
  private static final String ZONE = "Asia/Shanghai";

  private static String local(String timestamp) {
    return "to_char((" + timestamp + ") AT TIME ZONE '" + ZONE + "', 'YYYY-MM-DD HH24:MI')";
  }

  private static final String MS = " * interval '1 millisecond'";

  /** Random draws, customer and creation time. Format: customers, cases, slice start, seconds. */
  static final String RAW = """
      CREATE TEMP TABLE gen_raw ON COMMIT DROP AS
      SELECT n, 'G' || lpad((1 + floor(%1$d * power(r_cust, 1.5)))::bigint::text, 7, '0')
               AS customer_id,
             r_cat, r_emo, r_ch, r_path, r_conf, r_diag, r_sla, r_reply, r_agent, r_desc,
             r_order, r_outcome, r_audit, r_grp, r_amount, r_cause,
             date_trunc('milliseconds', raw_at
               + CASE WHEN extract(hour FROM raw_at AT TIME ZONE 'Asia/Shanghai') < 8
                       AND r_h < 0.7 THEN interval '10 hours' ELSE interval '0' END)
               AS created_at
      FROM (
        SELECT g AS n, random() AS r_cust, random() AS r_cat, random() AS r_emo,
               random() AS r_ch, random() AS r_path, random() AS r_conf, random() AS r_diag,
               random() AS r_sla, random() AS r_reply, random() AS r_agent, random() AS r_desc,
               random() AS r_order, random() AS r_outcome, random() AS r_audit,
               random() AS r_grp, random() AS r_amount, random() AS r_cause, random() AS r_h,
               timestamptz '%3$s' + (random() * %4$d) * interval '1 second' AS raw_at
        FROM generate_series(1, %2$d) g
      ) x""";

  private static final String DESCRIPTION = """
      CASE WHEN c.preferred_language = 'en' THEN CASE k.category
          WHEN 'LOGISTICS' THEN (ARRAY['My parcel has not moved for three days, the tracking is not updated.',
            'The courier says delivered but I never got the package.'])[1 + floor(r.r_desc * 2)::int]
          WHEN 'TRANSACTION_DISPUTE' THEN (ARRAY['The item arrived broken and does not match the description.',
            'I received the wrong size and the seller refuses a return.'])[1 + floor(r.r_desc * 2)::int]
          WHEN 'PAYMENT_REFUND' THEN (ARRAY['When will my refund arrive? I applied a week ago.',
            'I was charged twice for the same order.'])[1 + floor(r.r_desc * 2)::int]
          WHEN 'ORDER_QUERY' THEN (ARRAY['When will my order be shipped?',
            'How do I change the delivery address of my order?'])[1 + floor(r.r_desc * 2)::int]
          WHEN 'FEATURE_USAGE' THEN (ARRAY['My coupon cannot be used at checkout.',
            'How do I filter search results by price?'])[1 + floor(r.r_desc * 2)::int]
          ELSE 'Someone logged into my account from another city, please help.' END
        ELSE CASE k.category
          WHEN 'LOGISTICS' THEN (ARRAY['快递三天没动了，物流一直不更新，麻烦查一下',
            '显示已签收但我根本没收到包裹', '快递员把包裹放在驿站没通知我，现在找不到了'])[1 + floor(r.r_desc * 3)::int]
          WHEN 'TRANSACTION_DISPUTE' THEN (ARRAY['收到的商品是坏的，屏幕碎了，和描述的完全不一样，要求退货退款',
            '发错了尺码，卖家不同意退换', '商品是假货，和页面图片差别很大'])[1 + floor(r.r_desc * 3)::int]
          WHEN 'PAYMENT_REFUND' THEN (ARRAY['退款什么时候到账？已经申请一周了',
            '同一个订单被扣了两次款', '付款失败但是钱已经扣了'])[1 + floor(r.r_desc * 3)::int]
          WHEN 'ORDER_QUERY' THEN (ARRAY['订单一直显示待发货，什么时候发货',
            '怎么修改订单的收货地址', '能开发票吗？在哪里申请'])[1 + floor(r.r_desc * 3)::int]
          WHEN 'FEATURE_USAGE' THEN (ARRAY['优惠券用不了，结算时提示不可用',
            '搜索的时候怎么按价格筛选', 'App 一直闪退，打不开订单页面'])[1 + floor(r.r_desc * 3)::int]
          ELSE (ARRAY['账号在外地登录了，不是我本人操作，请帮我冻结',
            '收到钓鱼短信点了链接，余额被转走了'])[1 + floor(r.r_desc * 2)::int] END END""";

  /**
   * Cases as kefu and the engine record them, ids and case numbers in creation order. Format:
   * the first kefu_case id and the first case number's sequence value reserved for the chunk.
   */
  static final String CASES = """
      CREATE TEMP TABLE gen_case ON COMMIT DROP AS
      SELECT q.*,
             'CS-' || to_char(q.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-'
               || lpad(q.num::text, 6, '0') AS case_number,
             lpad(to_hex(q.id), 8, '0') || '-6b65-4675-8000-' AS idp,
             lpad(to_hex(q.id), 8, '0') || '-6b65-4675-8000-000000000000' AS pi,
             lpad(to_hex(q.id), 8, '0') || '-6b65-4675-8000-000000000001' AS task_id,
             lpad(to_hex(q.id), 8, '0') || '-6b65-4675-8000-000000001000' AS sub_pi,
             lpad(to_hex(q.id), 8, '0') || '-6b65-4675-8000-000000001001' AS policy_exec
      FROM (
        SELECT %1$d + row_number() OVER w - 1 AS id, %2$d + row_number() OVER w - 1 AS num, s.*
        FROM (
          SELECT r.n, r.customer_id, r.created_at, r.r_desc, r.r_amount, c.tier,
                 c.preferred_language AS language, k.category, k.emotion, k.channel, p.path,
                 p.priority, p.grp, (p.path IN ('RESOLVED', 'NO_REPLY')) AS agent_path,
                 (p.path IN ('DEFLECTED_SILENT', 'DEFLECTED_CONFIRMED')) AS deflected,
                 CASE p.path WHEN 'RESOLVED' THEN 'RESOLVED' WHEN 'NO_REPLY' THEN 'CLOSED_NO_REPLY'
                   ELSE 'DEFLECTED' END AS status,
                 CASE p.path WHEN 'RESOLVED' THEN 'EndEvent_Resolved'
                   WHEN 'NO_REPLY' THEN 'EndEvent_NoReply' ELSE 'EndEvent_Deflected' END AS end_act,
                 CASE p.priority WHEN 'P1' THEN 100 WHEN 'P2' THEN 75 WHEN 'P3' THEN 50 ELSE 25 END
                   AS task_priority,
                 """ + DESCRIPTION + """
       AS description,
                 CASE WHEN k.category <> 'FEATURE_USAGE' AND r.r_order < 0.85 THEN 'O'
                   || to_char((r.created_at - (1 + r.r_order * 20) * interval '1 day')
                        AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')
                   || lpad((1 + floor(r.r_amount * 99999))::int::text, 5, '0') END AS order_number,
                 CASE k.category
                   WHEN 'TRANSACTION_DISPUTE' THEN (ARRAY['RETURN_REFUND', 'REFUND_ONLY',
                     'EXCHANGE'])[1 + floor(r.r_outcome * 3)::int]
                   WHEN 'PAYMENT_REFUND' THEN 'REFUND_ONLY'
                   WHEN 'LOGISTICS' THEN CASE WHEN r.r_outcome < 0.3 THEN 'COMPENSATION'
                     ELSE 'INFORMATION' END
                   ELSE CASE WHEN r.r_outcome < 0.5 THEN 'INFORMATION' END END AS desired_outcome,
                 r.created_at + t.fr_min * interval '1 minute' AS first_response_due,
                 r.created_at + t.res_min * interval '1 minute' AS resolution_due,
                 CASE WHEN p.path IN ('RESOLVED', 'NO_REPLY') AND d.diag_min > 0.8 * t.fr_min
                   THEN r.created_at + 0.8 * t.fr_min * interval '1 minute' END AS warned_at,
                 CASE WHEN p.path IN ('RESOLVED', 'NO_REPLY') AND d.diag_min > t.fr_min
                   THEN r.created_at + t.fr_min * interval '1 minute' END AS breached_at,
                 x.diag_done, x.reply_at,
                 CASE p.path
                   WHEN 'DEFLECTED_SILENT' THEN r.created_at + interval '24 hours 60 milliseconds'
                   WHEN 'DEFLECTED_CONFIRMED' THEN x.reply_at + interval '60 milliseconds'
                   WHEN 'RESOLVED' THEN x.diag_done + interval '90 milliseconds'
                   ELSE x.diag_done + interval '72 hours 60 milliseconds' END AS closed_at,
                 CASE WHEN p.path IN ('RESOLVED', 'NO_REPLY') THEN CASE p.grp
                   WHEN 'agents' THEN 'agent-' || lpad((1 + floor(r.r_agent * 60))::int::text, 3, '0')
                   WHEN 'senior-agents' THEN 'senior-' || lpad((1 + floor(r.r_agent * 20))::int::text, 2, '0')
                   WHEN 'dispute-specialists' THEN 'disputes-' || (1 + floor(r.r_agent * 8))::int
                   ELSE 'security-' || (1 + floor(r.r_agent * 6))::int END END AS agent,
                 CASE WHEN p.path = 'NO_REPLY' THEN '需要买家补充订单号和截图后才能判断'
                   WHEN p.path = 'RESOLVED' THEN CASE k.category
                     WHEN 'LOGISTICS' THEN '包裹滞留中转站，已联系承运商加急派送'
                     WHEN 'TRANSACTION_DISPUTE' THEN '商品与描述不符，卖家责任，按买家诉求处理'
                     WHEN 'PAYMENT_REFUND' THEN '退款已由支付渠道处理，告知到账时间'
                     WHEN 'ORDER_QUERY' THEN '已核实订单状态并告知买家'
                     WHEN 'FEATURE_USAGE' THEN '操作问题，已告知正确步骤'
                     ELSE '已核实账户异常，已指导买家修改密码' END END AS diagnosis_summary,
                 CASE WHEN p.path = 'RESOLVED' THEN CASE k.category
                     WHEN 'LOGISTICS' THEN 'EXTERNAL_FACTOR'
                     WHEN 'FEATURE_USAGE' THEN 'USER_ERROR'
                     WHEN 'PAYMENT_REFUND' THEN CASE WHEN r.r_cause < 0.2 THEN 'SYSTEM_FAULT'
                       ELSE 'EXTERNAL_FACTOR' END
                     ELSE (ARRAY['EXTERNAL_FACTOR', 'USER_ERROR', 'SYSTEM_FAULT'])
                       [1 + floor(r.r_cause * 3)::int] END
                   WHEN p.path = 'NO_REPLY' THEN 'MISSING_INFORMATION' END AS root_cause,
                 CASE WHEN p.path = 'RESOLVED' THEN CASE k.category
                     WHEN 'LOGISTICS' THEN 'CARRIER' WHEN 'TRANSACTION_DISPUTE' THEN 'SELLER'
                     WHEN 'PAYMENT_REFUND' THEN 'PLATFORM' WHEN 'FEATURE_USAGE' THEN 'BUYER'
                     ELSE 'UNKNOWN' END END AS fault_party,
                 a.audit_action,
                 round((9.9 + r.r_amount * r.r_amount * 2000)::numeric, 2) AS amount
          FROM gen_raw r
          JOIN mkt_customer c ON c.id = r.customer_id
          CROSS JOIN LATERAL (SELECT
              CASE WHEN r.r_cat < 0.28 THEN 'LOGISTICS' WHEN r.r_cat < 0.50 THEN 'TRANSACTION_DISPUTE'
                WHEN r.r_cat < 0.66 THEN 'PAYMENT_REFUND' WHEN r.r_cat < 0.80 THEN 'ORDER_QUERY'
                WHEN r.r_cat < 0.94 THEN 'FEATURE_USAGE' ELSE 'ACCOUNT_SECURITY' END AS category,
              CASE WHEN r.r_emo < 0.70 THEN 'CALM' WHEN r.r_emo < 0.92 THEN 'UPSET'
                ELSE 'ANGRY' END AS emotion,
              CASE WHEN r.r_ch < 0.55 THEN 'APP' WHEN r.r_ch < 0.70 THEN 'WEB'
                WHEN r.r_ch < 0.85 THEN 'WECHAT' WHEN r.r_ch < 0.93 THEN 'PHONE'
                WHEN r.r_ch < 0.98 THEN 'EMAIL' ELSE 'SOCIAL' END AS channel) k
          CROSS JOIN LATERAL (SELECT
              CASE WHEN k.category IN ('FEATURE_USAGE', 'ORDER_QUERY') AND r.r_path < 0.75
                  THEN CASE WHEN r.r_conf < 0.4 THEN 'DEFLECTED_CONFIRMED' ELSE 'DEFLECTED_SILENT' END
                WHEN r.r_path > 0.94 THEN 'NO_REPLY' ELSE 'RESOLVED' END AS path,
              CASE WHEN k.category = 'ACCOUNT_SECURITY' THEN 'P1'
                WHEN k.emotion = 'ANGRY' OR c.tier = 'VIP' THEN 'P2'
                WHEN k.category IN ('TRANSACTION_DISPUTE', 'PAYMENT_REFUND', 'LOGISTICS') THEN 'P3'
                ELSE 'P4' END AS priority,
              CASE WHEN k.category = 'ACCOUNT_SECURITY' THEN 'security-team'
                WHEN c.tier = 'VIP' OR k.emotion = 'ANGRY' THEN 'senior-agents'
                WHEN k.category = 'TRANSACTION_DISPUTE' AND r.r_grp < 0.2 THEN 'dispute-specialists'
                ELSE 'agents' END AS grp) p
          CROSS JOIN LATERAL (SELECT
              CASE p.priority WHEN 'P1' THEN 30 WHEN 'P2' THEN 120 WHEN 'P3' THEN 480
                ELSE 1440 END AS fr_min,
              CASE p.priority WHEN 'P1' THEN 240 WHEN 'P2' THEN 1440 WHEN 'P3' THEN 2880
                ELSE 4320 END AS res_min) t
          CROSS JOIN LATERAL (SELECT t.fr_min * CASE WHEN r.r_sla < 0.04 THEN 1.05 + r.r_diag
              ELSE 0.02 + 0.9 * r.r_diag * r.r_diag END AS diag_min) d
          CROSS JOIN LATERAL (SELECT
              date_trunc('milliseconds', r.created_at + d.diag_min * interval '1 minute')
                AS diag_done,
              date_trunc('milliseconds', r.created_at + (1 + r.r_reply * 600) * interval '1 minute')
                AS reply_at) x
          CROSS JOIN LATERAL (SELECT CASE
              WHEN p.path = 'RESOLVED' AND r.r_audit < 0.3
                AND k.category IN ('TRANSACTION_DISPUTE', 'PAYMENT_REFUND', 'LOGISTICS')
              THEN CASE WHEN r.r_audit < 0.17 THEN 'REFUND' WHEN r.r_audit < 0.25 THEN 'COUPON'
                ELSE 'RESHIP' END END AS audit_action) a
        ) s
        WINDOW w AS (ORDER BY s.created_at, s.n)
      ) q""";

  /** Audit entries of the cases that have one (refund, coupon or reshipment). */
  static final String AUDIT = """
      SELECT id AS case_id, diag_done + interval '15 milliseconds' AS at, agent, audit_action,
             CASE audit_action WHEN 'REFUND' THEN '诊断：卖家责任，按买家诉求退款'
               WHEN 'COUPON' THEN '补偿：处理延误，发放优惠券'
               ELSE '商品破损，卖家补发' END AS reason,
             CASE audit_action WHEN 'REFUND' THEN '{"refunded":"0.00"}'
               WHEN 'RESHIP' THEN '{"tracking":null}' END AS before_state,
             CASE audit_action WHEN 'REFUND' THEN '{"refunded":"' || amount || '","currency":"CNY"}'
               WHEN 'COUPON' THEN '{"coupon":"' || least(amount, 50) || '","currency":"CNY"}'
               ELSE '{"carrier":"SF"}' END AS after_state,
             CASE audit_action WHEN 'REFUND' THEN 'RF-' WHEN 'COUPON' THEN 'CP-' ELSE 'RS-' END
               || case_number || '-1' AS reference
      FROM gen_case WHERE audit_action IS NOT NULL""";

  private static String text(String zh, String en) {
    return "CASE WHEN language = 'en' THEN " + en + " ELSE " + zh + " END";
  }

  private static String note(String step, String template, String kind, String at,
      String where, String subjectZh, String subjectEn, String bodyZh, String bodyEn) {
    return "SELECT id AS case_id, customer_id, language, pi, '" + step + "' AS step, '"
        + template + "' AS template, '" + kind + "' AS kind, " + at + " AS at, "
        + text(subjectZh, subjectEn) + " AS subject, " + text(bodyZh, bodyEn) + " AS body "
        + "FROM gen_case" + (where == null ? "" : " WHERE " + where);
  }

  private static final String CN = " || case_number || ";
  private static final String QUESTIONS_ZH = "'1) 相关订单号' || chr(10) || '2) 出现的具体提示（可附截图）'";
  private static final String QUESTIONS_EN = "'1) the order number' || chr(10) || '2) the exact message or error you saw'";

  /** Buyer notifications, one per notifying step. Format: the kefu_notification id sequence. */
  static final String NOTES = "CREATE TEMP TABLE gen_note ON COMMIT DROP AS "
      + "SELECT nextval('%1$s') AS nid, s.* FROM (" + String.join(" UNION ALL ",
      note("Task_AcknowledgeRequest", "opening", "ACKNOWLEDGED",
          "created_at + interval '100 milliseconds'", null,
          "'您的请求已受理（工单 '" + CN + "'）'",
          "'We have received your request (case '" + CN + "')'",
          "CASE emotion WHEN 'ANGRY' THEN '理解您的着急，我们会优先处理。' WHEN 'UPSET' THEN "
              + "'您好，非常抱歉给您带来不便，我们会尽快为您处理。' ELSE '您好，感谢您联系客服，很高兴为您服务。' END"
              + " || '您的请求已受理，工单号 '" + CN + "'。我们会在 ' || "
              + local("first_response_due") + " || ' 前回复您，预计 ' || "
              + local("resolution_due") + " || ' 前处理完毕。'",
          "CASE emotion WHEN 'ANGRY' THEN 'We understand this is urgent and will give it priority. '"
              + " ELSE 'Hello, thank you for contacting us. ' END || 'Your request has been "
              + "received, case number '" + CN + "'. We will reply by ' || "
              + local("first_response_due") + " || ' and expect to resolve it by ' || "
              + local("resolution_due") + " || '.'"),
      note("Task_SendSelfServiceAnswer", "self-service-answer", "SELF_SERVICE_ANSWER",
          "created_at + interval '130 milliseconds'", "deflected",
          "CASE category WHEN 'ORDER_QUERY' THEN '如何查看和修改订单' ELSE '优惠券与功能使用指南' END"
              + " || '（工单 '" + CN + "'）'",
          "CASE category WHEN 'ORDER_QUERY' THEN 'Checking and changing an order' ELSE "
              + "'Coupons and features: a guide' END || ' (case '" + CN + "')'",
          "CASE category WHEN 'ORDER_QUERY' THEN '如何查看和修改订单：打开“我的订单”，点击订单即可查看物流进度；"
              + "发货前可在订单详情中修改收货地址。 详情：https://help.kefu.example/kb/orders' ELSE "
              + "'优惠券与功能使用指南：在结算页点击“优惠券”查看可用券，注意使用门槛与有效期。 详情："
              + "https://help.kefu.example/kb/coupons' END || ' 如问题已解决，请回复“已解决”。'",
          "CASE category WHEN 'ORDER_QUERY' THEN 'Checking and changing an order: open My orders "
              + "and tap the order to see its progress; before shipment you can change the "
              + "address there. More: https://help.kefu.example/kb/orders' ELSE 'Coupons and "
              + "features: tap Coupons at checkout to see the coupons you can use; mind the "
              + "minimum amount and the validity. More: https://help.kefu.example/kb/coupons' "
              + "END || ' Reply \"solved\" if this solved your problem.'"),
      note("Task_CloseAsDeflected", "resolved", "CLOSED_DEFLECTED",
          "closed_at - interval '20 milliseconds'", "deflected",
          "'问题已解决（工单 '" + CN + "'）'", "'Your problem is solved (case '" + CN + "')'",
          "CASE path WHEN 'DEFLECTED_SILENT' THEN '我们没有收到您的回复，视为问题已解决。' ELSE "
              + "'问题已成功处理，感谢您的耐心！' END || '以下是已执行的操作清单：' || chr(10) || "
              + "'1. 为您发送了自助解答' || chr(10) || CASE path WHEN 'DEFLECTED_SILENT' THEN "
              + "'2. 约定时间内未收到您的回复' ELSE '2. 您确认问题已解决' END || chr(10) || "
              + "'3. 工单 '" + CN + "' 已关闭' || chr(10) || '如您发现仍有异常，请随时反馈，我们将继续跟进。'",
          "CASE path WHEN 'DEFLECTED_SILENT' THEN 'We did not hear back from you, so we consider "
              + "the problem solved. ' ELSE 'Your problem has been solved, thank you for your "
              + "patience! ' END || 'What we did:' || chr(10) || '1. We sent you the "
              + "self-service answer' || chr(10) || CASE path WHEN 'DEFLECTED_SILENT' THEN "
              + "'2. We did not hear back from you within the agreed time' ELSE "
              + "'2. You confirmed that the problem is solved' END || chr(10) || '3. Case '"
              + CN + "' has been closed' || chr(10) || 'If anything is still wrong, tell us "
              + "and we will follow up.'"),
      note("Task_RecordDiagnosis", "diagnosis-done", "DIAGNOSIS_DONE",
          "diag_done + interval '20 milliseconds'", "path = 'RESOLVED'",
          "'问题诊断已完成（工单 '" + CN + "'）'",
          "'Your request has been diagnosed (case '" + CN + "')'",
          "'客服已完成问题诊断，正在为您安排处理方案，预计 ' || " + local("resolution_due")
              + " || ' 前处理完毕。'",
          "'An agent has diagnosed your request and is preparing the solution, expected by ' || "
              + local("resolution_due") + " || '.'"),
      note("Task_AskBuyer", "clarification", "CLARIFICATION_REQUESTED",
          "diag_done + interval '40 milliseconds'", "path = 'NO_REPLY'",
          "'请补充信息（工单 '" + CN + "'）'",
          "'Please tell us a little more (case '" + CN + "')'",
          "'为了确保不误解您的诉求，请允许我再次确认您遇到的问题，对吗？' || chr(10) || "
              + "'为尽快为您处理，请补充以下信息：' || chr(10) || " + QUESTIONS_ZH
              + " || chr(10) || '请直接回复本消息，我们收到后会马上继续处理。'",
          "'To make sure we understand you correctly, could you confirm your problem?' || "
              + "chr(10) || 'To help you quickly, please send us:' || chr(10) || " + QUESTIONS_EN
              + " || chr(10) || 'Just reply to this message and we will continue at once.'"),
      note("Task_RemindBuyer", "reminder", "REMINDER",
          "diag_done + interval '24 hours 10 milliseconds'", "path = 'NO_REPLY'",
          "'温馨提醒：请补充信息（工单 '" + CN + "'）'",
          "'Reminder: we still need some information (case '" + CN + "')'",
          "'温馨提醒：工单 '" + CN + "' 仍在等待您补充以下信息：' || chr(10) || " + QUESTIONS_ZH
              + " || chr(10) || '如果在 ' || " + local("closed_at")
              + " || ' 前仍未收到，工单将关闭。'",
          "'A friendly reminder: case '" + CN + "' is still waiting for:' || chr(10) || "
              + QUESTIONS_EN + " || chr(10) || 'If we do not hear from you by ' || "
              + local("closed_at") + " || ', the case will be closed.'"),
      note("Task_CloseNoReply", "closed-no-reply", "CLOSED_NO_REPLY",
          "closed_at - interval '20 milliseconds'", "path = 'NO_REPLY'",
          "'工单已关闭（工单 '" + CN + "'）'", "'Case closed (case '" + CN + "')'",
          "'由于一直没有收到您补充的信息，工单 '" + CN + "' 已关闭。如仍需帮助，请随时重新联系我们，我们会继续为您处理。'",
          "'We did not receive the information we asked for, so case '" + CN + "' has been "
              + "closed. Contact us any time if you still need help and we will continue.'"))
      + ") s ORDER BY at";

  static final String INSERT_CASES = """
      INSERT INTO kefu_case (id, case_number, channel_account, request_id, request_fingerprint,
        channel, customer_id, order_number, description, desired_outcome, language, pii_masked,
        category, emotion, priority, candidate_group, status, self_service, deflected,
        first_response_due, resolution_due, sla_warned_at, sla_breached_at, diagnosis_summary,
        diagnosed_by, buyer_expectation, root_cause, fault_party, process_instance_id,
        created_at, updated_at, closed_at)
      SELECT id, case_number, 'channel-app', 'hist-' || case_number,
             md5(case_number || description), channel, customer_id, order_number, description,
             desired_outcome, language, NULL, category, emotion, priority, grp, status,
             deflected, deflected, first_response_due, resolution_due, warned_at, breached_at,
             diagnosis_summary, agent, CASE WHEN agent_path THEN coalesce(desired_outcome,
               'INFORMATION') END, root_cause, fault_party, pi, created_at, closed_at, closed_at
      FROM gen_case""";

  static final String INSERT_NOTIFICATIONS = """
      INSERT INTO kefu_notification (id, notification_key, case_id, customer_id, template,
        language, timeline_kind, subject, body, created_at)
      SELECT nid, 'case/' || case_id || '/' || pi || '/' || step || '/' || template, case_id,
             customer_id, template, language, kind, subject, body, at
      FROM gen_note""";

  /**
   * The remedy policy's alternative coupon on the guidance-only path: rule "account security"
   * 10, "buyer at fault" 5, the default 10.
   */
  static final String FALLBACK_COUPON = "CASE WHEN category = 'ACCOUNT_SECURITY' THEN 10 "
      + "WHEN fault_party = 'BUYER' THEN 5 ELSE 10 END";

  /** Record proposed remedy's summary of the guidance-only remedy. */
  static final String REMEDY_SUMMARY = "'仅指引 Guidance only; 备选 fallback: 优惠券 Coupon ' || "
      + FALLBACK_COUPON + " || '.00 CNY'";

  private static final String EVENT = "INSERT INTO kefu_case_event (case_id, occurred_at, kind, "
      + "actor, buyer_visible, text, reason, message_id) ";

  static final String INSERT_EVENTS = EVENT + String.join(" UNION ALL ",
      "SELECT id, created_at, 'RECEIVED', 'channel-app', FALSE, 'Request received through ' "
          + "|| channel, NULL, NULL FROM gen_case",
      "SELECT id, created_at + interval '30 milliseconds', 'CLASSIFIED', 'kefu', FALSE, "
          + "category || ' / ' || emotion || ' (confidence ' || to_char(0.55 + r_desc * 0.4, "
          + "'FM0.00') || ')', 'lexicon terms matched', NULL FROM gen_case",
      "SELECT id, created_at + interval '80 milliseconds', 'TRIAGED', 'triage.dmn', FALSE, "
          + "priority || ' -> ' || grp || ', first response by ' || "
          + local("first_response_due") + " || ', resolution by ' || "
          + local("resolution_due") + ", 'targets from triage.dmn in business time', NULL "
          + "FROM gen_case",
      "SELECT case_id, at, kind, 'kefu', TRUE, body, NULL, '#notification/' || nid "
          + "FROM gen_note",
      "SELECT id, created_at + interval '115 milliseconds', 'QUEUED', 'kefu', FALSE, "
          + "'Waiting for group ' || grp, NULL, NULL FROM gen_case WHERE agent_path",
      "SELECT id, warned_at, 'SLA_WARNING', 'kefu', FALSE, 'First response due at ' || "
          + local("first_response_due") + ", '80% of the first-response target has passed', "
          + "NULL FROM gen_case WHERE warned_at IS NOT NULL",
      "SELECT id, breached_at, 'SLA_BREACHED', 'kefu', FALSE, 'Escalated to senior-agents', "
          + "'first response was due at ' || " + local("first_response_due")
          + ", NULL FROM gen_case WHERE breached_at IS NOT NULL",
      "SELECT id, diag_done + interval '10 milliseconds', 'DIAGNOSED', agent, FALSE, "
          + "CASE path WHEN 'RESOLVED' THEN 'RESOLVE: ' ELSE 'ASK_BUYER: ' END || "
          + "diagnosis_summary, 'category confirmed: ' || category, NULL FROM gen_case "
          + "WHERE agent_path",
      "SELECT id, diag_done + interval '45 milliseconds', 'SLA_PAUSED', 'kefu', FALSE, "
          + "'SLA clock paused while kefu waits for the buyer', 'waiting for the buyer''s "
          + "information', NULL FROM gen_case WHERE path = 'NO_REPLY'",
      "SELECT id, reply_at, 'BUYER_MESSAGE', 'buyer:' || customer_id, TRUE, CASE WHEN "
          + "language = 'en' THEN 'Solved, thank you' ELSE '已经解决了，谢谢' END, 'SOLVED', "
          + "'hist-' || case_number || '-reply' FROM gen_case WHERE path = 'DEFLECTED_CONFIRMED'",
      // what Record proposed remedy of the called resolve-request adds (SUB_STEPS)
      "SELECT id, diag_done + interval '55 milliseconds', 'REMEDY_PROPOSED', agent, FALSE, "
          + REMEDY_SUMMARY + ", '补救方案政策 remedy policy', NULL FROM gen_case "
          + "WHERE path = 'RESOLVED'",
      "SELECT case_id, at, 'AUDIT_' || audit_action, agent, FALSE, audit_action || ' ' || "
          + "reference || ': ' || coalesce(before_state, '-') || ' -> ' || "
          + "coalesce(after_state, '-'), reason, NULL FROM (" + AUDIT + ") a");

  static final String INSERT_AUDIT = """
      INSERT INTO kefu_audit (occurred_at, actor, case_id, action, reason, before_state,
        after_state, external_reference)
      SELECT at, agent, case_id, audit_action, reason, before_state, after_state, reference
      FROM (""" + AUDIT + ") a";

  // --- the engine's history ------------------------------------------------------------------

  /**
   * An activity of service-request a way of closing passes: when it starts and ends relative
   * to a moment of the case (C created, D diagnosis completed, Z closed, W SLA warning,
   * B SLA breach) and its state (0 default, 1 completed its scope, 2 cancelled).
   */
  record Step(int seq, String activityId, String name, String type, List<String> paths,
      String condition, char startAnchor, long startMs, char endAnchor, long endMs,
      int state) {}

  static final List<String> DEFLECTED = List.of("DEFLECTED_SILENT", "DEFLECTED_CONFIRMED");
  static final List<String> AGENT = List.of("RESOLVED", "NO_REPLY");
  static final List<String> ALL = List.of("DEFLECTED_SILENT", "DEFLECTED_CONFIRMED",
      "RESOLVED", "NO_REPLY");
  private static final long HOUR = 3_600_000L;

  /** The diagnosis user task's step number (its activity instance id ends with it). */
  static final int DIAGNOSE_STEP = 18;

  static final List<Step> STEPS = List.of(
      new Step(1, "StartEvent_RequestReceived", "收到请求 Request received", "startEvent",
          ALL, null, 'C', 0, 'C', 0, 0),
      new Step(2, "Task_VerifyOrder", "核实订单与客户 Verify order and customer",
          "serviceTask", ALL, null, 'C', 2, 'C', 18, 0),
      new Step(3, "Task_ClassifyRequest", "分类与情绪识别 Classify request", "serviceTask", ALL,
          null, 'C', 20, 'C', 50, 0),
      new Step(4, "Task_Triage", "分级分派 Triage", "businessRuleTask", ALL, null,
          'C', 52, 'C', 70, 0),
      new Step(5, "Task_SetSlaTargets", "计算SLA时限 Set SLA deadlines", "serviceTask", ALL,
          null, 'C', 72, 'C', 85, 0),
      new Step(6, "Task_AcknowledgeRequest", "发送受理回执 Acknowledge request", "serviceTask",
          ALL, null, 'C', 87, 'C', 105, 0),
      new Step(7, "Gateway_SelfService", "可自助解决? Self-service?", "exclusiveGateway", ALL,
          null, 'C', 107, 'C', 107, 0),
      new Step(8, "Task_SendSelfServiceAnswer", "发送自助答案 Send self-service answer",
          "serviceTask", DEFLECTED, null, 'C', 110, 'C', 135, 0),
      new Step(9, "Gateway_AwaitBuyer", "等待买家确认 Await buyer", "eventBasedGateway",
          DEFLECTED, null, 'C', 137, 'C', 137, 0),
      new Step(10, "Event_ConfirmationTimeout", "买家未回复 Buyer silent", "intermediateTimer",
          List.of("DEFLECTED_SILENT"), null, 'C', 138, 'Z', -30, 0),
      new Step(11, "Event_BuyerReplied", "买家回复 Buyer replied", "intermediateMessageCatch",
          List.of("DEFLECTED_CONFIRMED"), null, 'C', 138, 'Z', -30, 0),
      new Step(12, "Gateway_Solved", "问题已解决? Solved?", "exclusiveGateway",
          List.of("DEFLECTED_CONFIRMED"), null, 'Z', -29, 'Z', -29, 0),
      new Step(13, "Gateway_JoinDeflected", null, "exclusiveGateway", DEFLECTED, null,
          'Z', -28, 'Z', -28, 0),
      new Step(14, "Task_CloseAsDeflected", "自助结案 Close as deflected", "serviceTask",
          DEFLECTED, null, 'Z', -27, 'Z', -2, 0),
      new Step(15, "EndEvent_Deflected", "自助解决 Deflected", "noneEndEvent", DEFLECTED, null,
          'Z', 0, 'Z', 0, 1),
      new Step(16, "Gateway_JoinAgent", null, "exclusiveGateway", AGENT, null,
          'C', 108, 'C', 108, 0),
      new Step(17, "Gateway_ReturnToAgent", null, "exclusiveGateway", AGENT, null,
          'C', 109, 'C', 109, 0),
      new Step(DIAGNOSE_STEP, "Task_DiagnoseRequest", "诊断请求 Diagnose request", "userTask",
          AGENT, null, 'C', 112, 'D', 0, 0),
      new Step(19, "Event_SlaWarning", "SLA 80%", "boundaryTimer", AGENT, "W",
          'W', 0, 'W', 0, 0),
      new Step(20, "Task_RecordSlaWarning", "SLA预警 Record SLA warning", "serviceTask", AGENT,
          "W", 'W', 1, 'W', 12, 0),
      new Step(21, "EndEvent_SlaWarned", "已预警 Warned", "noneEndEvent", AGENT, "W",
          'W', 13, 'W', 13, 1),
      new Step(22, "Event_SlaBreached", "SLA 超时 breached", "boundaryTimer", AGENT, "B",
          'B', 0, 'B', 0, 0),
      new Step(23, "Task_EscalateSlaBreach", "超时升级 Escalate to senior agents",
          "serviceTask", AGENT, "B", 'B', 1, 'B', 20, 0),
      new Step(24, "EndEvent_SlaEscalated", "已升级 Escalated", "noneEndEvent", AGENT, "B",
          'B', 21, 'B', 21, 1),
      new Step(25, "Task_RecordDiagnosis", "记录诊断 Record diagnosis", "serviceTask", AGENT,
          null, 'D', 2, 'D', 25, 0),
      new Step(26, "Gateway_DiagnosisAction", "下一步? Next step?", "exclusiveGateway", AGENT,
          null, 'D', 26, 'D', 26, 0),
      // resolution: the called resolve-request instance's history is SUB_STEPS
      new Step(27, "CallActivity_ResolveRequest", "解决请求 Resolve request", "callActivity",
          List.of("RESOLVED"), null, 'D', 27, 'Z', -30, 0),
      new Step(37, "Gateway_ResolutionOutcome", "结果? Outcome?", "exclusiveGateway",
          List.of("RESOLVED"), null, 'Z', -29, 'Z', -29, 0),
      new Step(38, "Gateway_JoinResolved", null, "exclusiveGateway", List.of("RESOLVED"), null,
          'Z', -28, 'Z', -28, 0),
      new Step(39, "Task_CloseResolved", "结案 Close as resolved", "serviceTask",
          List.of("RESOLVED"), null, 'Z', -27, 'Z', -2, 0),
      new Step(40, "EndEvent_Resolved", "已解决 Resolved", "noneEndEvent", List.of("RESOLVED"),
          null, 'Z', 0, 'Z', 0, 1),
      new Step(28, "Gateway_AskOrTransfer", "补充信息或转组? Ask or transfer?",
          "exclusiveGateway", List.of("NO_REPLY"), null, 'D', 27, 'D', 27, 0),
      new Step(29, "Task_AskBuyer", "请买家补充信息 Ask buyer for information", "serviceTask",
          List.of("NO_REPLY"), null, 'D', 28, 'D', 50, 0),
      new Step(30, "Task_AwaitInformation", "等待买家补充 Await buyer's information",
          "receiveTask", List.of("NO_REPLY"), null, 'D', 52, 'Z', -30, 2),
      new Step(31, "Event_InfoReminder", "提醒 Remind", "boundaryTimer", List.of("NO_REPLY"),
          null, 'D', 24 * HOUR, 'D', 24 * HOUR, 0),
      new Step(32, "Task_RemindBuyer", "提醒买家 Remind buyer", "serviceTask",
          List.of("NO_REPLY"), null, 'D', 24 * HOUR + 1, 'D', 24 * HOUR + 20, 0),
      new Step(33, "EndEvent_Reminded", "已提醒 Reminded", "noneEndEvent", List.of("NO_REPLY"),
          null, 'D', 24 * HOUR + 21, 'D', 24 * HOUR + 21, 1),
      new Step(34, "Event_InfoNoReply", "未回复 No reply", "boundaryTimer", List.of("NO_REPLY"),
          null, 'Z', -29, 'Z', -29, 0),
      new Step(35, "Task_CloseNoReply", "超时结案 Close: no reply", "serviceTask",
          List.of("NO_REPLY"), null, 'Z', -28, 'Z', -2, 0),
      new Step(36, "EndEvent_NoReply", "未回复结案 Closed, no reply", "noneEndEvent",
          List.of("NO_REPLY"), null, 'Z', 0, 'Z', 0, 1));

  /**
   * ACT_INST_STATE_ as the engine records it: an activity that simply ended has state 4
   * (ENDING, what the engine leaves on a completed activity instance), not 0.
   */
  private static final String STATE = "CASE st.state WHEN 0 THEN 4 ELSE st.state END";

  private static String literal(String value) {
    return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
  }

  /**
   * The called resolve-request instance of a resolved case (called with all of the case's
   * variables), on its simplest real path: no approval needed and nothing to carry out, the
   * remedy policy's GUIDANCE_ONLY (as for a buyer at fault; ResolveRequestProcessTest
   * aBuyerAtFaultGetsGuidanceOnlyAndTheCaseIsResolvedAtOnce), so it ends at once, inside the
   * parent's call activity (D+27 .. Z-30 = D+60). A logistics case with an order queries the
   * carrier first (condition L). Its activity instance ids end with 4096 + 16 + seq.
   */
  static final List<Step> SUB_STEPS = List.of(
      new Step(1, "StartEvent_ResolveRequested", "需要解决 Resolution requested", "startEvent",
          List.of("RESOLVED"), null, 'D', 28, 'D', 28, 0),
      new Step(2, "Gateway_Logistics", "物流问题? Logistics?", "exclusiveGateway",
          List.of("RESOLVED"), null, 'D', 29, 'D', 29, 0),
      new Step(3, "Task_TrackParcel", "查询物流 Query carrier tracking", "serviceTask",
          List.of("RESOLVED"), "L", 'D', 30, 'D', 40, 0),
      new Step(4, "Gateway_JoinTracked", null, "exclusiveGateway", List.of("RESOLVED"), null,
          'D', 41, 'D', 41, 0),
      new Step(5, "Task_EvaluateRemedyPolicy", "补救方案政策 Evaluate remedy policy",
          "businessRuleTask", List.of("RESOLVED"), null, 'D', 42, 'D', 50, 0),
      new Step(6, "Task_PrepareRemedy", "记录拟定方案 Record proposed remedy", "serviceTask",
          List.of("RESOLVED"), null, 'D', 51, 'D', 56, 0),
      new Step(7, "Gateway_NextStep", "需审批? Approval needed?", "exclusiveGateway",
          List.of("RESOLVED"), null, 'D', 57, 'D', 57, 0),
      new Step(8, "EndEvent_GuidanceOnly", "仅指引 Guidance only", "noneEndEvent",
          List.of("RESOLVED"), null, 'D', 58, 'D', 58, 1));

  /** The called process, its start and end activity (SUB_STEPS). */
  static final String SUB_PROCESS_KEY = "resolve-request";
  static final String SUB_START = "StartEvent_ResolveRequested";
  static final String SUB_END = "EndEvent_GuidanceOnly";
  static final long SUB_START_MS = 28;
  static final long SUB_END_MS = 58;
  /** Runs in its own execution (input mappings make it a scope), with local variables. */
  static final String POLICY_TASK = "Task_EvaluateRemedyPolicy";
  static final int POLICY_STEP = 5;
  /** The call activity's step number in STEPS. */
  static final int CALL_STEP = 27;

  static final String STEPS_TABLE = stepsTable("gen_step", STEPS);
  static final String SUB_STEPS_TABLE = stepsTable("gen_sub_step", SUB_STEPS);

  private static String stepsTable(String table, List<Step> steps) {
    return "CREATE TEMP TABLE " + table + " ON COMMIT DROP AS "
      + "SELECT * FROM (VALUES " + steps.stream().map(s -> "(" + s.seq() + ", "
          + literal(s.activityId()) + ", " + literal(s.name()) + ", " + literal(s.type())
          + ", ARRAY[" + s.paths().stream().map(HistorySql::literal)
              .collect(Collectors.joining(", ")) + "], " + literal(s.condition()) + ", '"
          + s.startAnchor() + "', " + s.startMs() + "::bigint, '" + s.endAnchor() + "', "
          + s.endMs() + "::bigint, " + s.state() + ")")
      .collect(Collectors.joining(", "))
      + ") v (seq, act_id, act_name, act_type, paths, cond, s_anchor, s_ms, e_anchor, e_ms, "
      + "state)";
  }

  private static String anchor(String column) {
    return "CASE st." + column + " WHEN 'C' THEN g.created_at WHEN 'D' THEN g.diag_done "
        + "WHEN 'Z' THEN g.closed_at WHEN 'W' THEN g.warned_at ELSE g.breached_at END";
  }

  /** %1$s the definition id (quoted), %2$s the engine's zone, %3$d the TTL in days. */
  private static final String AT = " AT TIME ZONE '%2$s'";
  private static final String REMOVAL = "(g.closed_at + %3$d * interval '1 day')" + AT;

  static final String INSERT_PROCINST = """
      INSERT INTO act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_,
        proc_def_id_, start_time_, end_time_, removal_time_, duration_, start_user_id_,
        start_act_id_, end_act_id_, super_process_instance_id_, root_proc_inst_id_,
        super_case_instance_id_, case_inst_id_, delete_reason_, tenant_id_, state_,
        restarted_proc_inst_id_)
      SELECT g.pi, g.pi, g.case_number, 'service-request', %1$s, g.created_at""" + AT
      + ", g.closed_at" + AT + ", " + REMOVAL + """
      , (extract(epoch FROM g.closed_at - g.created_at) * 1000)::bigint, NULL,
        'StartEvent_RequestReceived', g.end_act, NULL, g.pi, NULL, NULL, NULL, NULL,
        'COMPLETED', NULL
      FROM gen_case g""";

  static final String INSERT_ACTINST = """
      INSERT INTO act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_,
        root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_,
        call_proc_inst_id_, call_case_inst_id_, act_name_, act_type_, assignee_, start_time_,
        end_time_, duration_, act_inst_state_, sequence_counter_, tenant_id_, removal_time_)
      SELECT st.act_id || ':' || g.idp || lpad(to_hex(16 + st.seq), 12, '0'), g.pi,
             'service-request', %1$s, g.pi, g.pi,
             CASE WHEN st.seq = %5$d THEN g.idp || '000000000002' ELSE g.pi END, st.act_id,
             CASE WHEN st.act_type = 'userTask' THEN g.task_id END,
             CASE WHEN st.seq = %5$d THEN g.sub_pi END, NULL, st.act_name,
             st.act_type, CASE WHEN st.act_type = 'userTask' THEN g.agent END,
             ts.s""" + AT + ", ts.e" + AT + """
      , (extract(epoch FROM ts.e - ts.s) * 1000)::bigint, """ + STATE + """
      , st.seq, NULL,
      """ + REMOVAL + """

      FROM gen_case g
      JOIN gen_step st ON g.path = ANY (st.paths) AND (st.cond IS NULL
        OR (st.cond = 'W' AND g.warned_at IS NOT NULL)
        OR (st.cond = 'B' AND g.breached_at IS NOT NULL))
      CROSS JOIN LATERAL (SELECT\s""" + anchor("s_anchor") + " + st.s_ms" + MS + " AS s, "
      + anchor("e_anchor") + " + st.e_ms" + MS + " AS e) ts";

  static final String INSERT_TASKINST = """
      INSERT INTO act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_,
        root_proc_inst_id_, proc_inst_id_, execution_id_, case_def_key_, case_def_id_,
        case_inst_id_, case_execution_id_, act_inst_id_, name_, parent_task_id_, description_,
        owner_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_,
        due_date_, follow_up_date_, tenant_id_, removal_time_, task_state_)
      SELECT g.task_id, 'Task_DiagnoseRequest', 'service-request', %1$s, g.pi, g.pi, g.pi,
             NULL, NULL, NULL, NULL,
             'Task_DiagnoseRequest:' || g.idp || lpad(to_hex(16 + %4$d), 12, '0'),
             '诊断请求 Diagnose request', NULL, NULL, NULL, g.agent,
             (g.created_at + interval '112 milliseconds')""" + AT + ", g.diag_done" + AT + """
      , (extract(epoch FROM g.diag_done - g.created_at) * 1000)::bigint - 112, 'completed',
             g.task_priority, g.first_response_due""" + AT + ", NULL, NULL, " + REMOVAL + """
      , 'Completed'
      FROM gen_case g WHERE g.agent_path""";

  static final String INSERT_VARINST = """
      INSERT INTO act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
        proc_inst_id_, execution_id_, act_inst_id_, case_def_key_, case_def_id_, case_inst_id_,
        case_execution_id_, task_id_, name_, var_type_, create_time_, rev_, bytearray_id_,
        double_, long_, text_, text2_, tenant_id_, state_, removal_time_)
      SELECT g.idp || lpad(to_hex(256 + v.k), 12, '0'), 'service-request', %1$s, g.pi, g.pi,
             g.pi, g.pi, NULL, NULL, NULL, NULL, NULL, v.name, v.type,
             (g.created_at + v.ms""" + MS + ")" + AT + """
      , 0, NULL, NULL, v.long, v.text, NULL, NULL, 'CREATED',
      """ + REMOVAL + """

      FROM gen_case g
      CROSS JOIN LATERAL (VALUES
        (0, 'caseId', 'long', 0, g.id, g.id::text),
        (1, 'caseNumber', 'string', 0, NULL::bigint, g.case_number),
        (2, 'customerId', 'string', 0, NULL, g.customer_id),
        (3, 'language', 'string', 0, NULL, g.language),
        (4, 'category', 'string', 30, NULL, g.category),
        (5, 'priority', 'string', 70, NULL, g.priority),
        (6, 'candidateGroup', 'string', 70, NULL, g.grp),
        (7, 'selfServiceEligible', 'boolean', 70, CASE WHEN g.deflected THEN 1 ELSE 0 END,
          NULL),
        (8, 'firstResponseDue', 'date', 80,
          (extract(epoch FROM g.first_response_due) * 1000)::bigint, NULL)
      ) v (k, name, type, ms, long, text)""";

  // --- the called resolve-request instance of each resolved case ---------------------------
  // %6$s its definition id (quoted); removal time as the engine gives a called instance:
  // the root instance's end + the root definition's history time to live

  static final String INSERT_SUB_PROCINST = """
      INSERT INTO act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_,
        proc_def_id_, start_time_, end_time_, removal_time_, duration_, start_user_id_,
        start_act_id_, end_act_id_, super_process_instance_id_, root_proc_inst_id_,
        super_case_instance_id_, case_inst_id_, delete_reason_, tenant_id_, state_,
        restarted_proc_inst_id_)
      SELECT g.sub_pi, g.sub_pi, g.case_number, '""" + SUB_PROCESS_KEY + "', %6$s, (g.diag_done + "
      + SUB_START_MS + MS + ")" + AT + ", (g.diag_done + " + SUB_END_MS + MS + ")" + AT + ", "
      + REMOVAL + ", " + (SUB_END_MS - SUB_START_MS) + ", g.agent, '" + SUB_START + "', '" + SUB_END
      + """
      ', g.pi, g.pi, NULL, NULL, NULL, NULL, 'COMPLETED', NULL
      FROM gen_case g WHERE g.path = 'RESOLVED'""";

  static final String INSERT_SUB_ACTINST = """
      INSERT INTO act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_,
        root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_, task_id_,
        call_proc_inst_id_, call_case_inst_id_, act_name_, act_type_, assignee_, start_time_,
        end_time_, duration_, act_inst_state_, sequence_counter_, tenant_id_, removal_time_)
      SELECT st.act_id || ':' || g.idp || lpad(to_hex(4096 + 16 + st.seq), 12, '0'), g.sub_pi,
             '""" + SUB_PROCESS_KEY + """
      ', %6$s, g.pi, g.sub_pi, CASE WHEN st.act_id = '""" + POLICY_TASK + """
      ' THEN g.policy_exec ELSE g.sub_pi END, st.act_id, NULL, NULL, NULL,
             st.act_name, st.act_type, NULL, ts.s""" + AT + ", ts.e" + AT + """
      , (extract(epoch FROM ts.e - ts.s) * 1000)::bigint, """ + STATE + """
      , st.seq, NULL,
      """ + REMOVAL + """

      FROM gen_case g
      JOIN gen_sub_step st ON g.path = ANY (st.paths) AND (st.cond IS NULL
        OR (st.cond = 'L' AND g.category = 'LOGISTICS' AND g.order_number IS NOT NULL))
      CROSS JOIN LATERAL (SELECT\s""" + anchor("s_anchor") + " + st.s_ms" + MS + " AS s, "
      + anchor("e_anchor") + " + st.e_ms" + MS + " AS e) ts";

  /**
   * The called instance's variables as the engine keeps them on this path: its copies of the
   * case's variables (in variables="all", when it starts), the carrier's parcel state of a
   * logistics case with an order (DELIVERED: the policy gives such a case guidance only), the
   * remedy policy's input mappings (local to its scope execution), its outputs (remedy policy
   * rule "buyer at fault" (coupon 5 as the alternative), "account security" or the default
   * (10)), what Record proposed remedy sets (remedyToApply, offerRound, parcelState when the
   * carrier was not asked, remedySummary) and resolutionOutcome (the end event's listener).
   * Ids end with 4096 + 256 + k.
   */
  static final String INSERT_SUB_VARINST = """
      INSERT INTO act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
        proc_inst_id_, execution_id_, act_inst_id_, case_def_key_, case_def_id_, case_inst_id_,
        case_execution_id_, task_id_, name_, var_type_, create_time_, rev_, bytearray_id_,
        double_, long_, text_, text2_, tenant_id_, state_, removal_time_)
      SELECT g.idp || lpad(to_hex(4096 + 256 + v.k), 12, '0'), '""" + SUB_PROCESS_KEY + """
      ', %6$s, g.pi,
             g.sub_pi, CASE WHEN v.local THEN g.policy_exec ELSE g.sub_pi END,
             CASE WHEN v.local THEN '""" + POLICY_TASK + ":' || g.idp || lpad(to_hex(4096 + 16 + "
      + POLICY_STEP + """
      ), 12, '0') ELSE g.sub_pi END,
             NULL, NULL, NULL, NULL, NULL, v.name, v.type,
             (g.diag_done + v.ms""" + MS + ")" + AT + """
      , 0, NULL, v.double, v.long, v.text, NULL, NULL, 'CREATED',
      """ + REMOVAL + """

      FROM gen_case g
      CROSS JOIN LATERAL (SELECT (g.category = 'LOGISTICS' AND g.order_number IS NOT NULL)
          AS tracked,
        """ + FALLBACK_COUPON.replace("category", "g.category").replace("fault_party",
          "g.fault_party") + " AS fallback_coupon, " + REMEDY_SUMMARY.replace("category",
          "g.category").replace("fault_party", "g.fault_party") + """
       AS remedy_summary,
        CASE WHEN g.agent_path THEN coalesce(g.desired_outcome, 'INFORMATION') END
          AS expectation) p
      CROSS JOIN LATERAL (VALUES
        (0, FALSE, 'caseId', 'long', 28, NULL::float8, g.id, g.id::text),
        (1, FALSE, 'caseNumber', 'string', 28, NULL, NULL::bigint, g.case_number),
        (2, FALSE, 'customerId', 'string', 28, NULL, NULL, g.customer_id),
        (3, FALSE, 'language', 'string', 28, NULL, NULL, g.language),
        (4, FALSE, 'category', 'string', 28, NULL, NULL, g.category),
        (5, FALSE, 'priority', 'string', 28, NULL, NULL, g.priority),
        (6, FALSE, 'candidateGroup', 'string', 28, NULL, NULL, g.grp),
        (7, FALSE, 'selfServiceEligible', 'boolean', 28, NULL, 0, NULL),
        (8, FALSE, 'firstResponseDue', 'date', 28, NULL,
          (extract(epoch FROM g.first_response_due) * 1000)::bigint, NULL),
        (9, FALSE, 'parcelState', CASE WHEN p.tracked THEN 'string' ELSE 'null' END,
          CASE WHEN p.tracked THEN 40 ELSE 55 END, NULL, NULL,
          CASE WHEN p.tracked THEN 'DELIVERED' END),
        (10, TRUE, 'category', 'string', 42, NULL, NULL, g.category),
        (11, TRUE, 'parcelState', CASE WHEN p.tracked THEN 'string' ELSE 'null' END, 42, NULL,
          NULL, CASE WHEN p.tracked THEN 'DELIVERED' END),
        (12, TRUE, 'faultParty', 'string', 42, NULL, NULL, g.fault_party),
        (13, TRUE, 'rootCause', 'string', 42, NULL, NULL, g.root_cause),
        (14, TRUE, 'buyerExpectation', 'string', 42, NULL, NULL, p.expectation),
        (15, TRUE, 'customerTier', 'string', 42, NULL, NULL, g.tier),
        (16, TRUE, 'orderAmount', CASE WHEN g.order_number IS NULL THEN 'null' ELSE 'double' END,
          42, CASE WHEN g.order_number IS NOT NULL THEN g.amount::float8 END, NULL, NULL),
        (17, FALSE, 'remedy', 'string', 50, NULL, NULL, 'GUIDANCE_ONLY'),
        (18, FALSE, 'couponValue', 'double', 50, 0.0, NULL, NULL),
        (19, FALSE, 'refundShare', 'double', 50, 0.0, NULL, NULL),
        (20, FALSE, 'seniorApprovalRequired', 'boolean', 50, NULL, 0, NULL),
        (21, FALSE, 'fallbackRemedy', 'string', 50, NULL, NULL, 'COUPON'),
        (22, FALSE, 'fallbackCouponValue', 'double', 50, p.fallback_coupon::float8, NULL, NULL),
        (23, FALSE, 'remedyToApply', 'string', 52, NULL, NULL, 'GUIDANCE_ONLY'),
        (24, FALSE, 'offerRound', 'integer', 52, NULL, 1, '1'),
        (25, FALSE, 'remedySummary', 'string', 55, NULL, NULL, p.remedy_summary),
        (26, FALSE, 'resolutionOutcome', 'string', 58, NULL, NULL, 'RESOLVED')
      ) v (k, local, name, type, ms, double, long, text)
      WHERE g.path = 'RESOLVED'""";

  /**
   * What the call activity's out mappings give the case when the called instance ends:
   * resolutionOutcome and remedyToApply, and disputeReason and returnOutcome, unset in the
   * called instance, as null variables. Ids end with 256 + 16 + k.
   */
  static final String INSERT_OUT_VARINST = """
      INSERT INTO act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
        proc_inst_id_, execution_id_, act_inst_id_, case_def_key_, case_def_id_, case_inst_id_,
        case_execution_id_, task_id_, name_, var_type_, create_time_, rev_, bytearray_id_,
        double_, long_, text_, text2_, tenant_id_, state_, removal_time_)
      SELECT g.idp || lpad(to_hex(256 + 16 + v.k), 12, '0'), 'service-request', %1$s, g.pi,
             g.pi, g.pi, g.pi, NULL, NULL, NULL, NULL, NULL, v.name, v.type,
             (g.closed_at - interval '30 milliseconds')""" + AT + """
      , 0, NULL, NULL, NULL, v.text, NULL, NULL, 'CREATED',
      """ + REMOVAL + """

      FROM gen_case g
      CROSS JOIN LATERAL (VALUES
        (0, 'resolutionOutcome', 'string', 'RESOLVED'),
        (1, 'disputeReason', 'null', NULL),
        (2, 'remedyToApply', 'string', 'GUIDANCE_ONLY'),
        (3, 'returnOutcome', 'null', NULL)
      ) v (k, name, type, text)
      WHERE g.path = 'RESOLVED'""";
}
