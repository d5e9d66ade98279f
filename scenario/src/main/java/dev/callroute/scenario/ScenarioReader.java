package dev.callroute.scenario;

import dev.callroute.core.Accessory;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.World;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates scenario files (format 1). Every problem of a file is reported, each at the
 * node it is about, as {@code file:line:column: message}.
 */
public final class ScenarioReader {
  /** The top-level keys of a scenario. */
  static final List<String> TOP_KEYS =
      List.of("name", "description", "settings", "accessories", "app", "steps");

  private ScenarioReader() {}

  /** Reads a scenario file; {@code steps} is required. */
  public static ReadResult read(Path file) {
    return read(file, false);
  }

  /** Reads a scenario file; with {@code stepsOptional}, {@code steps} may be absent or empty. */
  public static ReadResult read(Path file, boolean stepsOptional) {
    return read(SourceText.of(file), stepsOptional);
  }

  /** Reads scenario text from a stream, such as standard input, within the file size limit. */
  public static ReadResult read(InputStream in, Path nameForMessages, boolean stepsOptional) {
    return read(SourceText.of(in, nameForMessages), stepsOptional);
  }

  private static ReadResult read(SourceText source, boolean stepsOptional) {
    if (source.problem().isPresent()) {
      return new ReadResult(Optional.empty(), List.of(source.problem().get()));
    }
    return read(source.text().orElseThrow(), source.name(), stepsOptional);
  }

  /** Reads scenario text; {@code nameForMessages} names it in problems and in the scenario. */
  public static ReadResult read(String text, Path nameForMessages) {
    return read(text, nameForMessages, false);
  }

  /** Reads scenario text; with {@code stepsOptional}, {@code steps} may be absent or empty. */
  public static ReadResult read(String text, Path nameForMessages, boolean stepsOptional) {
    YamlSyntax.Parsed parsed = YamlSyntax.parse(text, nameForMessages);
    if (parsed.problem.isPresent()) {
      return new ReadResult(Optional.empty(), List.of(parsed.problem.get()));
    }
    if (parsed.root.isEmpty()) {
      return failed(nameForMessages, "the file is empty; a scenario needs at least name and steps");
    }
    Problems problems = new Problems(nameForMessages);
    Optional<Scenario> scenario =
        parse(parsed.root.get(), nameForMessages, problems, stepsOptional);
    return problems.any() || scenario.isEmpty()
        ? new ReadResult(Optional.empty(), problems.sorted())
        : new ReadResult(scenario, List.of());
  }

  private static ReadResult failed(Path file, String message) {
    return new ReadResult(Optional.empty(), List.of(new Problem(file, 1, 1, message)));
  }

  private static Optional<Scenario> parse(
      Node root, Path file, Problems problems, boolean stepsOptional) {
    Fields fields = new Fields(problems);
    Optional<Map<String, Node>> read = fields.map(root, "a scenario", TOP_KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> m = read.get();
    fields.require(m, root, "name", "a scenario");
    if (!stepsOptional) {
      fields.require(m, root, "steps", "a scenario");
    }
    Optional<String> name =
        Optional.ofNullable(m.get("name"))
            .flatMap(n -> fields.text(n, "name", Limits.MAX_NAME_LENGTH));
    String description =
        Optional.ofNullable(m.get("description"))
            .flatMap(n -> fields.text(n, "description", Limits.MAX_DESCRIPTION_LENGTH))
            .orElse("");
    WorldParser world = new WorldParser(fields, problems);
    CallAudioRouting routing =
        m.containsKey("settings") ? world.settings(m.get("settings")) : CallAudioRouting.AUTOMATIC;
    List<WorldParser.Declared> declared =
        m.containsKey("accessories") ? world.accessories(m.get("accessories")) : List.of();
    App app = m.containsKey("app") ? world.app(m.get("app")) : App.DEFAULT;
    StepParser stepParser = new StepParser(fields, problems, world);
    List<ScenarioStep> steps =
        m.containsKey("steps") ? stepParser.steps(m.get("steps"), stepsOptional) : List.of();
    if (problems.any() || name.isEmpty()) {
      return Optional.empty();
    }
    List<Accessory> accessories = new ArrayList<>();
    List<String> connectedFirst = new ArrayList<>();
    for (WorldParser.Declared d : declared) {
      accessories.add(d.accessory());
      if (d.connected()) {
        connectedFirst.add(d.accessory().id());
      }
    }
    World w = new World(accessories, app);
    return Optional.of(
        new Scenario(name.get(), description, w, routing, connectedFirst, steps, file));
  }
}
