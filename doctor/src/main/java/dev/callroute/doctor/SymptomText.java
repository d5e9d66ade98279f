package dev.callroute.doctor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a free-text report to symptom IDs with keyword lists. The most specific symptom found wins;
 * the others are kept so that the echo can mention them.
 *
 * @param text the report as given
 * @param matches each symptom found, most specific first, with the keywords that matched
 */
public record SymptomText(String text, Map<Symptom, List<String>> matches) {
  /** "can't", "cannot", "can not", "cant". */
  private static final String CANT = "(?:can(?:no|')?t|can not)";

  /** Keyword patterns per symptom, most specific symptom first. */
  private static final Map<Symptom, List<String>> KEYWORDS = keywords();

  public SymptomText {
    Objects.requireNonNull(text, "text");
    matches = Collections.unmodifiableMap(new LinkedHashMap<>(matches));
  }

  private static Map<Symptom, List<String>> keywords() {
    Map<Symptom, List<String>> k = new LinkedHashMap<>();
    k.put(
        Symptom.MIC_NOT_ON_ACCESSORY,
        List.of(
            "microphone",
            "mic",
            "record(?:s|ing)?",
            CANT + " hear (?:me|my voice|us)",
            "(?:doesn't|does not|don't|do not) hear (?:me|my voice)",
            "input"));
    k.put(
        Symptom.AUDIO_ON_EARPIECE,
        List.of(
            "earpiece",
            "handset",
            "receiver",
            "ear speaker",
            "iphone instead",
            "to the iphone",
            "on the iphone",
            "phone's earpiece"));
    k.put(
        Symptom.AUDIO_ON_SPEAKER,
        List.of(
            "loudspeaker",
            "loud speaker",
            "speakerphone",
            "(?:comes?|coming|goes|going|plays?|playing) (?:out of|through|from|on) the"
                + " (?:iphone'?s? |phone'?s? |built-in )?speaker",
            "speaker phone",
            "built-in speaker",
            "iphone'?s speaker",
            "phone speaker",
            "on speaker",
            "speaker mode"));
    k.put(
        Symptom.NOT_ON_ACCESSORY,
        List.of(
            "headset",
            "headphones",
            "airpods",
            "bluetooth",
            "accessory",
            "earbuds",
            "car",
            "not on",
            "instead of",
            "doesn'?t go",
            "does not go",
            CANT + " hear(?! (?:me|my voice|us)\\b)"));
    return k;
  }

  /** Reads a report and finds the symptoms it describes. */
  public static SymptomText understand(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Map<Symptom, List<String>> found = new LinkedHashMap<>();
    KEYWORDS.forEach(
        (symptom, patterns) -> {
          List<String> hits = new ArrayList<>();
          for (String p : patterns) {
            Matcher m = Pattern.compile("\\b" + p + "\\b").matcher(lower);
            if (m.find() && !hits.contains(m.group())) {
              hits.add(m.group());
            }
          }
          if (!hits.isEmpty()) {
            found.put(symptom, hits);
          }
        });
    return new SymptomText(text, found);
  }

  /** The symptom understood: the most specific one found, if any. */
  public Optional<Symptom> symptom() {
    return matches.keySet().stream().findFirst();
  }

  /**
   * The echo: what was understood, whether it is an output or an input problem, and from which
   * words; a second line names other symptoms; a last line quotes the sentences in which nothing
   * was understood.
   */
  public String echo() {
    Optional<Symptom> s = symptom();
    if (s.isEmpty()) {
      return "Understood: nothing. No keyword of any symptom was found.";
    }
    StringBuilder b = new StringBuilder("Understood: ").append(s.get().id());
    b.append(" (")
        .append(kind(s.get()))
        .append(": ")
        .append(s.get().meaning())
        .append("), from \"");
    b.append(String.join("\", \"", matches.get(s.get()))).append('"');
    List<String> others = new ArrayList<>();
    matches.keySet().stream().skip(1).forEach(o -> others.add(o.id() + " (" + kind(o) + ")"));
    if (!others.isEmpty()) {
      b.append(".\nAlso mentioned: ").append(String.join(", ", others));
      b.append("; diagnose separately with --symptom ID");
    }
    b.append('.');
    List<String> rest = notUnderstood();
    if (!rest.isEmpty()) {
      b.append("\nNot understood: \"").append(String.join("\", \"", rest)).append("\".");
    }
    return b.toString();
  }

  /** "an output problem" or "an input problem". */
  private static String kind(Symptom s) {
    return s == Symptom.MIC_NOT_ON_ACCESSORY ? "an input problem" : "an output problem";
  }

  /** The sentences of the report in which no keyword was found, shortened, at most three. */
  List<String> notUnderstood() {
    List<String> out = new ArrayList<>();
    for (String sentence : text.split("[.!?;\\n]+")) {
      String t = sentence.strip().replaceAll("\\s+", " ");
      if (t.isEmpty() || !understand(t).matches().isEmpty()) {
        continue;
      }
      if (out.size() == 3) {
        out.add("...");
        break;
      }
      out.add(t.length() > 60 ? t.substring(0, 57) + "..." : t);
    }
    return out;
  }
}
