package io.kefu.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Node names and the start-up lock's timeout (kefu.cluster.*). */
class ClusterPropertiesTest {

  @Test
  void aConfiguredNodeNameIsUsedAsItIs() {
    assertThat(new ClusterProperties(" kefu-2 ", null).nodeName()).isEqualTo("kefu-2");
  }

  @Test
  void withoutANameEachNodeGetsItsOwn() {
    String a = new ClusterProperties("", null).nodeName();
    String b = new ClusterProperties(null, null).nodeName();
    assertThat(a).isNotBlank().isNotEqualTo(b);
    assertThat(a.length()).isLessThanOrEqualTo(ClusterProperties.MAX_NODE_NAME);
  }

  @Test
  void theStartupLockTimeoutDefaultsToTenMinutesAndMustBePositive() {
    assertThat(new ClusterProperties("n", null).startupLockTimeout())
        .isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> new ClusterProperties("n", Duration.ZERO))
        .hasMessageContaining("startup-lock-timeout");
  }

  @Test
  void aNodeNameLongerThanTheLockOwnerColumnsIsRefused() {
    assertThatThrownBy(() -> new ClusterProperties("n".repeat(101), null))
        .hasMessageContaining("kefu.cluster.node-name");
  }

  @Test
  void anUnnamedNodeHasOneNameForTheWholeRun() {
    MockEnvironment env = new MockEnvironment().withProperty("kefu.cluster.node-name", "");
    env.setProperty("kefu.notify.dispatcher.node-id", "${kefu.cluster.node-name}");
    new NodeNameDefault().postProcessEnvironment(env, null);
    String name = env.getProperty("kefu.cluster.node-name");
    assertThat(name).isNotBlank();
    assertThat(env.getProperty("kefu.notify.dispatcher.node-id")).isEqualTo(name);
  }

  @Test
  void aNamedNodeKeepsItsName() {
    MockEnvironment env = new MockEnvironment().withProperty("kefu.cluster.node-name", "kefu-1");
    new NodeNameDefault().postProcessEnvironment(env, null);
    assertThat(env.getProperty("kefu.cluster.node-name")).isEqualTo("kefu-1");
  }
}
