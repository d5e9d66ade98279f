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

  @Test
  void answeringOnWiredHeadphonesNamesTheTwoFlags() {
    Captured r =
        Captured.run(
            "doctor",
            "--symptom",
            "not-on-accessory",
            "--call",
            "cellular",
            "--direction",
            "incoming",
            "--answered-via",
            "accessory",
            "--accessory",
            "wiredHeadphones",
            "--call-audio-routing",
            "automatic",
            "--earlier-phone-call",
            "none");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "callroute doctor: no situation fits these flags: --answered-via accessory conflicts"
                + " with --accessory wiredHeadphones: 'studioHeadphones' has no call button")
        .doesNotContain("noted");
  }

  @Test
  void anEarlierCallAnsweredOnWiredHeadphonesNamesTheTwoFlags() {
    Captured r =
        Captured.run(
            "doctor",
            "--symptom",
            "audio-on-earpiece",
            "--call",
            "app",
            "--callkit",
            "no",
            "--direction",
            "outgoing",
            "--accessory",
            "wiredHeadphones",
            "--earlier-phone-call",
            "accessory",
            "--interrupted-by-phone-call",
            "no",
            "--call-audio-routing",
            "automatic",
            "--mode",
            "voiceChat",
            "--default-to-speaker",
            "no");
    assertThat(r.status()).as(r.out()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "callroute doctor: no situation fits these flags: --earlier-phone-call accessory"
                + " conflicts with --accessory wiredHeadphones:");
  }
}
