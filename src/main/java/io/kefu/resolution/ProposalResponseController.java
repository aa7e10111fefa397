package io.kefu.resolution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The buyer's answer to a proposed remedy, for channel integrations (group {@code channels}). */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Buyers' service requests")
@SecurityRequirement(name = "basic")
public class ProposalResponseController {

  private final ProposalResponses responses;

  public ProposalResponseController(ProposalResponses responses) {
    this.responses = responses;
  }

  @PostMapping(path = "/{caseNumber}/proposal-response", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Accept or refuse the remedy kefu proposed",
      description = "While the case waits for the buyer's answer to a proposal. A refusal of the "
          + "first proposal gets the one alternative; refusing that too hands the case to dispute "
          + "handling. No answer by the time the proposal names counts as acceptance.")
  @ApiResponse(responseCode = "202", description = "Answer recorded and passed to the case")
  @ApiResponse(responseCode = "400", description = "accepted missing, reason over 1000 characters, or malformed JSON")
  @ApiResponse(responseCode = "404", description = "No such case submitted by this channel account")
  @ApiResponse(responseCode = "409", description = "The case waits for no answer to a proposal")
  public ResponseEntity<ProposalResponses.Recorded> respond(@PathVariable String caseNumber,
      @Valid @RequestBody ProposalResponse response, Principal channelAccount) {
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(responses.respond(channelAccount.getName(), caseNumber, response));
  }
}
