package io.kefu.platform.cluster;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Running several kefu nodes on one database ({@code kefu.cluster.*}).
 *
 * @param nodeName this node's name: the job executor's lock owner (act_ru_job.lock_owner_), the
 *     engine's host name (history, metrics) and the notification dispatcher's lease holder.
 *     Must differ between nodes; empty (default): the host name and a random suffix, new at
 *     every start
 * @param startupLockTimeout how long a starting node waits for another node that is starting at
 *     the same moment (PostgreSQL only: migrations, demo data, the engine's schema, identities and
 *     deployment run one node at a time); 10 minutes by default, then the start fails
 */
@ConfigurationProperties("kefu.cluster")
public record ClusterProperties(String nodeName, Duration startupLockTimeout) {

  /** Column widths: act_ru_job.lock_owner_ is 255, kefu's notification lease holder 100. */
  static final int MAX_NODE_NAME = 100;

  public ClusterProperties {
    nodeName = nodeName == null || nodeName.isBlank() ? defaultNodeName() : nodeName.strip();
    if (nodeName.length() > MAX_NODE_NAME) {
      throw new IllegalArgumentException(
          "kefu.cluster.node-name is longer than " + MAX_NODE_NAME + " characters");
    }
    if (startupLockTimeout == null) {
      startupLockTimeout = Duration.ofMinutes(10);
    }
    if (startupLockTimeout.isNegative() || startupLockTimeout.isZero()) {
      throw new IllegalArgumentException("kefu.cluster.startup-lock-timeout must be positive");
    }
  }

  static String defaultNodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "kefu";
    }
    String name = host + ":" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() <= MAX_NODE_NAME ? name : name.substring(name.length() - MAX_NODE_NAME);
  }
}
