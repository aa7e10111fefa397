package io.kefu.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.kefu.platform.simulator.SimulatorControl;
import io.kefu.platform.simulator.SimulatorControlController;
import io.kefu.platform.simulator.SimulatorEndpoint;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/**
 * The simulators' control endpoint exists only with {@code kefu.simulators.enabled=true}: absent
 * or false means no endpoint, and the production profile sets false.
 */
class SimulatorEndpointConditionTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withBean(SimulatorControl.class, () -> mock(SimulatorControl.class))
      .withBean(SimulatedCarrier.class, () -> mock(SimulatedCarrier.class))
      .withBean(SimulatedSellerAfterSales.class, () -> mock(SimulatedSellerAfterSales.class))
      .withUserConfiguration(SimulatorControlController.class,
          ResolutionSimulatorController.class);

  @Test
  void absentWhenDisabled() {
    runner.withPropertyValues("kefu.simulators.enabled=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(SimulatorControlController.class);
      assertThat(context).doesNotHaveBean(ResolutionSimulatorController.class);
    });
  }

  @Test
  void absentWhenNotConfigured() {
    runner.run(context -> {
      assertThat(context).doesNotHaveBean(SimulatorControlController.class);
      assertThat(context).doesNotHaveBean(ResolutionSimulatorController.class);
    });
  }

  @Test
  void presentOnlyWhenEnabled() {
    runner.withPropertyValues("kefu.simulators.enabled=true").run(context -> {
      assertThat(context).hasSingleBean(SimulatorControlController.class);
      assertThat(context).hasSingleBean(ResolutionSimulatorController.class);
    });
  }

  @Test
  void everySimulatorControllerIsConditional() {
    for (Class<?> controller : List.of(SimulatorControlController.class,
        ResolutionSimulatorController.class)) {
      assertThat(controller.isAnnotationPresent(SimulatorEndpoint.class)).as(controller.getName())
          .isTrue();
    }
  }

  @Test
  void theProductionProfileSwitchesItOffAndTheEmbeddedDefaultOn() {
    assertThat(yaml("application-postgres.yaml").getProperty(SimulatorEndpoint.PROPERTY))
        .isEqualTo("false");
    assertThat(yaml("application.yaml").getProperty(SimulatorEndpoint.PROPERTY))
        .isEqualTo("true");
  }

  private static Properties yaml(String name) {
    YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
    factory.setResources(new ClassPathResource(name));
    return factory.getObject();
  }
}
