package io.kefu.diagnosis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case look-ups for the service team (agents, senior agents, specialists, managers): a case by
 * number, a customer's history. Channel integrations use {@code /api/v1/requests} instead.
 */
@RestController
@Tag(name = "Cases", description = "Cases and customers' histories for the service team")
@SecurityRequirement(name = "basic")
public class AgentCaseController {

  private final AgentCaseQueries queries;

  public AgentCaseController(AgentCaseQueries queries) {
    this.queries = queries;
  }

  @GetMapping(path = "/api/v1/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A case with its whole timeline (internal entries and audit included)")
  @ApiResponse(responseCode = "200", description = "The case")
  @ApiResponse(responseCode = "404", description = "No case with this number")
  public AgentCaseView byNumber(@PathVariable String caseNumber) {
    return queries.byNumber(caseNumber);
  }

  @GetMapping(path = "/api/v1/customers/{customerId}/cases",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A customer's cases, newest first, page by page")
  @ApiResponse(responseCode = "200", description = "One page (empty beyond the last)")
  @ApiResponse(responseCode = "400", description = "Negative page, size outside 1..100, or "
      + "a page beyond the first 10,000 cases")
  @ApiResponse(responseCode = "404", description = "The marketplace knows no such customer")
  public CustomerCasesPage ofCustomer(@PathVariable String customerId,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return queries.ofCustomer(customerId, page, size);
  }
}
