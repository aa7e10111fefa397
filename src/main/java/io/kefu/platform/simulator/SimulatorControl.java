package io.kefu.platform.simulator;

import io.kefu.platform.integration.ExternalSystemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failure injection for kefu's built-in simulators (table {@code sim_failure}): tells a simulator
 * to fail - technically (it throws {@link ExternalSystemException}) or with a business refusal -
 * for its next N calls, or for every call about a given key until told otherwise. Used by tests
 * directly and by operators through {@link SimulatorControlController}.
 *
 * <p>Off by default: without rules no simulator ever fails. Rules live in the database, so every
 * node of a cluster sees them, and a rule is used up in a transaction of its own: a call that
 * fails because of it consumes it even though the caller's transaction rolls back.
 */
@Service
public class SimulatorControl {

  private static final Logger log = LoggerFactory.getLogger(SimulatorControl.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectProvider<Simulator> simulators;
  private final Clock clock;

  public SimulatorControl(JdbcClient jdbc, PlatformTransactionManager transactions,
      ObjectProvider<Simulator> simulators, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.simulators = simulators;
    this.clock = clock;
  }

  /** The simulators of this installation, by name. */
  public List<Simulator> simulators() {
    return simulators.orderedStream()
        .sorted(Comparator.comparing(Simulator::simulatorName)).toList();
  }

  /**
   * Injects a failure.
   *
   * @return the rule in force
   * @throws IllegalArgumentException for an unknown simulator, operation or refusal code, a
   *     refusal code on a technical failure, or {@code times} below 1
   */
  public FailureRule inject(FailureSpec spec) {
    Objects.requireNonNull(spec.kind(), "kind");
    Simulator simulator = simulators().stream()
        .filter(s -> s.simulatorName().equals(spec.simulator())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No simulator named '"
            + spec.simulator() + "'; known: "
            + simulators().stream().map(Simulator::simulatorName).toList()));
    if (spec.operation() != null && !simulator.operations().containsKey(spec.operation())) {
      throw new IllegalArgumentException("The simulator " + spec.simulator()
          + " has no operation '" + spec.operation() + "'; known: "
          + simulator.operations().keySet());
    }
    String code = null;
    if (spec.kind() == FailureKind.REFUSAL) {
      List<String> allowed = spec.operation() == null
          ? simulator.operations().values().stream().flatMap(List::stream).distinct().toList()
          : simulator.operations().get(spec.operation());
      if (allowed.isEmpty()) {
        throw new IllegalArgumentException("The operation " + spec.operation()
            + " of the simulator " + spec.simulator() + " can only fail technically");
      }
      code = spec.refusalCode() == null && spec.operation() != null ? allowed.get(0)
          : spec.refusalCode();
      if (code != null && !allowed.contains(code)) {
        throw new IllegalArgumentException("The simulator " + spec.simulator()
            + " has no refusal code '" + code + "' here; known: " + allowed);
      }
    } else if (spec.refusalCode() != null) {
      throw new IllegalArgumentException("A technical failure has no refusal code");
    }
    if (spec.times() != null && spec.times() < 1) {
      throw new IllegalArgumentException("times must be at least 1, or absent for 'until removed'");
    }
    OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    KeyHolder key = new GeneratedKeyHolder();
    String refusalCode = code;
    ownTransaction.executeWithoutResult(status -> jdbc.sql("""
            INSERT INTO sim_failure (simulator, operation, match_key, kind, refusal_code,
              remaining, created_at)
            VALUES (:simulator, :operation, :key, :kind, :code, :remaining, :now)""")
        .param("simulator", spec.simulator()).param("operation", spec.operation())
        .param("key", spec.key()).param("kind", spec.kind().name()).param("code", refusalCode)
        .param("remaining", spec.times()).param("now", now)
        .update(key, "id"));
    log.warn("Simulator {} told to fail: {} {}{}{}", spec.simulator(), spec.kind(),
        spec.operation() == null ? "any operation" : spec.operation(),
        spec.key() == null ? "" : " for one key",
        spec.times() == null ? " until removed" : " the next " + spec.times() + " time(s)");
    return new FailureRule(key.getKey().longValue(), spec.simulator(), spec.operation(),
        spec.key(), spec.kind(), refusalCode, spec.times(), now.toInstant());
  }

