package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Rule} lists exactly the rules that docs/routing-rules.md defines, in the same order. */
class RuleCatalogueTest {
  static final Path SPEC = Path.of("..", "docs", "routing-rules.md");

  /** A rule definition: a list item that starts with the rule's ID in backticks and a colon. */
  static final Pattern DEFINITION = Pattern.compile("(?m)^- `([a-z]+\\.[a-z-]+)`:");

  /** Any rule ID written in backticks anywhere in the text. */
  static final Pattern REFERENCE =
      Pattern.compile("`((?:call|setting|voip|app|route|bluetooth|idle)\\.[a-z-]+)`");

  static Set<String> all(Pattern p, String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void ruleEnumMatchesTheSpecDefinitionsInOrder() throws IOException {
    String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
    Set<String> defined = all(DEFINITION, spec);
    assertThat(defined).as("rule definitions found in %s", SPEC).hasSizeGreaterThan(20);
    assertThat(Arrays.stream(Rule.values()).map(Rule::id)).containsExactlyElementsOf(defined);
    assertThat(all(REFERENCE, spec)).as("rule IDs the spec mentions").isSubsetOf(defined);
  }

  @Test
  void everyRuleHasAReadableSentenceAndIsFoundById() {
    for (Rule r : Rule.values()) {
      assertThat(r.sentence()).as(r.id()).isNotBlank().endsWith(".");
      assertThat(Rule.byId(r.id())).contains(r);
    }
    assertThat(Rule.byId("call.unknown")).isEmpty();
    assertThat(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet()))
        .hasSize(Rule.values().length);
  }

  /** A citation of the FAQ at the end of a rule's text: "(FAQ reason 1, VoIP.)" or similar. */
  static final Pattern FAQ_CITATION = Pattern.compile("\\(FAQ reason ([123])(, VoIP)?[.;]");

  @Test
  void eachRuleCarriesTheFaqReasonTheDocsCiteBesideIt() throws IOException {
    String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
    Matcher def = DEFINITION.matcher(spec);
    java.util.List<Integer> starts = new java.util.ArrayList<>();
    java.util.List<String> ids = new java.util.ArrayList<>();
    while (def.find()) {
      starts.add(def.start());
      ids.add(def.group(1));
    }
    int cited = 0;
    for (int i = 0; i < ids.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : spec.length();
      String text = spec.substring(starts.get(i), end);
      int heading = text.indexOf("\n## ");
      if (heading >= 0) {
        text = text.substring(0, heading);
      }
      Rule rule = Rule.byId(ids.get(i)).orElseThrow();
      Matcher m = FAQ_CITATION.matcher(text);
      if (m.find()) {
        cited++;
        int number = Integer.parseInt(m.group(1));
        FaqReason expected =
            number == 2
                ? FaqReason.REASON_2
                : number == 3
                    ? FaqReason.REASON_3
                    : m.group(2) != null ? FaqReason.REASON_1_VOIP : FaqReason.REASON_1_PHONE;
        assertThat(rule.faqReason()).as(rule.id()).contains(expected);
        assertThat(expected.text()).startsWith("FAQ reason " + number + ":");
      } else {
        assertThat(rule.faqReason()).as(rule.id() + " (no FAQ reason beside it)").isEmpty();
      }
    }
    assertThat(cited).as("rules citing an FAQ reason").isGreaterThanOrEqualTo(6);
  }
}
