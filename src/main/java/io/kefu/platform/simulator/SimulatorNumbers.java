package io.kefu.platform.simulator;

import io.kefu.platform.database.DatabaseProduct;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Unique numbers the simulated systems hand out (a reship's tracking number, a carrier's ticket,
 * a seller request id), from the database sequence {@code sim_number_seq}: never reused, on every
 * node.
 */
@Component
public class SimulatorNumbers {

  private final DataFieldMaxValueIncrementer sequence;

  public SimulatorNumbers(DatabaseProduct database) {
    this.sequence = database.sequence("sim_number_seq");
  }

  /** The next number, from 1. */
  public long next() {
    return sequence.nextLongValue();
  }
}
