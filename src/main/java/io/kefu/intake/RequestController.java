package io.kefu.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The buyer-facing API for channel integrations (group {@code channels}). */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Buyers' service requests")
@SecurityRequirement(name = "basic")
public class RequestController {

  private final IntakeService intake;
  private final CaseQueries queries;
  private final BuyerMessages messages;

  public RequestController(IntakeService intake, CaseQueries queries, BuyerMessages messages) {
    this.intake = intake;
    this.queries = queries;
    this.messages = messages;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a buyer's request",
      description = "Idempotent by requestId: the same request again returns 200 with the same "
          + "case; the same requestId with a different body is 409.")
  @ApiResponse(responseCode = "201", description = "Case created")
  @ApiResponse(responseCode = "200", description = "Same request seen before: the existing case")
  @ApiResponse(responseCode = "400", description = "Invalid fields (all listed) or malformed JSON")
  @ApiResponse(responseCode = "409", description = "requestId reused for a different request")
  @ApiResponse(responseCode = "413", description = "Body over 64 KiB")
  @ApiResponse(responseCode = "415", description = "Body not application/json")
  @ApiResponse(responseCode = "422", description = "Unknown customer, or order not usable")
  public ResponseEntity<IntakeResponse> submit(@Valid @RequestBody IntakeRequest request,
      Principal channelAccount) {
    IntakeService.Submission submission = intake.submit(channelAccount.getName(), request);
    return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(submission.response());
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Status and buyer-visible timeline of a case submitted by this channel "
      + "account (404 for any other case)")
  public CaseView get(@PathVariable String caseNumber, Principal channelAccount) {
    return queries.view(channelAccount.getName(), caseNumber);
  }

  @PostMapping(path = "/{caseNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a buyer's follow-up message",
      description = "Added to the timeline and passed to the case's process when it waits for "
          + "the buyer. Idempotent by messageId.")
  @ApiResponse(responseCode = "202", description = "Message accepted")
  @ApiResponse(responseCode = "200", description = "Same messageId seen before")
  public ResponseEntity<BuyerMessages.Accepted> message(@PathVariable String caseNumber,
      @Valid @RequestBody BuyerMessage message, Principal channelAccount) {
    BuyerMessages.Accepted accepted = messages.accept(channelAccount.getName(), caseNumber,
        message);
    return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .body(accepted);
  }
}
