package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The interview asks decisive questions first, skips the others, and accepts "don't know". */
class InterviewTest {
  private final StringWriter transcript = new StringWriter();

  private Interview interview(String... answers) {
    String input = String.join("\n", answers) + "\n";
    return new Interview(
        new BufferedReader(new StringReader(input)), new PrintWriter(transcript, true));
  }

  @Test
  void asksCallTypeThenCallKitAndSkipsQuestionsThatCannotChangeTheVerdict() {
    Interview iv = interview("app", "yes", "incoming", "iphone", "automatic", "?", "?");

    Map<Factor, String> answers = iv.askSituation(Symptom.AUDIO_ON_EARPIECE, Map.of());

    String text = transcript.toString();
    assertThat(text.indexOf("--call>")).isLessThan(text.indexOf("--callkit>"));
    assertThat(text).doesNotContain("--role>", "--earlier-phone-call>", "--interrupted-by");
    assertThat(answers)
        .containsEntry(Factor.CALL, "app")
        .containsEntry(Factor.CALLKIT, "yes")
        .containsEntry(Factor.ANSWERED_VIA, "iphone")
        .containsEntry(Factor.ROLE, Factor.UNKNOWN);
    Diagnosis d = Diagnosis.of(Symptom.AUDIO_ON_EARPIECE, answers);
    assertThat(d.reproduced()).isTrue();
  }

  @Test
  void acceptsNumbersDefaultsAndDontKnow() {
    Interview iv = interview("1", "don't know", "");

    Map<Factor, String> answers =
        iv.askSituation(Symptom.NOT_ON_ACCESSORY, Map.of(Factor.CALL_AUDIO_ROUTING, "automatic"));

    assertThat(answers).containsEntry(Factor.CALL, "cellular");
    assertThat(answers).containsEntry(Factor.DIRECTION, Factor.UNKNOWN);
  }

  @Test
  void reasksAnInvalidAnswerAndStopsAtTheEndOfInput() {
    Interview iv = interview("radio", "facetime");

    Map<Factor, String> answers = iv.askSituation(Symptom.AUDIO_ON_EARPIECE, Map.of());

    assertThat(transcript.toString()).contains("Please answer cellular, facetime, app");
    assertThat(answers).containsEntry(Factor.CALL, "facetime");
    assertThat(answers).containsEntry(Factor.DIRECTION, Factor.UNKNOWN);
  }

  @Test
  void understandsASymptomInWords() {
    Interview iv = interview("the call goes to the earpiece");

    Optional<Symptom> s = iv.askSymptom();

    assertThat(s).contains(Symptom.AUDIO_ON_EARPIECE);
    assertThat(transcript.toString()).contains("Understood: audio-on-earpiece");
  }
}
