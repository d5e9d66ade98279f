package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule is applied from exactly one file: the decider named after its section of
 * docs/routing-rules.md. Rejections may name a rule from a step handler; applying it may not.
 */
class RuleHomeTest {
  static final Path SOURCES = Path.of("src", "main", "java", "dev", "callroute", "core");

  /** The decider of each section of the rules page, by the start of the section's heading. */
  static final Map<String, String> DECIDERS = new LinkedHashMap<>();

  static {
    DECIDERS.put("## System calls", "SystemCallRules.java");
    DECIDERS.put("## VoIP calls", "VoipRules.java");
    DECIDERS.put("## App APIs", "AppApiRules.java");
    DECIDERS.put("## Routes in general", "RouteRules.java");
  }

  @Test
  void eachRuleIsAppliedOnlyByTheDeciderOfItsSection() throws IOException {
    String spec = Files.readString(RuleCatalogueTest.SPEC, StandardCharsets.UTF_8);
    Map<String, String> home = new LinkedHashMap<>();
    String section = null;
    for (String line : spec.split("\n")) {
      if (line.startsWith("## ")) {
        section = DECIDERS.keySet().stream().filter(line::startsWith).findFirst().orElse(null);
      }
      Matcher m = RuleCatalogueTest.DEFINITION.matcher(line);
      if (m.find()) {
        assertThat(section).as("section of %s", m.group(1)).isNotNull();
        home.put(m.group(1), DECIDERS.get(section));
      }
    }
    assertThat(home).hasSize(Rule.values().length);

    Map<Rule, TreeSet<String>> appliedIn = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m =
            Pattern.compile("apply\\(Rule\\.([A-Z_]+)")
                .matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          appliedIn
              .computeIfAbsent(Rule.valueOf(m.group(1)), r -> new TreeSet<>())
              .add(f.getFileName().toString());
        }
      }
    }
    for (Rule r : Rule.values()) {
      if (r == Rule.VOIP_BLOCKED_BY_SYSTEM_CALL) {
        // a rule that only ever refuses a step: named by rejections, never applied
        assertThat(appliedIn).as(r.id()).doesNotContainKey(r);
        continue;
      }
      assertThat(appliedIn.get(r))
          .as("files that apply %s (docs section's decider: %s)", r.id(), home.get(r.id()))
          .containsExactly(home.get(r.id()));
    }
  }
}
