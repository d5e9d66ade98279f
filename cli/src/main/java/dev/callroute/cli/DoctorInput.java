package dev.callroute.cli;

import dev.callroute.doctor.Diagnosis;
import dev.callroute.doctor.Factor;
import dev.callroute.doctor.GivenFacts;
import dev.callroute.doctor.Recorded;
import dev.callroute.doctor.ReproFiles;
import dev.callroute.doctor.Symptom;
import dev.callroute.doctor.SymptomText;
import dev.callroute.scenario.AtomicFiles;
import dev.callroute.scenario.DidYouMean;
import dev.callroute.scenario.Quote;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the doctor's flags; every problem is a message naming the flag and its allowed values. */
final class DoctorInput {
  private DoctorInput() {}

  /** A flag value the user got wrong; its message is shown as is. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** The situation flags given, checked against their allowed values, as typed facts. */
  static GivenFacts situation(Map<Factor, String> raw) throws BadInput {
    Map<Factor, String> out = new EnumMap<>(Factor.class);
    for (Map.Entry<Factor, String> e : raw.entrySet()) {
      Factor f = e.getKey();
      String v = e.getValue();
      if (v == null) {
        continue;
      }
      Optional<String> value = f.canonical(v);
      if (value.isEmpty()) {
        List<String> words = new ArrayList<>(f.choices());
        words.add(Factor.UNKNOWN);
        throw new BadInput(
            f.option()
                + ": '"
                + v
                + "' is not allowed"
                + DidYouMean.hint(v, words)
                + "; allowed values: "
                + f.allowed()
                + (f.yesNo() ? " (or true, false)" : ""));
      }
      out.put(f, value.get());
    }
    return GivenFacts.parse(out);
  }

  /** A symptom ID, or the name of a file whose free text names one. */
  static SymptomText symptom(String value) throws BadInput {
    if (Symptom.byId(value).isPresent()) {
      Symptom s = Symptom.byId(value).get();
      return new SymptomText(value, Map.of(s, List.of(value)));
    }
    Path file = Path.of(value);
    if (!file.equals(RunFiles.STANDARD_INPUT) && !Files.exists(file)) {
      throw new BadInput(
          "--symptom: '"
              + Quote.shortened(value)
              + "' is neither a symptom nor a readable file"
              + DidYouMean.hint(value, Symptom.ids())
              + "; allowed values: "
              + Symptom.allIds()
              + ", or the name of a file describing the problem (- for standard input)");
    }
    SourceText source =
        file.equals(RunFiles.STANDARD_INPUT)
            ? SourceText.of(System.in, SourceText.STANDARD_INPUT)
            : SourceText.of(file);
    if (source.problem().isPresent()) {
      throw new BadInput("--symptom: " + source.problem().get());
    }
    String text = source.text().orElseThrow();
    SymptomText understood = SymptomText.understand(text);
    if (understood.symptom().isEmpty()) {
      throw new BadInput(
          "--symptom: no symptom recognised in '"
              + value
              + "' (looked for words such as earpiece, loudspeaker, microphone, headset);"
              + " give one of: "
              + Symptom.allIds());
    }
    return understood;
  }

  /** The diagnosis of a recorded scenario at a step; the situation comes from the file alone. */
  static Diagnosis recorded(Path file, Integer atStep, String symptom, GivenFacts given)
      throws BadInput {
    if (!given.isEmpty()) {
      throw new BadInput(
          "--from-scenario takes the situation from the file; leave out "
              + given.named().iterator().next().option()
              + " and the other situation flags");
    }
    if (atStep == null) {
      throw new BadInput("--from-scenario needs --at-step N (from 1, not counting expect entries)");
    }
    if (symptom == null) {
      throw new BadInput(
          "--symptom is required with --from-scenario; allowed values: " + Symptom.allIds());
    }
    Symptom s = symptom(symptom).symptom().orElseThrow();
    ReadResult read =
        file.equals(RunFiles.STANDARD_INPUT)
            ? ScenarioReader.read(System.in, SourceText.STANDARD_INPUT, false)
            : ScenarioReader.read(file);
    if (!read.valid()) {
      StringBuilder b = new StringBuilder("--from-scenario: invalid file");
      read.problems().forEach(p -> b.append('\n').append(p));
      throw new BadInput(b.toString());
    }
    try {
      return Recorded.diagnose(s, read.scenario().orElseThrow(), atStep);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
  }

  /**
   * Writes the scenario files of a diagnosis into a new or empty folder ({@code force}: emptied of
   * an earlier diagnosis's files first); a failure is bad input naming {@code --write}.
   */
  static List<Path> write(Diagnosis d, Path dir, boolean force) throws BadInput {
    try {
      return ReproFiles.write(d, dir, force);
    } catch (ReproFiles.Refused e) {
      throw new BadInput("--write: " + e.getMessage());
    } catch (FileAlreadyExistsException e) {
      throw new BadInput(
          "--write: " + e.getFile() + " exists already; callroute doctor never replaces a file");
    } catch (IOException e) {
      throw new BadInput("--write: cannot write into '" + dir + "': " + AtomicFiles.reason(e));
    } catch (UncheckedIOException e) {
      throw new BadInput(
          "--write: cannot write into '" + dir + "': " + AtomicFiles.reason(e.getCause()));
    }
  }
}
