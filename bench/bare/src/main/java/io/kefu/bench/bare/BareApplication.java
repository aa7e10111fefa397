package io.kefu.bench.bare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's baseline: a bare Camunda 7.24 engine with the REST API on /engine-rest (no
 * authentication), stock engine and job-executor settings, and two models:
 * {@code bare-intake} (start, a Java service task setting three variables, a user task) and
 * {@code bare-timer} (a user task with a non-interrupting timer boundary event whose date comes
 * from the variable {@code due}, then a Java service task).
 */
@SpringBootApplication
public class BareApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareApplication.class, args);
  }

  /** "Set three variables". */
  @Bean
  JavaDelegate setThreeVariables() {
    return (DelegateExecution execution) -> {
      String requestId = String.valueOf(execution.getVariable("requestId"));
      execution.setVariable("category", "ORDER_QUERY");
      execution.setVariable("priority", "P3");
      execution.setVariable("summary", "request " + requestId + " received");
    };
  }

  /** "Escalate": what the timer leads to. */
  @Bean
  JavaDelegate escalate() {
    return (DelegateExecution execution) -> execution.setVariable("escalated", Boolean.TRUE);
  }
}
