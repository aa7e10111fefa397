package io.kefu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: each of N clients sends its next request as soon as the previous one is
 * answered, until the time is up or a request budget is spent. Latency is measured per request
 * from send to complete answer; only successful requests go into the histogram.
 */
final class ClosedLoop {

  /** One request by client {@code client}; returns the HTTP status. */
  interface Call {
    int call(int client, long seq) throws Exception;
  }

  record Result(int clients, long ok, long errors, double seconds, Histogram latency,
      Map<Integer, Long> errorStatuses) {
    double rps() {
      return seconds <= 0 ? 0 : ok / seconds;
    }

    double ms(double percentile) {
      return latency.getTotalCount() == 0 ? 0
          : latency.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  static Histogram histogram() {
    return new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
  }

  /** Runs for {@code seconds}, or until {@code maxRequests} (if > 0) were sent. */
  static Result run(int clients, double seconds, long maxRequests, Call call)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    AtomicLong budget = new AtomicLong(maxRequests > 0 ? maxRequests : Long.MAX_VALUE);
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Worker w = new Worker(i, deadline, budget, call);
      workers.add(w);
      w.thread.start();
    }
    Histogram all = histogram();
    long ok = 0;
    long errors = 0;
    Map<Integer, Long> statuses = new TreeMap<>();
    for (Worker w : workers) {
      w.thread.join();
      all.add(w.latency);
      ok += w.ok;
      errors += w.errors;
      w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(clients, ok, errors, elapsed, all, statuses);
  }

  private static final class Worker implements Runnable {
    final Thread thread;
    final int id;
    final long deadline;
    final AtomicLong budget;
    final Call call;
    final Histogram latency = histogram();
    final Map<Integer, Long> statuses = new TreeMap<>();
    long ok;
    long errors;

    Worker(int id, long deadline, AtomicLong budget, Call call) {
      this.id = id;
      this.deadline = deadline;
      this.budget = budget;
      this.call = call;
      this.thread = new Thread(this, "client-" + id);
    }

    @Override
    public void run() {
      long seq = 0;
      while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
        long t = System.nanoTime();
        int status;
        try {
          status = call.call(id, seq++);
        } catch (Exception e) {
          status = -1;
        }
        long micros = (System.nanoTime() - t) / 1000;
        if (status >= 200 && status < 300) {
          ok++;
          latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
        } else {
          errors++;
          statuses.merge(status, 1L, Long::sum);
        }
      }
    }
  }
}
