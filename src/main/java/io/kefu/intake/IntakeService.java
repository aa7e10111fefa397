package io.kefu.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseNumbers;
import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.NewCase;
import io.kefu.knowledge.KnowledgeBase;
import io.kefu.marketplace.CustomerDirectory;
import io.kefu.marketplace.OrderDirectory;
import io.kefu.platform.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a buyer's request: checks it, masks personal data, creates the case and starts its
 * lifecycle process in one transaction. Either the case, its process and its acknowledgement all
 * exist afterwards, or none does. Idempotent per (channel account, request id).
 */
@Service
public class IntakeService {

  public static final String PROCESS_KEY = "service-request";
  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private final CaseRepository cases;
  private final CaseNumbers caseNumbers;
  private final CustomerDirectory customers;
  private final OrderDirectory orders;
  private final PrivacyGuard privacy;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final KnowledgeBase knowledge;
  private final TransactionTemplate tx;
  private final IntakeProperties properties;

  public IntakeService(CaseRepository cases, CaseNumbers caseNumbers,
      CustomerDirectory customers, OrderDirectory orders, PrivacyGuard privacy,
      RuntimeService runtime, ManagementService management, KnowledgeBase knowledge,
      TransactionTemplate tx, IntakeProperties properties) {
    this.cases = cases;
    this.caseNumbers = caseNumbers;
    this.customers = customers;
    this.orders = orders;
    this.privacy = privacy;
    this.runtime = runtime;
    this.management = management;
    this.knowledge = knowledge;
    this.tx = tx;
    this.properties = properties;
  }

  /** The outcome of a submission: the case, and whether this call created it. */
  public record Submission(IntakeResponse response, boolean created) {}

  public Submission submit(String channelAccount, IntakeRequest request) {
    String fingerprint = fingerprint(request);
    var existing = cases.findByRequest(channelAccount, request.requestId());
    if (existing.isPresent()) {
      return replay(existing.get(), fingerprint);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return new Submission(tx.execute(status -> create(channelAccount, request, fingerprint)),
            true);
      } catch (DuplicateKeyException | TransientDataAccessException concurrent) {
        // Another call with the same request id holds or has committed the unique key: once it
        // has committed, answer as a replay. A lock wait that timed out is tried again.
        var winner = cases.findByRequest(channelAccount, request.requestId());
        if (winner.isPresent()) {
          return replay(winner.get(), fingerprint);
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  private static final int MAX_ATTEMPTS = 5;

  private Submission replay(CaseRecord existing, String fingerprint) {
    if (!existing.requestFingerprint().equals(fingerprint)) {
      throw new ApiProblem(HttpStatus.CONFLICT, "idempotency-conflict",
          "Request id already used",
          "This request id was already used for a different request; use a new request id");
    }
    return new Submission(response(existing), false);
  }

  private IntakeResponse create(String channelAccount, IntakeRequest request, String fingerprint) {
    var customer = customers.findCustomer(request.customerId())
        .orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-customer",
            "Unknown customer", "No customer with this id is known to the marketplace"));
    if (request.orderNumber() != null && !request.orderNumber().isBlank()) {
      boolean usable = orders.findOrder(request.orderNumber())
          .filter(order -> order.customerId().equals(customer.id()))
          .isPresent();
      if (!usable) {
        // the same answer whether the order does not exist or belongs to someone else
        throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "order-not-usable",
            "Order cannot be used", "The order cannot be used for a request of this customer");
      }
    }
    Set<PrivacyGuard.Kind> masked = EnumSet.noneOf(PrivacyGuard.Kind.class);
    PrivacyGuard.Redaction description = privacy.redact(request.description());
    masked.addAll(description.masked());
    List<NewCase.Attachment> attachments = request.attachmentsOrEmpty().stream().map(a -> {
      PrivacyGuard.Redaction name = privacy.redact(a.name());
      masked.addAll(name.masked());
      return new NewCase.Attachment(a.type(), name.text(), a.url());
    }).toList();
    String language = Languages.of(description.text(), customer.preferredLanguage());
    String piiMasked = masked.isEmpty() ? null
        : masked.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    String orderNumber = blankToNull(request.orderNumber());

    String caseNumber = caseNumbers.next();
    long caseId = cases.insert(caseNumber, new NewCase(channelAccount, request.requestId(),
        fingerprint, request.channel(), customer.id(), orderNumber, description.text(),
        request.desiredOutcome(), language, piiMasked, attachments));
    cases.addEvent(caseId, "RECEIVED", channelAccount, false,
        "Request received through " + request.channel(), null);
    if (piiMasked != null) {
      cases.addEvent(caseId, "PRIVACY_MASKED", CaseEvent.SYSTEM, false,
          "Personal data masked before storage: " + piiMasked, "privacy guard");
    }

    // IDs and what routing and forms need; channel and desired outcome live in kefu_case only
    VariableMap variables = Variables.createVariables()
        .putValue("caseId", caseId)
        .putValue("caseNumber", caseNumber)
        .putValue("customerId", customer.id())
        .putValue("orderNumber", orderNumber)
        .putValue("language", language)
        .putValue("description", description.text())
        .putValue("selfServiceConfirmationTimeout",
            properties.selfServiceConfirmationTimeout());
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables);
    cases.setProcessInstance(caseId, instance.getId());
    log.info("Case {} created for channel account {} (process instance {})", caseNumber,
        channelAccount, instance.getId());
    return response(cases.findById(caseId).orElseThrow());
  }

  IntakeResponse response(CaseRecord c) {
    String greeting = cases.timeline(c.id(), true).stream()
        .filter(e -> e.kind().equals("ACKNOWLEDGED")).map(CaseEvent::text).findFirst()
        .orElse(null);
    IntakeResponse.SelfService selfService = null;
    if (c.selfService() && c.processInstanceId() != null) {
      selfService = selfService(c);
    }
    return new IntakeResponse(c.caseNumber(), c.status().name(), c.category(), c.priority(),
        greeting, c.firstResponseDue(), c.resolutionDue(), selfService);
  }

  private IntakeResponse.SelfService selfService(CaseRecord c) {
    return cases.timeline(c.id(), true).stream()
        .filter(e -> e.kind().equals("SELF_SERVICE_ANSWER"))
        .findFirst()
        .flatMap(e -> knowledge.article(e.reason()))
        .map(article -> {
          Job timeout = management.createJobQuery().processInstanceId(c.processInstanceId())
              .activityId("Event_ConfirmationTimeout").singleResult();
          return new IntakeResponse.SelfService(article.title(), article.body(), article.link(),
              knowledge.confirmationHint(c.language()),
              timeout == null ? null : timeout.getDuedate().toInstant());
        })
        .orElse(null);
  }

  static String fingerprint(IntakeRequest request) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
