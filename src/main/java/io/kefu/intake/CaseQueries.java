package io.kefu.intake;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.platform.web.ApiProblem;
import org.springframework.stereotype.Service;

/** Reads cases for the channel that submitted them; other channels' cases do not exist. */
@Service
public class CaseQueries {

  private final CaseRepository cases;

  public CaseQueries(CaseRepository cases) {
    this.cases = cases;
  }

  public CaseRecord ownCase(String channelAccount, String caseNumber) {
    return cases.findByNumber(caseNumber)
        .filter(c -> c.channelAccount().equals(channelAccount))
        .orElseThrow(() -> noSuchCase(caseNumber));
  }

  /** The 404 for a case that does not exist for the channel account. */
  public static ApiProblem noSuchCase(String caseNumber) {
    return ApiProblem.notFound("Case " + caseNumber.replaceAll("[^A-Za-z0-9-]", ""));
  }

  public CaseView view(String channelAccount, String caseNumber) {
    CaseRecord c = ownCase(channelAccount, caseNumber);
    return new CaseView(c.caseNumber(), c.status().name(), c.category(), c.priority(),
        c.createdAt(), c.firstResponseDue(), c.resolutionDue(),
        cases.timeline(c.id(), true).stream()
            .map(e -> new CaseView.Entry(e.occurredAt(), e.kind(), e.text()))
            .toList());
  }
}
