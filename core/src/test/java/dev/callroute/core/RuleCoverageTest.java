package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule tables together name every rule of the spec, every rejection reason and every
 * notification the engine reports, so that breaking any rule fails at least one row.
 */
class RuleCoverageTest {
  static List<RuleCase> allRows() {
    return Stream.of(
            SystemCallRulesTest.cases(),
            SystemCallLifecycleRulesTest.cases(),
            VoipRulesTest.cases(),
            VoipInterruptionRulesTest.cases(),
            ControlCenterRulesTest.cases(),
            AppApiRulesTest.cases(),
            RouteRulesTest.cases(),
            SpecDecisionsTest.cases())
        .flatMap(s -> s)
        .collect(Collectors.toList());
  }

  @Test
  void everyRuleIdIsNamedByAtLeastOneRow() {
    Set<Rule> named = EnumSet.noneOf(Rule.class);
    allRows().forEach(c -> named.addAll(c.rulesNamed()));
    Set<Rule> missing = EnumSet.allOf(Rule.class);
    missing.removeAll(named);
    assertThat(missing).as("rules no row names").isEmpty();
  }

  @Test
  void everyRejectionReasonHasARow() {
    Set<RejectionReason> seen = EnumSet.noneOf(RejectionReason.class);
    allRows().forEach(c -> c.rejection().ifPresent(seen::add));
    assertThat(seen).containsExactlyInAnyOrder(RejectionReason.values());
  }

  @Test
  void everyReportedNotificationHasARow() {
    Set<Notification> seen = EnumSet.noneOf(Notification.class);
    allRows().forEach(c -> seen.addAll(c.notifiedExpected()));
    // The engine always resumes an interrupted call, so it never reports interruptionEnded
    // without shouldResume; scenario files may still name it, as it matches both.
    Set<Notification> reported = EnumSet.allOf(Notification.class);
    reported.remove(Notification.INTERRUPTION_ENDED);
    assertThat(seen).isEqualTo(reported);
  }

  @Test
  void rowNamesAreUnique() {
    List<String> names = allRows().stream().map(c -> c.name).collect(Collectors.toList());
    assertThat(names).doesNotHaveDuplicates();
  }
}
