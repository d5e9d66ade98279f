package dev.callroute.cli;

import dev.callroute.doctor.Diagnosis;
import dev.callroute.doctor.Factor;
import dev.callroute.doctor.GivenFacts;
import dev.callroute.doctor.Interview;
import dev.callroute.doctor.JsonReport;
import dev.callroute.doctor.Symptom;
import dev.callroute.doctor.SymptomText;
import dev.callroute.doctor.TextOptions;
import dev.callroute.doctor.TextReport;
import dev.callroute.scenario.DidYouMean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code callroute doctor}: from a reported symptom to its cause and to fixes proven by simulation.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Rebuilds a reported situation as a scenario, shows which rule causes the symptom, and tries"
          + " every known fix by re-running the scenario with it. A fix is recommended only if the"
          + " simulation shows the symptom gone. Each situation flag accepts 'unknown' (the default"
          + " unless noted), which tries every value.",
      "Symptoms: audio-on-earpiece, audio-on-speaker, not-on-accessory, mic-not-on-accessory.",
      "Yes/no flags take yes, no, true or false. The values that say nothing happened"
          + " (--earlier-phone-call none, --interrupted-by-phone-call no; each also takes no, none"
          + " or false) are accepted for any call, and noted where they do not apply; a value that"
          + " contradicts the call is an error naming the two flags.",
      "Exit status: 0 when the symptom is reproduced and a fix is verified, 1 when it is not"
          + " reproduced or no fix works, 2 on invalid input (or an interview cut short, or output"
          + " that could not be written), 3 on a bug in callroute."
    })
