package dev.callroute.doctor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a user about their situation, most decisive facts first: the call type, then CallKit, are
 * always asked. Any other question is skipped when it does not apply, or when no answer to it could
 * change whether the symptom is reproduced. Every question accepts "?" for "don't know".
 */
public final class Interview {
  private static final int ATTEMPTS = 3;
  private static final Set<String> DONT_KNOW =
      Set.of("?", "don't know", "dont know", "unknown", "not sure", "idk");

  private final BufferedReader in;
  private final PrintWriter out;
  private final int width;

  /** The input ended (Ctrl-D) before every question was answered: nothing is diagnosed. */
  public static final class Aborted extends Exception {
    private static final long serialVersionUID = 1L;

    Aborted(String question) {
      super(
          "the interview was aborted: the input ended at "
              + question
              + "; nothing was diagnosed (answer ? for \"don't know\")");
    }
  }

  /** An interview for 100 columns, reading answers from {@code in} and asking on {@code out}. */
  public Interview(BufferedReader in, PrintWriter out) {
    this(in, out, 100);
  }

  /** An interview whose questions are wrapped at {@code width} columns, between words. */
  public Interview(BufferedReader in, PrintWriter out, int width) {
    this.in = in;
    this.out = out;
    this.width = Math.max(40, width);
  }

  /**
   * Asks what is wrong until a symptom is understood; empty after three answers that name none.
   *
   * @throws Aborted when the input ends first
   */
  public Optional<Symptom> askSymptom() throws Aborted {
    say("What is wrong? Answer with a number, an ID, or describe it in your words.", "");
    Symptom[] all = Symptom.values();
    for (int i = 0; i < all.length; i++) {
      say("  [" + (i + 1) + "] " + all[i].id() + ": " + all[i].meaning(), "      ");
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String answer = readLine("> ", "the question what is wrong");
      Optional<Symptom> s = byNumberOrId(answer, all);
      if (s.isPresent()) {
        return s;
      }
      SymptomText text = SymptomText.understand(answer);
      for (String line : text.echo().split("\n")) {
        say(line, "  ");
      }
      if (text.symptom().isPresent()) {
        return text.symptom();
      }
    }
    return Optional.empty();
  }

  /**
   * Asks about every fact the user did not give, skipping those that do not apply or cannot change
   * the verdict. The answer is the given facts plus the answers; "don't know" leaves a fact
   * unknown.
   *
   * @throws Aborted when the input ends before every question is answered
   */
  public GivenFacts askSituation(Symptom symptom, GivenFacts given) throws Aborted {
    GivenFacts answers = given;
    List<String> skipped = new ArrayList<>();
    for (Factor f : Factor.values()) {
      if (answers.named().contains(f)) {
        continue;
      }
      boolean applies = f == Factor.CALL || applies(answers, f);
      boolean first = f == Factor.CALL || f == Factor.CALLKIT;
      if (!applies || !first && !decisive(symptom, answers, f)) {
        answers = answers.with(f, Optional.empty());
        if (applies) {
          skipped.add(f.option());
        }
        continue;
      }
      answers = answers.with(f, f.parse(ask(f)));
    }
    if (!skipped.isEmpty()) {
      say("Not asked, because no answer changes the verdict: " + String.join(", ", skipped), "  ");
    }
    return answers;
  }

  /** Whether {@code f} applies to some situation the answers so far allow. */
  static boolean applies(GivenFacts answers, Factor f) {
    return Expansion.of(answers.openRest()).situations().stream()
        .anyMatch(s -> s.get(f).isPresent());
  }

  /**
   * Whether the answer to {@code f} can change the verdict: two situations still possible that
   * differ in {@code f}, and agree on every other fact both have, differ in whether the symptom
   * shows.
   */
  static boolean decisive(Symptom symptom, GivenFacts answers, Factor f) {
    List<Situation> situations = new ArrayList<>();
    List<Boolean> verdicts = new ArrayList<>();
    for (Situation s : Expansion.of(answers.openRest()).situations()) {
      Optional<Repro> repro = ReproBuilder.build(s);
      if (s.get(f).isEmpty() || repro.isEmpty()) {
        continue;
      }
      Playback p = repro.get().play();
      if (p.completed()) {
        situations.add(s);
        verdicts.add(symptom.holds(p.route(), repro.get().accessoryIndex()));
      }
    }
    for (int i = 0; i < situations.size(); i++) {
      for (int j = i + 1; j < situations.size(); j++) {
        if (verdicts.get(i) != verdicts.get(j)
            && differOnlyIn(situations.get(i), situations.get(j), f)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two situations differ in {@code f} and agree on every other fact both have. */
  private static boolean differOnlyIn(Situation a, Situation b, Factor f) {
    if (a.get(f).equals(b.get(f))) {
      return false;
    }
    for (Map.Entry<Factor, FactValue> e : a.facts().entrySet()) {
      FactValue other = b.facts().get(e.getKey());
      if (e.getKey() != f && other != null && !other.equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private String ask(Factor f) throws Aborted {
    List<String> choices = f.choices();
    StringBuilder q = new StringBuilder(f.question());
    for (int i = 0; i < choices.size(); i++) {
      q.append(" [").append(i + 1).append("]\u00a0").append(choices.get(i));
    }
    boolean hasDefault = !Factor.UNKNOWN.equals(f.defaultValue());
    q.append(
        hasDefault
            ? " (Enter:\u00a0" + f.defaultValue() + ", ?:\u00a0don't\u00a0know)"
            : " (?:\u00a0don't\u00a0know)");
    say(q.toString(), "  ");
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String a = readLine(f.option() + "> ", "the question " + f.option()).toLowerCase(Locale.ROOT);
      if (a.isEmpty()) {
        return f.defaultValue();
      }
      if (DONT_KNOW.contains(a)) {
        return Factor.UNKNOWN;
      }
      Optional<String> value = answer(f, a);
      if (value.isPresent()) {
        return value.get();
      }
      say("Please answer " + String.join(", ", choices) + ", a number, or ?.", "  ");
    }
    out.println("Taking that as don't know.");
    return Factor.UNKNOWN;
  }

  /** The value an answer stands for: a number, a value, and for yes/no questions y or n. */
  static Optional<String> answer(Factor f, String a) {
    List<String> choices = f.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (a.equals(String.valueOf(i + 1))) {
        return Optional.of(choices.get(i));
      }
    }
    if (f.yesNo() && (a.equals("y") || a.equals("n"))) {
      return Optional.of(a.equals("y") ? "yes" : "no");
    }
    return f.canonical(a).filter(v -> !Factor.UNKNOWN.equals(v));
  }

  /**
   * Prints text wrapped at the width between words (a no-break space keeps two words together);
   * lines after the first start with {@code indent}.
   */
  private void say(String text, String indent) {
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    StringBuilder line = new StringBuilder(text.substring(0, lead));
    boolean empty = true;
    for (String word : text.substring(lead).split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        out.println(line.toString().replace('\u00a0', ' '));
        line = new StringBuilder(indent);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.println(line.toString().replace('\u00a0', ' '));
  }

  private String readLine(String prompt, String question) throws Aborted {
    out.print(prompt);
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        out.println();
        throw new Aborted(question);
      }
      return line.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Symptom> byNumberOrId(String answer, Symptom[] all) {
    for (int i = 0; i < all.length; i++) {
      if (answer.equals(String.valueOf(i + 1)) || answer.equalsIgnoreCase(all[i].id())) {
        return Optional.of(all[i]);
      }
    }
    return Optional.empty();
  }
}
