package io.kefu.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kefu.testsupport.KefuSpringTest;
import io.kefu.testsupport.TestDatabase;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The start-up lock as two nodes starting at once on one PostgreSQL database see it (two locks
 * on the test's database standing in for two nodes); on H2 it does nothing.
 */
@KefuSpringTest
class StartupLockTest {

  @Autowired DataSource dataSource;
  @Autowired StartupLock startedNode;

  @Test
  void theRunningApplicationGaveTheLockBackOnceItsEngineWasUp() {
    assertThat(startedNode.isHeld()).isFalse();
  }

  @Test
  void aSecondNodeWaitsWhileTheFirstOneStartsAndGoesOnOnceItIsDone() {
    assumeTrue(TestDatabase.isPostgres(), "an advisory lock of PostgreSQL");
    StartupLock first = lock("node-a", Duration.ofMinutes(1));
    StartupLock second = lock("node-b", Duration.ofMillis(600));
    first.acquire();
    try {
      assertThat(first.isHeld()).isTrue();
      assertThatThrownBy(second::acquire).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("another kefu node kept the start-up lock");
      assertThat(second.isHeld()).isFalse();
    } finally {
      first.release();
    }
    StartupLock third = lock("node-c", Duration.ofMillis(600));
    third.acquire();
    assertThat(third.isHeld()).isTrue();
    third.release();
    assertThat(third.isHeld()).isFalse();
  }

  @Test
  void aNodeTakesTheLockOnceAndNeverAgainAfterGivingItBack() {
    StartupLock lock = lock("node-d", Duration.ofSeconds(5));
    lock.acquire();
    lock.acquire();
    lock.release();
    lock.acquire();
    assertThat(lock.isHeld()).isFalse();
    lock.release();
  }

  @Test
  void onH2ThereIsNothingToLock() {
    assumeTrue(!TestDatabase.isPostgres(), "H2 only");
    StartupLock lock = lock("node-e", Duration.ofSeconds(5));
    lock.acquire();
    assertThat(lock.isHeld()).isFalse();
  }

  private StartupLock lock(String node, Duration timeout) {
    return new StartupLock(dataSource, new ClusterProperties(node, timeout));
  }
}
