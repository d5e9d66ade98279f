package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void specExample() {
    World w = new World(List.of(Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET)), App.DEFAULT);
    State s = State.initial(w, CallAudioRouting.AUTOMATIC, List.of("airpods"));
    Outcome o = Engine.next(s, new Step.IncomingCall("c1", CallType.CELLULAR));
    o = Engine.next(o.state(), new Step.Answer("c1"));
    assertThat(o.decision().route()).isEqualTo(Route.IPHONE);
    assertThat(o.decision().rules()).contains(Rule.CALL_ANSWER_ON_IPHONE);
    o = Engine.next(o.state(), new Step.End("c1"));
    o = Engine.next(o.state(), new Step.Dial("v1", CallType.APP));
    assertThat(o.decision().route()).isEqualTo(Route.IPHONE);
    assertThat(o.decision().rules()).contains(Rule.VOIP_LAST_CALL_ROUTE);
    System.out.println(o);
  }
}
