package dev.callroute.scenario;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Turns scenario text into one YAML node tree within the {@link Limits}, or into one problem in
 * plain words at the position where the text stops being readable YAML.
 */
final class YamlSyntax {
  private YamlSyntax() {}

  /** The node tree, or the problem. */
  static final class Parsed {
    final Optional<Node> root;
    final Optional<Problem> problem;

    private Parsed(Optional<Node> root, Optional<Problem> problem) {
      this.root = root;
      this.problem = problem;
    }
  }

  private static final Pattern VERSION = Pattern.compile("(?m)^%YAML[ \\t]+(\\S*)");

  /** Parses the text of one YAML document; an empty text gives no root and no problem. */
  static Parsed parse(String text, Path name) {
    Optional<Problem> before = checkText(text, name);
    if (before.isPresent()) {
      return new Parsed(Optional.empty(), before);
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name.toString())
            .setMaxAliasesForCollections(Limits.MAX_ALIASES)
            .setCodePointLimit(Integer.MAX_VALUE)
            // The reader copies its window each time it reads a buffer more, so a long scalar or
            // comment costs time quadratic in its length unless one buffer holds the whole text.
            .setBufferSize(Math.max(1024, text.length() + 2))
            .build();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      return new Parsed(
          new Composer(settings, new LimitedParser(parser)).getSingleNode(), Optional.empty());
    } catch (LimitedParser.LimitPassed e) {
      return failed(name, e.at, e.getMessage());
    } catch (MarkedYamlEngineException e) {
      SourcePosition at =
          e.getProblemMark().or(e::getContextMark).map(Problems::at).orElse(SourcePosition.START);
      return failed(name, at, plainWords(e));
    } catch (YamlEngineException e) {
      return failed(name, SourcePosition.START, "not YAML: " + e.getMessage());
    } catch (StackOverflowError e) {
      return failed(
          name,
          SourcePosition.START,
          "nested too deeply to read (more than " + Limits.MAX_DEPTH + " lists and maps)");
    }
  }

  /**
   * What the parser would report without a position: a character YAML does not allow (such as NUL
   * or an escape), more code points than {@link Limits#MAX_CODE_POINTS}, or a {@code %YAML} version
   * other than 1.x.
   */
  private static Optional<Problem> checkText(String text, Path name) {
    int codePoints = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (++codePoints > Limits.MAX_CODE_POINTS) {
        return problem(
            name,
            SourceText.position(text, i),
            "more than "
                + Limits.count(Limits.MAX_CODE_POINTS)
                + " characters, the most callroute reads; the limit is passed here");
      }
      if (!StreamReader.isPrintable(c)) {
        return problem(
            name,
            SourceText.position(text, i),
            String.format(
                java.util.Locale.ROOT,
                "the control character U+%04X is not allowed in YAML; remove it",
                c));
      }
      i += Character.charCount(c);
    }
    Matcher m = VERSION.matcher(text);
    if (m.find() && !m.group(1).matches("1\\.[0-9]+")) {
      return problem(
          name,
          SourceText.position(text, m.start(1)),
          "YAML version '"
              + Quote.shortened(m.group(1))
              + "' is not supported; callroute reads YAML 1.2 (write %YAML 1.2, or leave the line"
              + " out)");
    }
    return Optional.empty();
  }

  /** The parser's complaint in plain words. */
  private static String plainWords(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Optional<Mark> contextMark = e.getContextMark();
    if (problem.contains("\\t(TAB)") || problem.contains("found a tab")) {
      return "tabs can't indent YAML; use spaces";
    }
    if (problem.startsWith("expected <block end>") && contextMark.isPresent()) {
      Mark start = contextMark.get();
      String what = context.contains("mapping") ? "map" : "list";
      return "bad indentation: this line does not line up with the "
          + what
          + " that starts at line "
          + (start.getLine() + 1)
          + "; indent it by "
          + start.getColumn()
          + (start.getColumn() == 1 ? " space" : " spaces")
          + " to continue that "
          + what
          + ", or less to end it";
    }
    if (problem.equals("mapping values are not allowed here")) {
      return "a ':' is not allowed here: indent this line like the key above it, or quote a"
          + " value that contains ': '";
    }
    if (problem.startsWith("could not find expected ':'")) {
      return "expected 'key: value' here: check the indentation of this line and the line"
          + " above, or close a quote that is still open";
    }
    String where =
        context.isBlank()
            ? ""
            : context + contextMark.map(m -> " at line " + (m.getLine() + 1)).orElse("") + ": ";
    return "not YAML: " + where + problem;
  }

  private static Parsed failed(Path name, SourcePosition at, String message) {
    return new Parsed(Optional.empty(), problem(name, at, message));
  }

  private static Optional<Problem> problem(Path name, SourcePosition at, String message) {
    return Optional.of(Problem.at(name, at, message));
  }
}
