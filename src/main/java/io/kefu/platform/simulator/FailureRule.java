package io.kefu.platform.simulator;

import java.time.Instant;

/**
 * An injected failure in force (a row of {@code sim_failure}).
 *
 * @param id the rule's id
 * @param simulator the simulator's name
 * @param operation the operation, or {@code null} for any
 * @param key the key calls must be about, or {@code null} for any
 * @param kind technical failure or business refusal
 * @param refusalCode the refusal code ({@link FailureKind#REFUSAL} only; {@code null}: the
 *     default refusal of the operation called)
 * @param remaining how many more calls fail, or {@code null} until removed
 * @param createdAt when it was injected
 */
public record FailureRule(long id, String simulator, String operation, String key,
    FailureKind kind, String refusalCode, Integer remaining, Instant createdAt) {}
