package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A support form that fills every field: when no situation fits, the one line says why in terms of
 * the flags, never as a list of notes about flags that were fine.
 */
class DoctorFullFormTest {
  @Test
  void aReceiverWithCallKitIsAConflictOfTwoFlagsWhateverTheCall() {
    Captured r =
        Captured.run(
            "doctor",
            "--symptom",
            "audio-on-earpiece",
            "--call",
            "facetime",
            "--callkit",
            "yes",
            "--role",
            "receiver",
            "--direction",
            "incoming",
            "--answered-via",
            "iphone",
            "--earlier-phone-call",
            "none",
            "--interrupted-by-phone-call",
            "no");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "callroute doctor: no situation fits these flags: --role receiver conflicts with"
                + " --callkit yes: only a sender can use CallKit")
        .doesNotContain("noted")
        .doesNotContain("does not change the route");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