public final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ColorOption color;

  @Option(
      names = "--symptom",
      paramLabel = "SYMPTOM",
      description = "A symptom ID, or a file holding a free-text description.")
  String symptom;

  @Option(
      names = "--call",
      paramLabel = "TYPE",
      description = "cellular|facetime|app (default app).")
  String call;

  @Option(names = "--callkit", paramLabel = "YES_NO", description = "yes|no (or true|false).")
  String callKit;

  @Option(names = "--role", paramLabel = "ROLE", description = "sender|receiver (default sender).")
  String role;

  @Option(names = "--direction", paramLabel = "DIR", description = "incoming|outgoing.")
  String direction;

  @Option(
      names = "--answered-via",
      paramLabel = "WHERE",
      description = "iphone|accessory; incoming calls only.")
  String answeredVia;

  @Option(
      names = "--accessory",
      paramLabel = "KIND",
      description =
          "bluetoothHeadset|"
              + "bluetoothSpeaker|wiredHeadset|wiredHeadphones (default bluetoothHeadset).")
  String accessory;

  @Option(
      names = "--call-audio-routing",
      paramLabel = "SETTING",
      description = "automatic|bluetoothHeadset|speaker.")
  String callAudioRouting;

  @Option(
      names = "--earlier-phone-call",
      paramLabel = "WHERE",
      description =
          "none|iphone|accessory: a phone call answered since the accessory connected, and where;"
              + " none (or no) fits any call.")
  String earlierPhoneCall;

  @Option(names = "--mode", paramLabel = "MODE", description = "voiceChat|videoChat.")
  String mode;

  @Option(
      names = "--default-to-speaker",
      paramLabel = "YES_NO",
      description = "yes|no (or true|false).")
  String defaultToSpeaker;

  @Option(
      names = "--interrupted-by-phone-call",
      paramLabel = "WHERE",
      description =
          "no|iphone|accessory: the VoIP call was interrupted by a phone call answered there; no"
              + " (or none) fits any call.")
  String interruptedByPhoneCall;

  @Option(
      names = "--write",
      paramLabel = "DIR",
      description =
          "Write repro.yaml and one fix-<id>.yaml per verified fix into DIR, which must be new or"
              + " empty.")
  Path write;

  @Option(
      names = "--force",
      description =
          "With --write: first remove the files an earlier diagnosis wrote into DIR (and only"
              + " those).")
  boolean force;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Option(
      names = "--summary",
      description =
          "Print only the branches grouped by cause and the closing summary (text format).")
  boolean summary;

  @Option(
      names = "--from-scenario",
      paramLabel = "FILE",
      description =
          "Explain a recorded scenario instead of a described situation (- for standard input).")
  Path fromScenario;

  @Option(
      names = "--at-step",
      paramLabel = "N",
      description =
          "With --from-scenario: the step of the complaint, from 1, not counting expects.")
  Integer atStep;

  private static final String HELP = " (see 'callroute doctor --help')";

  private final Optional<BufferedReader> terminalIn;

  /** The command as picocli creates it: interviews only when run on a terminal. */
  public DoctorCommand() {
    this.terminalIn = Optional.empty();
  }

  /** A command that interviews through {@code in} when input is missing, as on a terminal. */
  DoctorCommand(BufferedReader in) {
    this.terminalIn = Optional.of(in);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!format.equals("text") && !format.equals("json")) {
        throw new DoctorInput.BadInput(
            "--format: '"
                + format
                + "' is not allowed"
                + DidYouMean.hint(format, List.of("text", "json"))
                + "; allowed values: text, json");
      }
      boolean json = format.equals("json");
      PrintWriter notes = json ? err : out;
      Terminal terminal = color.terminal(spec);
      GivenFacts given = DoctorInput.situation(rawSituation());
      Diagnosis d =
          fromScenario != null && Inputs.working(fromScenario)
              ? DoctorInput.recorded(fromScenario, atStep, symptom, given)
              : described(given, notes, terminal.width());
      if (d.branches().isEmpty()) {
        throw new DoctorInput.BadInput(d.nothingFits());
      }
      if (force && write == null) {
        throw new DoctorInput.BadInput("--force goes with --write DIR");
      }
      TextOptions options = new TextOptions(terminal.width(), terminal.unicode(), summary);
      out.print(json ? JsonReport.render(d) : TextReport.render(d, options));
      if (write != null) {
        notes.println();
        DoctorInput.write(d, write, force).forEach(f -> notes.println("Wrote " + f));
      }
      out.flush();
      return d.exitStatus();
    } catch (DoctorInput.BadInput e) {
      String m = e.getMessage();
      err.println(
          "callroute doctor: " + Terminal.escape(m, true) + (m.startsWith("--") ? HELP : ""));
      err.flush();
      if ("json".equals(format)) {
        out.println(ErrorJson.of(m));
        out.flush();
      }
      return 2;
    } catch (Interview.Aborted e) {
      out.flush();
      err.println("callroute doctor: " + e.getMessage());
      err.flush();
      if ("json".equals(format)) {
        out.println(ErrorJson.of(e.getMessage()));
        out.flush();
      }
      return 2;
    } finally {
      Inputs.done();
    }
  }

  /**
   * The diagnosis of the situation the flags describe; on a terminal, an interview fills in a
   * missing symptom or missing situation flags. What was understood of a free-text symptom, and the
   * interview, go to {@code notes}.
   */
  private Diagnosis described(GivenFacts given, PrintWriter notes, int width)
      throws DoctorInput.BadInput, Interview.Aborted {
    if (atStep != null) {
      throw new DoctorInput.BadInput("--at-step needs --from-scenario FILE");
    }
    Optional<SymptomText> text =
        symptom == null ? Optional.empty() : Optional.of(DoctorInput.symptom(symptom));
    text.filter(t -> !t.text().equals(symptom))
        .ifPresent(
            t -> {
              for (String line : t.echo().split("\n")) {
                List<String> wrapped = Terminal.wrap(Terminal.escape(line, true), width - 2);
                notes.println(wrapped.get(0));
                wrapped.subList(1, wrapped.size()).forEach(w -> notes.println("  " + w));
              }
              notes.println();
            });
    Optional<BufferedReader> in = interviewInput();
    if (in.isEmpty() || text.isPresent() && !given.isEmpty()) {
      if (text.isEmpty()) {
        throw new DoctorInput.BadInput(
            "--symptom is required (no terminal to ask on); allowed values: "
                + Symptom.allIds()
                + ", or the name of a file describing the problem");
      }
      return Diagnosis.of(text.get().symptom().orElseThrow(), given);
    }
    Interview iv = new Interview(in.get(), notes, width);
    Optional<Symptom> s = text.flatMap(SymptomText::symptom);
    if (s.isEmpty()) {
      s = iv.askSymptom();
    }
    if (s.isEmpty()) {
      throw new DoctorInput.BadInput(
          "--symptom: no symptom understood; allowed values: " + Symptom.allIds());
    }
    GivenFacts answers = iv.askSituation(s.get(), given);
    notes.println();
    return Diagnosis.of(s.get(), answers);
  }

  private Optional<BufferedReader> interviewInput() {
    if (terminalIn.isPresent()) {
      return terminalIn;
    }
    if (System.console() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
  }

  private Map<Factor, String> rawSituation() {
    Map<Factor, String> raw = new EnumMap<>(Factor.class);
    raw.put(Factor.CALL, call);
    raw.put(Factor.CALLKIT, callKit);
    raw.put(Factor.ROLE, role);
    raw.put(Factor.DIRECTION, direction);
    raw.put(Factor.ANSWERED_VIA, answeredVia);
    raw.put(Factor.ACCESSORY, accessory);
    raw.put(Factor.CALL_AUDIO_ROUTING, callAudioRouting);
    raw.put(Factor.EARLIER_PHONE_CALL, earlierPhoneCall);
    raw.put(Factor.MODE, mode);
    raw.put(Factor.DEFAULT_TO_SPEAKER, defaultToSpeaker);
    raw.put(Factor.INTERRUPTED_BY_PHONE_CALL, interruptedByPhoneCall);
    return raw;
  }
}