  /** The rules in force, oldest first. */
  public List<FailureRule> rules() {
    return jdbc.sql("SELECT * FROM sim_failure ORDER BY id").query(RULE).list();
  }

  /** Removes one rule; false if there was none with this id. */
  public boolean remove(long id) {
    return Boolean.TRUE.equals(ownTransaction.execute(status ->
        jdbc.sql("DELETE FROM sim_failure WHERE id = :id").param("id", id).update() == 1));
  }

  /** Removes every rule: no simulator fails any more. Returns how many there were. */
  public int clear() {
    Integer removed = ownTransaction.execute(status ->
        jdbc.sql("DELETE FROM sim_failure").update());
    return removed == null ? 0 : removed;
  }

  /** Removes every rule of one simulator. */
  public int clear(String simulator) {
    Integer removed = ownTransaction.execute(status ->
        jdbc.sql("DELETE FROM sim_failure WHERE simulator = :s").param("s", simulator).update());
    return removed == null ? 0 : removed;
  }

  /**
   * Called by a simulator at the start of an operation: applies the first rule that matches
   * (rules for a key before rules for any call, then the oldest) and uses it up once.
   *
   * @param simulator the simulator's name
   * @param operation the operation
   * @param keys what the call is about (ids, order or tracking numbers); {@code null}s ignored
   * @return the refusal when the call must be refused; empty when it proceeds normally
   * @throws ExternalSystemException when the call must fail technically
   */
  public Optional<InjectedRefusal> check(String simulator, String operation, String... keys) {
    List<String> about = keys == null ? List.of()
        : Arrays.stream(keys).filter(Objects::nonNull).toList();
    FailureRule hit = ownTransaction.execute(status -> consume(simulator, operation, about));
    if (hit == null) {
      return Optional.empty();
    }
    log.warn("Simulated {} of {} {} (failure rule {})", hit.kind(), simulator, operation,
        hit.id());
    if (hit.kind() == FailureKind.TECHNICAL) {
      throw new ExternalSystemException(simulator,
          "simulated technical failure of '" + operation + "' (failure rule " + hit.id() + ")");
    }
    return Optional.of(new InjectedRefusal(hit.refusalCode()));
  }

  private FailureRule consume(String simulator, String operation, List<String> keys) {
    String keyCondition = keys.isEmpty() ? "match_key IS NULL"
        : "(match_key IS NULL OR match_key IN (:keys))";
    var query = jdbc.sql("SELECT * FROM sim_failure WHERE simulator = :simulator "
            + "AND (operation IS NULL OR operation = :operation) AND " + keyCondition
            + " ORDER BY CASE WHEN match_key IS NULL THEN 1 ELSE 0 END, id")
        .param("simulator", simulator).param("operation", operation);
    if (!keys.isEmpty()) {
      query = query.param("keys", keys);
    }
    for (FailureRule rule : query.query(RULE).list()) {
      if (rule.remaining() == null) {
        return rule;
      }
      if (jdbc.sql("UPDATE sim_failure SET remaining = remaining - 1 "
          + "WHERE id = :id AND remaining > 0").param("id", rule.id()).update() == 1) {
        jdbc.sql("DELETE FROM sim_failure WHERE id = :id AND remaining <= 0")
            .param("id", rule.id()).update();
        return rule;
      }
    }
    return null;
  }

  private static final RowMapper<FailureRule> RULE = SimulatorControl::rule;

  private static FailureRule rule(ResultSet rs, int row) throws SQLException {
    int remaining = rs.getInt("remaining");
    boolean unlimited = rs.wasNull();
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    return new FailureRule(rs.getLong("id"), rs.getString("simulator"),
        rs.getString("operation"), rs.getString("match_key"),
        FailureKind.valueOf(rs.getString("kind")), rs.getString("refusal_code"),
        unlimited ? null : remaining, created.toInstant());
  }
}
