package io.kefu.resolution;

import io.kefu.platform.integration.IdempotencyConflictException;
import io.kefu.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The carriers' webhook (group {@code carriers}): parcel events pushed to kefu. */
@RestController
@RequestMapping(path = "/api/v1/carrier-events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Carrier events", description = "Parcel events pushed by carriers or a logistics "
    + "aggregator (group carriers)")
@SecurityRequirement(name = "basic")
public class CarrierEventController {

  private final CarrierEvents events;

  public CarrierEventController(CarrierEvents events) {
    this.events = events;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Push a parcel event",
      description = "Recorded once per eventId and passed to the waiting processes: "
          + "RETURN_RECEIVED as message ReturnReceived (process variable returnTrackingNumber), "
          + "any other event as ParcelEvent (process variable trackingNumber).")
  @ApiResponse(responseCode = "202", description = "Event recorded")
  @ApiResponse(responseCode = "200", description = "Same eventId received before: nothing done")
  @ApiResponse(responseCode = "400", description = "Invalid fields or malformed JSON")
  @ApiResponse(responseCode = "409", description = "eventId received before with other content")
  public ResponseEntity<CarrierEvents.Receipt> push(@Valid @RequestBody CarrierEventNotice event,
      Principal carrier) {
    try {
      CarrierEvents.Receipt receipt = events.receive(event, carrier.getName());
      return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
          .body(receipt);
    } catch (IdempotencyConflictException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, "carrier-event-conflict",
          "Event id reused", "This eventId was received before with other content");
    }
  }
}
