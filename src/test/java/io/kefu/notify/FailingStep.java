package io.kefu.notify;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A test step that fails as often as it is told to, after the step before it notified. */
public class FailingStep implements JavaDelegate {

  static final AtomicInteger failuresLeft = new AtomicInteger();

  @Override
  public void execute(DelegateExecution execution) {
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("simulated failure after the notification was recorded");
    }
  }
}
