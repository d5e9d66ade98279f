package dev.callroute.core;

/**
 * The three reasons of the FAQ the rules come from, as {@code docs/routing-rules.md} cites them
 * ("FAQ reason N") next to the rules that implement them. Reason 1 has a phone-call half and a VoIP
 * half.
 */
public enum FaqReason {
  /** Reason 1 for phone, FaceTime and CallKit calls: the answer path decides. */
  REASON_1_PHONE(
      1,
      "FAQ reason 1: a phone call (including FaceTime and CallKit) answered on the iPhone goes to"
          + " the iPhone; answered on the Bluetooth device, it goes to the device."),
  /** Reason 1 for VoIP calls: Bluetooth when no phone call since it connected, else the last. */
  REASON_1_VOIP(
      1,
      "FAQ reason 1: a VoIP call goes to the Bluetooth device if no phone call was answered since"
          + " the device connected; otherwise it takes the route of the last phone or VoIP call."),
  /** Reason 2: the input and output of Bluetooth HFP go together. */
  REASON_2(
      2,
      "FAQ reason 2: input and output go together, so moving the microphone to Bluetooth moves"
          + " the output too."),
  /** Reason 3: a Bluetooth speaker records only during a system call. */
  REASON_3(
      3,
      "FAQ reason 3: a Bluetooth speaker records only during a system call (phone, FaceTime,"
          + " CallKit); a VoIP call without CallKit cannot use its microphone.");

  private final int number;
  private final String text;

  FaqReason(int number, String text) {
    this.number = number;
    this.text = text;
  }

  /** The number the FAQ gives this reason: 1, 2 or 3. */
  public int number() {
    return number;
  }

  /** The reason in words, starting "FAQ reason N:". */
  public String text() {
    return text;
  }
}
