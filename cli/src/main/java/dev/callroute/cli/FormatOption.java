package dev.callroute.cli;

import dev.callroute.scenario.DidYouMean;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --format text|json} option of the commands that can answer in JSON. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (the default) or json: one JSON document with the same content.")
  String format;

  /**
   * Whether the answer is JSON.
   *
   * @throws ParameterException for a value other than text or json, naming the nearest
   */
  boolean json(CommandSpec spec) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': '"
              + format
              + "'"
              + DidYouMean.hint(format, List.of("text", "json"))
              + "; expected text or json");
    }
    return format.equals("json");
  }
}
