package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unknown facts expand into their values; facts that do not apply are left out or noted. */
class ExpansionTest {
  static Stream<Arguments> counts() {
    return Stream.of(
        Arguments.of(
            "every fact given",
            "call=cellular direction=outgoing" + " call-audio-routing=automatic",
            1),
        Arguments.of("defaults: app call, sender, headset; 36 with CallKit, 200 VoIP", "", 236),
        Arguments.of(
            "a cellular call: the app's facts do not apply",
            "call=cellular direction=incoming answered-via=iphone",
            3),
        Arguments.of(
            "CallKit: the VoIP-only facts do not apply",
            "call=app callkit=yes direction=outgoing",
            12),
        Arguments.of(
            "a VoIP incoming call is answered on the iPhone only",
            "call=app callkit=no direction=incoming earlier-phone-call=none"
                + " interrupted-by-phone-call=no mode=voiceChat default-to-speaker=no",
            1),
        Arguments.of(
            "call unknown expands every type",
            "call=unknown direction=outgoing call-audio-routing=automatic callkit=yes"
                + " mode=voiceChat default-to-speaker=no",
            3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("counts")
  void expandsUnknownFactsIntoDistinctSituations(String name, String facts, int expected) {
    Expansion e = Expansion.of(Given.line(facts));

    assertThat(e.situations()).hasSize(expected).doesNotHaveDuplicates();
  }

  @Test
  void aGivenFactThatContradictsTheCallDropsTheBranchWithANote() {
    Expansion e = Expansion.of(Given.line("direction=outgoing answered-via=accessory"));

    assertThat(e.situations()).isEmpty();
    assertThat(e.conflicts())
        .containsExactly(
            "--answered-via accessory conflicts with --direction outgoing: only an incoming call is"
                + " answered");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "call=cellular interrupted-by-phone-call=no",
        "call=cellular earlier-phone-call=none",
        "call=facetime interrupted-by-phone-call=no earlier-phone-call=none",
        "call=app callkit=yes interrupted-by-phone-call=no earlier-phone-call=none",
        "call=app callkit=no role=receiver earlier-phone-call=none"
      })
  void aValueThatSaysNothingHappenedFitsACallItDoesNotApplyTo(String facts) {
    Expansion e = Expansion.of(Given.line(facts + " direction=outgoing"));

    assertThat(e.situations()).isNotEmpty();
    assertThat(e.conflicts()).isEmpty();
    assertThat(e.notes()).anyMatch(n -> n.endsWith("does not apply to this call; noted"));
  }

  @Test
  void aValueThatContradictsTheCallNamesBothFlags() {
    Expansion cellular = Expansion.of(Given.line("call=cellular interrupted-by-phone-call=iphone"));
    Expansion callKit =
        Expansion.of(Given.line("call=app callkit=yes interrupted-by-phone-call=accessory"));

    assertThat(cellular.situations()).isEmpty();
    assertThat(cellular.conflicts())
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("--interrupted-by-phone-call iphone conflicts with --call cellular");
    assertThat(callKit.conflicts())
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .startsWith("--interrupted-by-phone-call accessory conflicts with --callkit yes");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "CALLKIT, true, yes",
    "CALLKIT, FALSE, no",
    "DEFAULT_TO_SPEAKER, false, no",
    "CALLKIT, Yes, yes",
    "INTERRUPTED_BY_PHONE_CALL, none, no",
    "INTERRUPTED_BY_PHONE_CALL, false, no",
    "EARLIER_PHONE_CALL, no, none",
    "CALL, CellUlar, cellular",
    "ACCESSORY, wiredheadphones, wiredHeadphones"
  })
  void oneVocabularyForYesNoAndNothingHappened(Factor f, String word, String value) {
    assertThat(f.canonical(word)).contains(value);
  }

  @ParameterizedTest
  @CsvSource({"CALL, true", "ACCESSORY, no", "ANSWERED_VIA, none", "CALLKIT, maybe"})
  void wordsThatMeanNothingForAFactAreRefused(Factor f, String word) {
    assertThat(f.canonical(word)).isEmpty();
  }

  @Test
  void aReceiverWithCallKitIsSkipped() {
    Expansion e =
        Expansion.of(
            Given.line(
                "call=app callkit=unknown role=receiver"
                    + " direction=outgoing interrupted-by-phone-call=no"));

    assertThat(e.situations()).allMatch(s -> !s.callKit() && s.get(Factor.CALLKIT).isPresent());
    assertThat(e.notes()).anyMatch(n -> n.contains("only a sender can use CallKit"));
  }

  @Test
  void aDescriptiveFactThatChangesNothingIsKeptAndNoted() {
    Expansion e =
        Expansion.of(
            Given.line(
                "call=cellular callkit=yes direction=outgoing" + " call-audio-routing=automatic"));

    assertThat(e.situations())
        .singleElement()
        .satisfies(s -> assertThat(s.get(Factor.CALLKIT)).contains(new FactValue.CallKit(true)));
    assertThat(e.notes()).anyMatch(n -> n.contains("--callkit yes does not change"));
  }
}
