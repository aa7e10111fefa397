package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.simulator.SimulatorEndpoint;
import io.kefu.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' controls of the resolution simulators (group {@code camunda-admin}): play the
 * carrier (scan events, return received) and the seller (answer an after-sales request). Exists
 * only with {@code kefu.simulators.enabled=true} ({@link SimulatorEndpoint}); never in production.
 */
@RestController
@SimulatorEndpoint
@RequestMapping(path = "/api/v1/simulators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulators")
@SecurityRequirement(name = "basic")
public class ResolutionSimulatorController {

  private final ObjectProvider<SimulatedCarrier> carrier;
  private final ObjectProvider<SimulatedSellerAfterSales> sellers;

  public ResolutionSimulatorController(ObjectProvider<SimulatedCarrier> carrier,
      ObjectProvider<SimulatedSellerAfterSales> sellers) {
    this.carrier = carrier;
    this.sellers = sellers;
  }

  @GetMapping("/carrier/parcels/{carrierCode}/{trackingNumber}")
  @Operation(summary = "A parcel's tracking as the simulated carrier reports it")
  public Tracking parcel(@PathVariable ShippingCarrier carrierCode,
      @PathVariable String trackingNumber) {
    return carrier().track(carrierCode, trackingNumber)
        .orElseThrow(() -> ApiProblem.notFound("The parcel"));
  }

  /** A scan event to add to a parcel's history. */
  public record ScanEvent(@NotNull ShippingCarrier carrier,
      @NotBlank @Size(max = 32) String trackingNumber, @NotNull ParcelState state,
      Instant occurredAt, @Size(max = 500) String description) {}

  @PostMapping(path = "/carrier/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add an event to a parcel's history (e.g. STUCK, LOST) and push it to kefu",
      description = "As the carrier's subscription would: waiting processes get ParcelEvent "
          + "(or ReturnReceived for RETURN_RECEIVED). occurredAt defaults to now.")
  public ResponseEntity<CarrierEvents.Receipt> scan(@Valid @RequestBody ScanEvent event) {
    return ResponseEntity.status(HttpStatus.CREATED).body(carrier().injectEvent(event.carrier(),
        event.trackingNumber(), event.state(), event.occurredAt(), event.description()));
  }

  /** When a return parcel was received; empty body or null for now. */
  public record Received(Instant receivedAt) {}

  @PostMapping(path = "/carrier/returns/{carrierCode}/{trackingNumber}/received")
  @Operation(summary = "The seller received a registered return parcel",
      description = "Pushes RETURN_RECEIVED to kefu: the process waiting on message "
          + "ReturnReceived with returnTrackingNumber = trackingNumber continues. Idempotent.")
  public CarrierEvents.Receipt returnReceived(@PathVariable ShippingCarrier carrierCode,
      @PathVariable String trackingNumber, @RequestBody(required = false) Received body) {
    try {
      return carrier().markReturnReceived(carrierCode, trackingNumber,
          body == null ? null : body.receivedAt());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("The registered return parcel");
    }
  }

  /** The seller's answer. */
  public record SellerAnswer(boolean accepted, @Size(max = 2000) String note) {}

  @PostMapping(path = "/seller-after-sales/requests/{requestId}/response",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Answer an after-sales request for the seller")
  public SellerRequest respond(@PathVariable String requestId,
      @Valid @RequestBody SellerAnswer answer) {
    SimulatedSellerAfterSales simulator = sellers.getIfAvailable();
    if (simulator == null) {
      throw ApiProblem.notFound("The seller after-sales simulator");
    }
    try {
      return simulator.respond(requestId, answer.accepted(), answer.note());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("The seller request");
    }
  }

  private SimulatedCarrier carrier() {
    SimulatedCarrier simulated = carrier.getIfAvailable();
    if (simulated == null) {
      throw ApiProblem.notFound("The carrier simulator");
    }
    return simulated;
  }
}
