package io.kefu.platform.simulator;

import java.util.List;
import java.util.Map;

/**
 * A built-in simulator of an outside system, as {@link SimulatorControl} knows it: the names
 * under which failures can be injected. Implemented by the simulator beans.
 */
public interface Simulator {

  /** The simulator's name in failure rules and on the control endpoint, e.g. {@code carrier}. */
  String simulatorName();

  /**
   * The operations a failure rule may name (e.g. {@code refund}, {@code settle}), each with the
   * business refusal codes an injected refusal of it may use; the first is the default. An empty
   * list: the operation only fails technically.
   */
  Map<String, List<String>> operations();
}
