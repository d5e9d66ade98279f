package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The text report numbers its branches, groups them by cause, and never overstates a fix. */
class TextReportTest {
  private static final String CALLKIT_INCOMING =
      "call=app callkit=yes direction=incoming mode=voiceChat default-to-speaker=no";

  @Test
  void branchesAreNumberedAsInTheJsonAndGroupedByCauseFirst() {
    Diagnosis d = Diagnosis.of(Symptom.AUDIO_ON_EARPIECE, Given.line(CALLKIT_INCOMING));

    String text = TextReport.render(d);

    assertThat(d.branches()).hasSize(6);
    assertThat(text)
        .containsSubsequence(
            "Reproduced in 1 of 6 branches.",
            "Branches by cause",
            "  Branch 1: reproduced by call.answer-on-iphone.",
            "  Branches 2 and 5: not reproduced; decided by setting.bluetooth-headset",
            "Reproduced in branch 1 where:",
            "Not reproduced in branches 2 and 5 where:",
            "Reproduced in branch 1. Verified fixes: answer-via-accessory");
    assertThat(d.branches().get(0).situation()).containsEntry("answered-via", "iphone");
  }

  @Test
  void summaryPrintsTheGroupsOnly() {
    Diagnosis d = Diagnosis.of(Symptom.AUDIO_ON_EARPIECE, Given.line(CALLKIT_INCOMING));

    String text = TextReport.render(d, new TextOptions(100, true, true));

    assertThat(text)
        .startsWith("Symptom: audio-on-earpiece")
        .contains("Branches by cause", "Branch 1: reproduced")
        .doesNotContain("Situation as understood", "Fixes:", "Outside the model", "where:");
  }

  /**
   * Over many partly known reports: every fix the closing summary lists as verified "in all of
   * them" works in every reproducing branch, and one listed "only in" some branches works in
   * exactly those.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "audio-on-earpiece, call=app direction=incoming",
    "not-on-accessory, call=app callkit=no",
    "not-on-accessory, call=unknown direction=incoming",
    "mic-not-on-accessory, call=app accessory=unknown",
    "audio-on-speaker, call=app callkit=no default-to-speaker=unknown",
    "not-on-accessory, call=cellular call-audio-routing=unknown answered-via=unknown"
  })
  void theSummaryNeverListsAFixAsVerifiedWhereItFailed(String symptom, String facts) {
    Diagnosis d = Diagnosis.of(Symptom.byId(symptom).orElseThrow(), Given.line(facts));
    String text = TextReport.render(d);
    String summary = text.substring(text.lastIndexOf("\n\n") + 2).replaceAll("\n\\s*", " ");
    List<Integer> reproducing = new ArrayList<>();
    for (int i = 0; i < d.branches().size(); i++) {
      if (d.branches().get(i).reproduced()) {
        reproducing.add(i + 1);
      }
    }

    Matcher all = Pattern.compile("Verified (?:in all of them|fixes): ([^.]*)\\.").matcher(summary);
    if (all.find()) {
      for (String fix : all.group(1).split(", ")) {
        for (int n : reproducing) {
          assertThat(verified(d, n, fix)).as(summary + " / branch " + n + " " + fix).isTrue();
        }
      }
    }
    Matcher only =
        Pattern.compile("Verified only in branch(?:es)? ([^:]*): ([^.]*)\\.").matcher(summary);
    while (only.find()) {
      List<Integer> in = parse(only.group(1));
      for (String fix : only.group(2).split(", ")) {
        for (int n : reproducing) {
          assertThat(verified(d, n, fix)).as(summary + " / branch " + n).isEqualTo(in.contains(n));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 72, 100})
  void linesFitTheWidth(int width) {
    Diagnosis d = Diagnosis.of(Symptom.AUDIO_ON_EARPIECE, Given.line(CALLKIT_INCOMING));

    for (String line : TextReport.render(d, new TextOptions(width, true, false)).split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void asciiMarksWhenTheEncodingCannotShowTheSymbols() {
    Diagnosis d =
        Diagnosis.of(
            Symptom.AUDIO_ON_EARPIECE,
            Given.line(CALLKIT_INCOMING + " answered-via=iphone call-audio-routing=automatic"));

    String text = TextReport.render(d, new TextOptions(100, false, false));

    assertThat(text)
        .contains("    ok answer-via-accessory [user]", "    no reconnect-accessory [user]")
        .doesNotContain("✓", "✗");
    assertThat(text.chars().allMatch(c -> c < 128)).isTrue();
  }

  @Test
  void wiredHeadphonesHaveNoMicrophoneAndThatIsTheCause() {
    Diagnosis d =
        Diagnosis.of(
            Symptom.MIC_NOT_ON_ACCESSORY,
            Given.line(
                "call=cellular accessory=wiredHeadphones direction=incoming answered-via=iphone"
                    + " call-audio-routing=automatic"));

    Branch b = d.branches().get(0);
    String text = TextReport.render(d);

    assertThat(b.reproduced()).isTrue();
    assertThat(b.limit()).contains(Limit.NO_MICROPHONE);
    assertThat(b.causeIds()).first().isEqualTo("accessory.no-microphone");
    assertThat(b.fixes()).isEmpty();
    assertThat(text)
        .containsSubsequence("Cause:", "accessory.no-microphone: The accessory has no microphone")
        .contains("Fixes: none can work")
        .doesNotContain("FAQ reason 1");
    assertThat(text.substring(text.indexOf("Cause:"), text.indexOf("Route decided by")))
        .doesNotContain("call.answer-on-iphone");
    assertThat(JsonReport.render(d)).contains("\"cause\" : [ \"accessory.no-microphone\"");
  }

  @Test
  void aWiredHeadsetHasAMicrophone() {
    Diagnosis d =
        Diagnosis.of(
            Symptom.MIC_NOT_ON_ACCESSORY,
            Given.line("call=cellular accessory=wiredHeadset direction=outgoing"));

    assertThat(d.branches()).allMatch(b -> b.limit().isEmpty());
  }

  private static boolean verified(Diagnosis d, int number, String fix) {
    return d.branches().get(number - 1).fixes().stream()
        .anyMatch(f -> f.id().equals(fix) && f.verified());
  }

  private static List<Integer> parse(String numbers) {
    List<Integer> out = new ArrayList<>();
    for (String part : numbers.replace(" and ", ", ").split(", ")) {
      if (part.contains("-")) {
        String[] r = part.split("-");
        for (int i = Integer.parseInt(r[0]); i <= Integer.parseInt(r[1]); i++) {
          out.add(i);
        }
      } else {
        out.add(Integer.parseInt(part.trim()));
      }
    }
    return out;
  }
}
