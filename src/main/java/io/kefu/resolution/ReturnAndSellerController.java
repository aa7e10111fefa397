package io.kefu.resolution;

import io.kefu.marketplace.ShippingCarrier;
import io.kefu.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What buyers and sellers send for a case's resolution: the return parcel's tracking number
 * (channel integrations, group {@code channels}) and the seller's answer to an after-sales
 * request (the sellers' integration, group {@code sellers}).
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resolution", description = "Return shipments and sellers' answers")
@SecurityRequirement(name = "basic")
public class ReturnAndSellerController {

  private final ReturnShipments returns;
  private final SellerResponses sellers;

  public ReturnAndSellerController(ReturnShipments returns, SellerResponses sellers) {
    this.returns = returns;
    this.sellers = sellers;
  }

  /** The buyer's return parcel. */
  public record ReturnShipmentNotice(
      @Schema(example = "SF") @NotNull ShippingCarrier carrier,
      @Schema(example = "SF1234567890123") @NotBlank @Size(max = 32) String trackingNumber) {}

  /** The answer to a return shipment or a seller response. */
  public record Accepted(String caseNumber, String status) {}

  @PostMapping(path = "/{caseNumber}/return-shipment", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Send the buyer's return parcel tracking number",
      description = "Passed to the case's return (message ReturnTrackingNumber): recorded on the "
          + "case and registered with the carrier; the buyer is told. Only for a case of this "
          + "channel account that waits for a return shipment.")
  @ApiResponse(responseCode = "202", description = "The waiting return took it")
  @ApiResponse(responseCode = "400", description = "Invalid fields, or not a tracking number "
      + "of this carrier")
  @ApiResponse(responseCode = "404", description = "No such case for this account")
  @ApiResponse(responseCode = "409", description = "The case waits for no return shipment")
  public ResponseEntity<Accepted> returnShipment(@PathVariable String caseNumber,
      @Valid @RequestBody ReturnShipmentNotice notice, Principal channelAccount) {
    String tracking = notice.trackingNumber().trim().toUpperCase(java.util.Locale.ROOT);
    if (!notice.carrier().isValidTrackingNumber(tracking)) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-tracking-number",
          "Invalid tracking number", "This is not a tracking number of " + notice.carrier().name());
    }
    return switch (returns.submit(channelAccount.getName(), caseNumber, notice.carrier(),
        tracking)) {
      case DELIVERED -> ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(new Accepted(caseNumber, "RETURN_SHIPMENT_RECORDED"));
      case NO_CASE -> throw notFound(caseNumber);
      case NOT_WAITING -> throw new ApiProblem(HttpStatus.CONFLICT, "not-awaiting-return",
          "No return expected", "The case waits for no return shipment");
    };
  }

  /** The seller's answer. */
  public record SellerAnswer(
      @Schema(example = "ACCEPTED") @NotNull
      @Pattern(regexp = "ACCEPTED|REJECTED", message = "must be ACCEPTED or REJECTED")
      String decision,
      @Schema(example = "同意退货退款") @Size(max = 2000) String comment) {}

  @PostMapping(path = "/{caseNumber}/seller-response", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The seller's answer to an after-sales request (group sellers)",
      description = "Passed to the case's seller-after-sales process (message SellerResponse) "
          + "and audited. REJECTED needs a comment (the reason); the platform then steps in.")
  @ApiResponse(responseCode = "202", description = "The waiting request took the answer")
  @ApiResponse(responseCode = "400", description = "Invalid fields, or REJECTED without comment")
  @ApiResponse(responseCode = "404", description = "No such case")
  @ApiResponse(responseCode = "409", description = "The case waits for no seller answer")
  public ResponseEntity<Accepted> sellerResponse(@PathVariable String caseNumber,
      @Valid @RequestBody SellerAnswer answer, Principal sellerIntegration) {
    SellerDecision decision = SellerDecision.valueOf(answer.decision());
    String comment = answer.comment() == null || answer.comment().isBlank() ? null
        : answer.comment().strip();
    if (decision == SellerDecision.REJECTED && comment == null) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "reason-required", "Reason required",
          "A rejection needs a comment giving the reason");
    }
    return switch (sellers.receive(caseNumber, decision, comment, sellerIntegration.getName())) {
      case DELIVERED -> ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(new Accepted(caseNumber, "SELLER_" + decision.name()));
      case NO_CASE -> throw notFound(caseNumber);
      case NOT_WAITING -> throw new ApiProblem(HttpStatus.CONFLICT, "not-awaiting-seller",
          "No seller answer expected", "The case waits for no answer from the seller");
    };
  }

  private static ApiProblem notFound(String caseNumber) {
    return ApiProblem.notFound("Case " + caseNumber.replaceAll("[^A-Za-z0-9-]", ""));
  }
}
