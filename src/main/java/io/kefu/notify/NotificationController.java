package io.kefu.notify;

import io.kefu.cases.CaseRecord;
import io.kefu.cases.CaseRepository;
import io.kefu.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The buyer's messages of a case, for the channel integration that submitted it. */
@RestController
@Tag(name = "Requests", description = "Buyers' service requests")
@SecurityRequirement(name = "basic")
public class NotificationController {

  private final CaseRepository cases;
  private final NotificationOutbox outbox;

  public NotificationController(CaseRepository cases, NotificationOutbox outbox) {
    this.cases = cases;
    this.outbox = outbox;
  }

  @GetMapping(path = "/api/v1/requests/{caseNumber}/notifications",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The buyer's notifications of a case (in-app messages) and their "
      + "delivery by e-mail, SMS and voice call; 404 for a case of another channel account")
  public List<NotificationView> notifications(@PathVariable String caseNumber,
      Principal channelAccount) {
    CaseRecord c = cases.findByNumber(caseNumber)
        .filter(found -> found.channelAccount().equals(channelAccount.getName()))
        .orElseThrow(() -> ApiProblem.notFound(
            "Case " + caseNumber.replaceAll("[^A-Za-z0-9-]", "")));
    return outbox.ofCase(c.id()).stream().map(n -> {
      List<NotificationView.ChannelState> states = new ArrayList<>();
      states.add(new NotificationView.ChannelState(Channel.IN_APP, "SENT", 1, n.createdAt()));
      outbox.deliveriesOf(n.id()).forEach(d -> states.add(new NotificationView.ChannelState(
          d.channel(), d.status().name(), d.attempts(), d.sentAt())));
      return new NotificationView(n.id(), n.template(), n.timelineKind(), n.createdAt(),
          n.subject(), n.body(), states);
    }).toList();
  }
}
