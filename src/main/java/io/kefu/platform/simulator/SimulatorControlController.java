package io.kefu.platform.simulator;

import io.kefu.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back-office control of the simulators' failure injection, for operators of demo and test
 * installations (group {@code camunda-admin}). Exists only with
 * {@code kefu.simulators.enabled=true} ({@link SimulatorEndpoint}); never in production.
 */
@RestController
@SimulatorEndpoint
@RequestMapping(path = "/api/v1/simulators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Simulators", description = "Control of the built-in simulators (demo and test "
    + "installations only; group camunda-admin)")
@SecurityRequirement(name = "basic")
public class SimulatorControlController {

  private static final Logger log = LoggerFactory.getLogger(SimulatorControlController.class);
  private final SimulatorControl control;

  public SimulatorControlController(SimulatorControl control) {
    this.control = control;
    log.warn("Simulator control endpoints /api/v1/simulators/** are active "
        + "({}=true): for demo and test installations only", SimulatorEndpoint.PROPERTY);
  }

  /** A simulator, its operations and each one's refusal codes (the first is the default). */
  public record SimulatorView(String name, Map<String, List<String>> operations) {}

  @GetMapping
  @Operation(summary = "The simulators, what can be made to fail, and the failure rules")
  public Overview overview() {
    return new Overview(control.simulators().stream()
        .map(s -> new SimulatorView(s.simulatorName(), new TreeMap<>(s.operations())))
        .toList(), control.rules());
  }

  /** The simulators and the failure rules in force. */
  public record Overview(List<SimulatorView> simulators, List<FailureRule> failures) {}

  @GetMapping("/failures")
  @Operation(summary = "The failure rules in force")
  public List<FailureRule> failures() {
    return control.rules();
  }

  @PostMapping(path = "/failures", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Make a simulator fail",
      description = "kind TECHNICAL: the call throws (an outage; the job retries, then an "
          + "incident). kind REFUSAL: the call is refused with refusalCode (or the operation's "
          + "default, the first listed by GET /api/v1/simulators). times: the next N matching "
          + "calls; absent: until removed. key: only calls "
          + "about this id, order or tracking number.")
  public ResponseEntity<FailureRule> inject(@Valid @RequestBody FailureSpec spec) {
    try {
      return ResponseEntity.status(HttpStatus.CREATED).body(control.inject(spec));
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-failure-rule",
          "Invalid failure rule", e.getMessage());
    }
  }

  @DeleteMapping("/failures/{id}")
  @Operation(summary = "Remove one failure rule")
  public ResponseEntity<Void> remove(@PathVariable long id) {
    if (!control.remove(id)) {
      throw ApiProblem.notFound("The failure rule");
    }
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/failures")
  @Operation(summary = "Remove every failure rule (of one simulator with ?simulator=)")
  public ResponseEntity<Void> clear(@RequestParam(required = false) String simulator) {
    if (simulator == null) {
      control.clear();
    } else {
      control.clear(simulator);
    }
    return ResponseEntity.noContent().build();
  }
}
