package io.kefu.platform.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks a controller of the simulators' back-office endpoint ({@code /api/v1/simulators/**}): the
 * bean exists only with {@code kefu.simulators.enabled=true}. The property is {@code true} on the
 * embedded default and in tests, {@code false} in the production profile ({@code postgres}), and
 * absent means off, so production never exposes a way to make kefu's outside systems fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = SimulatorEndpoint.PROPERTY, havingValue = "true")
public @interface SimulatorEndpoint {
  /** The switch of the simulators' control endpoint. */
  String PROPERTY = "kefu.simulators.enabled";
}
