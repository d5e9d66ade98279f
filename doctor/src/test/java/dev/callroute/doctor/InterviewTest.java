package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.CallType;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interview asks decisive questions first, skips the others, and accepts "don't know". */
class InterviewTest {
  private final StringWriter transcript = new StringWriter();

  private Interview interview(String... answers) {
    String input = String.join("\n", answers) + "\n";
    return new Interview(
        new BufferedReader(new StringReader(input)), new PrintWriter(transcript, true));
  }

  @Test
  void asksCallTypeThenCallKitAndSkipsQuestionsThatCannotChangeTheVerdict()
      throws Interview.Aborted {
    Interview iv = interview("app", "yes", "incoming", "iphone", "automatic", "?", "?", "?", "?");

    GivenFacts answers = iv.askSituation(Symptom.AUDIO_ON_EARPIECE, GivenFacts.none());

    String text = transcript.toString();
    assertThat(text.indexOf("--call>")).isLessThan(text.indexOf("--callkit>"));
    assertThat(text).doesNotContain("--role>", "--earlier-phone-call>", "--interrupted-by");
    assertThat(answers.known())
        .containsEntry(Factor.CALL, new FactValue.Call(CallType.APP))
        .containsEntry(Factor.CALLKIT, new FactValue.CallKit(true))
        .containsEntry(Factor.ANSWERED_VIA, new FactValue.Answer(AnsweredVia.IPHONE));
    assertThat(answers.unknown()).contains(Factor.ROLE);
    Diagnosis d = Diagnosis.of(Symptom.AUDIO_ON_EARPIECE, answers);
    assertThat(d.reproduced()).isTrue();
  }

  @Test
  void acceptsNumbersDefaultsAndDontKnow() throws Interview.Aborted {
    Interview iv = interview("1", "don't know", "", "?", "?", "?", "?", "?");

    GivenFacts answers =
        iv.askSituation(Symptom.NOT_ON_ACCESSORY, Given.line("call-audio-routing=automatic"));

    assertThat(answers.known()).containsEntry(Factor.CALL, new FactValue.Call(CallType.CELLULAR));
    assertThat(answers.unknown()).contains(Factor.DIRECTION);
  }

  @Test
  void reasksAnInvalidAnswerAndAbortsAtTheEndOfInput() {
    Interview iv = interview("radio", "facetime");

    assertThatThrownBy(() -> iv.askSituation(Symptom.AUDIO_ON_EARPIECE, GivenFacts.none()))
        .isInstanceOf(Interview.Aborted.class)
        .hasMessageContaining("the input ended at the question --direction")
        .hasMessageContaining("nothing was diagnosed");
    assertThat(transcript.toString()).contains("Please answer cellular, facetime, app");
  }

  @Test
  void endOfInputAtTheSymptomQuestionAborts() {
    Interview iv =
        new Interview(new BufferedReader(new StringReader("")), new PrintWriter(transcript, true));

    assertThatThrownBy(iv::askSymptom)
        .isInstanceOf(Interview.Aborted.class)
        .hasMessageContaining("what is wrong");
  }

  @Test
  void yesNoQuestionsTakeYAndNAndTrueAndFalse() throws Interview.Aborted {
    assertThat(Interview.answer(Factor.CALLKIT, "y")).contains("yes");
    assertThat(Interview.answer(Factor.CALLKIT, "n")).contains("no");
    assertThat(Interview.answer(Factor.DEFAULT_TO_SPEAKER, "true")).contains("yes");
    assertThat(Interview.answer(Factor.DEFAULT_TO_SPEAKER, "false")).contains("no");
    assertThat(Interview.answer(Factor.CALL, "y")).isEmpty();
    GivenFacts answers =
        interview("app", "y", "n", "?", "?", "?", "?", "?", "?")
            .askSituation(Symptom.AUDIO_ON_EARPIECE, GivenFacts.none());
    assertThat(answers.known()).containsEntry(Factor.CALLKIT, new FactValue.CallKit(true));
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 50, 63, 80})
  void promptsNeverBreakMidWord(int width) throws Interview.Aborted {
    Interview iv =
        new Interview(
            new BufferedReader(new StringReader("app\nno\n?\n?\n?\n?\n?\n?\n?\n?\n")),
            new PrintWriter(transcript, true),
            width);

    iv.askSituation(Symptom.NOT_ON_ACCESSORY, GivenFacts.none());

    String question = Factor.INTERRUPTED_BY_PHONE_CALL.question();
    String text = transcript.toString();
    assertThat(text).contains("interrupted");
    for (String line : text.split("\n")) {
      String shown = line.replaceFirst("^--[a-z-]+> ", "");
      assertThat(shown.length()).as(line).isLessThanOrEqualTo(width);
    }
    String joined = text.replaceAll("\n\\s*", " ");
    assertThat(joined).contains(question.split(" ")[0]).contains("[1] no [2] iphone");
  }

  @Test
  void understandsASymptomInWords() throws Interview.Aborted {
    Interview iv = interview("the call goes to the earpiece");

    Optional<Symptom> s = iv.askSymptom();

    assertThat(s).contains(Symptom.AUDIO_ON_EARPIECE);
    assertThat(transcript.toString()).contains("Understood: audio-on-earpiece");
  }
}
