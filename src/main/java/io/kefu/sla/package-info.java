/**
 * SLA capability: business calendar (this part), later the SLA clock and escalations.
 *
 * <h2>Business time, for process owners</h2>
 *
 * <p>SLA targets count <em>working time</em> of the group that works the task, not elapsed time.
 * "Answer within 4 hours" given to senior agents at Friday 19:00 means 2 hours on Friday (until
 * 21:00) and 2 hours on Monday (09:00-11:00): the deadline is Monday 11:00, Asia/Shanghai.
 *
 * <ul>
 *   <li><b>Working hours</b> are configured per candidate group under {@code kefu.sla.groups}
 *       (see {@code application.yaml}); groups without an entry, and durations without a group,
 *       use {@code kefu.sla.default-hours} (Mon-Fri 09:00-18:00 by default).</li>
 *   <li><b>Public holidays</b> (春节, 国庆 ...) are days off for groups with
 *       {@code observe-holidays: true}; their make-up working days (调休上班, e.g. Saturday
 *       2026-02-14) are working days with the hours of {@code make-up-day-as} (Monday's by
 *       default). Groups with {@code observe-holidays: false} (first-line agents, security team)
 *       work their weekly hours every day of the year. The dates come from holiday files, one per
 *       year ({@code sla/holidays-cn-2026.yaml}); a new year is a new file, not new code.</li>
 *   <li><b>Durations are exact amounts of working time</b>: {@code PT30M}, {@code PT4H},
 *       {@code P2DT4H}. {@code P1D} means 24 working hours, which for a group working 09:00-18:00
 *       is almost three working days; write {@code PT9H} for "one working day" of such a group.
 *       Years and months ({@code P1M}) are refused.</li>
 *   <li>Time starts at the next opening if the clock starts outside working hours, and a
 *       deadline that ends exactly at closing time is at closing time (18:00, not 09:00 the next
 *       morning).</li>
 * </ul>
 *
 * <h2>In BPMN models</h2>
 *
 * <p>The engine resolves timer durations ({@code timeDuration}), timer dates ({@code timeDate})
 * and user task {@code camunda:dueDate} / {@code camunda:followUpDate} through
 * {@link io.kefu.sla.WorkingTimeBusinessCalendar}:
 * <ul>
 *   <li>{@code PT4H}: 4 working hours of the default hours;</li>
 *   <li>{@code senior-agents@PT4H}: 4 working hours of the {@code senior-agents} group; with
 *       expressions, e.g. {@code ${slaGroup}@${slaTarget}} from triage.dmn's outputs;</li>
 *   <li>{@code wall-clock@PT10M}: 10 minutes of elapsed time, for technical waits (payment
 *       callbacks, polling, reminders to systems) that must not stop at night;</li>
 *   <li>absolute dates ({@code 2026-03-09T10:00:00+08:00}) are used as they are.</li>
 * </ul>
 * Timer cycles ({@code timeCycle}: {@code R3/PT1H}, cron) and job retry cycles stay elapsed
 * time.
 *
 * <h2>In Java</h2>
 *
 * <p>{@link io.kefu.sla.WorkingTimeCalendar} (a Spring bean) adds working time to an instant,
 * measures working time between two instants (pausing an SLA clock) and finds the warning point
 * of a target (e.g. 80%); {@link io.kefu.sla.WorkingTimeCalendar#parseDuration} reads targets
 * with the same rules as the engine.
 */
package io.kefu.sla;
