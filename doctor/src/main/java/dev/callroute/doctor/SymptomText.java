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
        List.of("microphone", "mic", "record(?:s|ing)?", "can(?:no|')t hear me", "input"));
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
            "speakerphone",
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
            "does not go"));
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

  /** The echo: what was understood and from which words; a second line names other symptoms. */
  public String echo() {
    Optional<Symptom> s = symptom();
    if (s.isEmpty()) {
      return "Understood: nothing. No keyword of any symptom was found.";
    }
    StringBuilder b = new StringBuilder("Understood: ").append(s.get().id());
    b.append(" (").append(s.get().meaning()).append("), from \"");
    b.append(String.join("\", \"", matches.get(s.get()))).append('"');
    List<String> others = new ArrayList<>();
    matches.keySet().stream().skip(1).forEach(o -> others.add(o.id()));
    if (!others.isEmpty()) {
      b.append(".\nAlso mentioned: ").append(String.join(", ", others));
      b.append(" (diagnose separately with --symptom ID)");
    }
    return b.append('.').toString();
  }
}
