package io.kefu.diagnosis;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The customer's earlier cases, for triage (repeat complaints) and for the agent. */
@Service
public class CustomerHistory {

  private static final Duration WINDOW = Duration.ofDays(30);
  private static final int SHOWN = 5;
  private final CaseRepository cases;
  private final Clock clock;
  private final DateTimeFormatter format;

  public CustomerHistory(CaseRepository cases, Clock clock,
      @Value("${kefu.zone:Asia/Shanghai}") String zone) {
    this.cases = cases;
    this.clock = clock;
    this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of(zone));
  }

  /** What the agent and triage learn from the history. */
  public record Summary(int complaintsLast30Days, int earlierCases, String text) {}

  public Summary of(String customerId, long currentCaseId) {
    int recent = cases.countCasesSince(customerId, clock.instant().minus(WINDOW));
    List<CaseRecord> earlier = cases.recentCasesOf(customerId, currentCaseId, SHOWN);
    int complaints = Math.max(0, recent - 1); // without the current case
    String text = earlier.isEmpty() ? "无历史工单 No earlier cases"
        : complaints + " 个工单在近30天 case(s) in the last 30 days; 最近 recent: "
            + earlier.stream().map(c -> c.caseNumber() + " " + format.format(c.createdAt()) + " "
                + (c.category() == null ? "?" : c.category()) + " " + c.status())
            .collect(Collectors.joining("; "));
    return new Summary(complaints, earlier.size(), text);
  }
}
