package dev.callroute.scenario;

import dev.callroute.core.Accessory;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.World;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(file, "cannot read the file: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return failed(file, "not YAML: the file is not UTF-8 text");
    }
    return read(text, file, stepsOptional);
  }

  /** Reads scenario text; {@code nameForMessages} names it in problems and in the scenario. */
  public static ReadResult read(String text, Path nameForMessages) {
    return read(text, nameForMessages, false);
  }

  /** Reads scenario text; with {@code stepsOptional}, {@code steps} may be absent or empty. */
  public static ReadResult read(String text, Path nameForMessages, boolean stepsOptional) {
    Problems problems = new Problems(nameForMessages);
    Optional<Node> root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(nameForMessages.toString()).build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      SourcePosition at =
          e.getProblemMark().or(e::getContextMark).map(Problems::at).orElse(SourcePosition.START);
      String context =
          e.getContext() == null || e.getContext().isBlank()
              ? ""
              : e.getContext()
                  + e.getContextMark().map(m -> " at line " + (m.getLine() + 1)).orElse("")
                  + ": ";
      problems.add(at, "not YAML: " + context + e.getProblem());
      return new ReadResult(Optional.empty(), problems.sorted());
    } catch (YamlEngineException e) {
      return failed(nameForMessages, "not YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return failed(nameForMessages, "the file is empty; a scenario needs at least name and steps");
    }
    Optional<Scenario> scenario = parse(root.get(), nameForMessages, problems, stepsOptional);
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
    Optional<String> name = Optional.ofNullable(m.get("name")).flatMap(n -> fields.text(n, "name"));
    String description =
        Optional.ofNullable(m.get("description"))
            .flatMap(n -> fields.text(n, "description"))
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
