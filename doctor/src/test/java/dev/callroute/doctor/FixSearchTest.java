package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Rule;
import org.junit.jupiter.api.Test;

/** Pairs of fixes, symptoms no fix removes, and that every verdict comes from re-simulation. */
class FixSearchTest {
  @Test
  void whenNoSingleFixWorksThePairsThatWorkAreReported() {
    Diagnosis d =
        Diagnosis.of(Symptom.MIC_NOT_ON_ACCESSORY, Given.line(Given.VOIP_SPEAKER_ANSWERED));

    Branch b = d.branches().get(0);
    assertThat(b.reproduced()).isTrue();
    assertThat(b.fixes())
        .filteredOn(f -> f.fixes().size() == 1)
        .allMatch(f -> !f.verified())
        .extracting(FixResult::id)
        .contains("adopt-callkit", "set-preferred-input");
    assertThat(b.fixes())
        .filteredOn(f -> f.fixes().size() == 2)
        .allMatch(FixResult::verified)
        .extracting(FixResult::id)
        .contains("adopt-callkit+answer-via-accessory", "adopt-callkit+call-screen-pick");
    FixResult pair =
        b.fixes().stream()
            .filter(f -> f.id().equals("adopt-callkit+answer-via-accessory"))
            .findFirst()
            .orElseThrow();
    assertThat(pair.who()).isEqualTo("app+user");
    assertThat(pair.because()).contains(Rule.CALL_ANSWER_ON_ACCESSORY);
    assertThat(d.exitStatus()).isZero();
  }

  @Test
  void aReceiverHasNoMicrophoneAndNoFixGivesItOne() {
    Diagnosis d =
        Diagnosis.of(
            Symptom.MIC_NOT_ON_ACCESSORY,
            Given.line(
                "call=app callkit=no role=receiver direction=outgoing"
                    + " interrupted-by-phone-call=no"));

    assertThat(d.branches())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.reproduced()).isTrue();
              assertThat(b.fixed()).isFalse();
            });
    assertThat(d.exitStatus()).isEqualTo(1);
    assertThat(TextReport.render(d)).contains("Outside the model", "no fix in the catalogue");
  }

  @Test
  void oneFixedBranchIsEnoughForExitZeroEvenWhenAnotherBranchHasNoFix() {
    Diagnosis d =
        Diagnosis.of(
            Symptom.MIC_NOT_ON_ACCESSORY,
            Given.line(
                "call=app callkit=no role=unknown direction=outgoing accessory=bluetoothSpeaker"
                    + " earlier-phone-call=none interrupted-by-phone-call=no mode=voiceChat"
                    + " default-to-speaker=no"));

    assertThat(d.branches()).filteredOn(Branch::reproduced).hasSize(2);
    assertThat(d.branches())
        .filteredOn(Branch::reproduced)
        .extracting(Branch::fixed)
        .containsExactlyInAnyOrder(true, false);
    assertThat(d.exitStatus()).isZero();
  }

  @Test
  void everyVerdictMatchesAReplayOfTheChangedScenario() {
    GivenFacts open = GivenFacts.none().openRest();
    int checked = 0;
    for (Symptom symptom : Symptom.values()) {
      for (Branch b : Diagnosis.of(symptom, open).branches()) {
        for (FixResult f : b.fixes()) {
          Playback p = f.repro().play();
          boolean gone = p.completed() && !symptom.holds(p.route(), f.repro().accessoryIndex());
          assertThat(f.verified()).as(f.id() + " in " + b.situation()).isEqualTo(gone);
          assertThat(f.repro()).as("a fix changes the scenario").isNotEqualTo(b.repro());
          assertThat(f.because()).as("a verdict names its rules").isNotEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void answerFixesAreNotOfferedForOutgoingCallsNorTheCallScreenForVoip() {
    GivenFacts open = GivenFacts.none().openRest();
    for (Branch b : Diagnosis.of(Symptom.NOT_ON_ACCESSORY, open).branches()) {
      boolean outgoing = "outgoing".equals(b.situation().get("direction"));
      boolean voip = "no".equals(b.situation().get("callkit"));
      for (FixResult f : b.fixes()) {
        if (outgoing) {
          assertThat(f.fixes()).doesNotContain(Fix.ANSWER_VIA_ACCESSORY);
        }
        if (voip && !f.fixes().contains(Fix.ADOPT_CALLKIT)) {
          assertThat(f.fixes()).doesNotContain(Fix.CALL_SCREEN_PICK);
        }
      }
    }
  }
}
