package io.kefu.resolution;

import io.kefu.cases.CaseEvent;
import io.kefu.cases.CaseRepository;
import io.kefu.cases.CaseStatus;
import io.kefu.cases.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Treat silence as acceptance": the buyer did not answer the proposal by
 * {@code proposalReplyBy}; kefu proceeds as if accepted (documented in README "Resolution").
 */
@Component("acceptProposalBySilence")
public class AcceptProposalBySilenceDelegate implements JavaDelegate {

  private final CaseRepository cases;

  public AcceptProposalBySilenceDelegate(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("proposalAccepted", true);
    cases.updateStatus(CaseVariables.caseId(execution), CaseStatus.DIAGNOSED);
    cases.addEvent(CaseVariables.caseId(execution), "PROPOSAL_ACCEPTED_BY_SILENCE",
        CaseEvent.SYSTEM, false,
        "买家未在期限内答复，视为接受 No answer by the deadline: accepted "
            + execution.getVariable("remedyToApply"),
        "kefu.resolution.proposal-response-timeout");
  }
}
