package dev.callroute.trace.read;

/**
 * Parses one {@code <AVAudioSessionPortDescription: 0x…, type = …; name = …; UID = …;
 * selectedDataSource = …>} (§2), tolerating a nested data source description and {@code \U2019}
 * escapes in names.
 */
final class PortText {
  static final String START = "<AVAudioSessionPortDescription";

  private PortText() {}

  /** A parsed port and the index just after its closing {@code >}. */
  record Parsed(LoggedPort port, int end) {}

  /** The port starting at {@code from} (the index of {@link #START}); null when it is cut. */
  static Parsed parse(String s, int from) {
    int type = s.indexOf("type = ", from);
    if (type < 0) {
      return null;
    }
    int typeEnd = s.indexOf(';', type);
    int name = s.indexOf("name = ", from);
    int uid = s.indexOf("UID = ", from);
    if (typeEnd < 0 || name < 0 || uid < 0 || uid < name) {
      return null;
    }
    int nameEnd = s.lastIndexOf(';', uid);
    int sel = s.indexOf("selectedDataSource", uid);
    int uidEnd = sel >= 0 ? s.lastIndexOf(';', sel) : s.indexOf('>', uid);
    if (nameEnd < name || uidEnd < uid) {
      return null;
    }
    int end;
    if (sel >= 0) {
      int eq = s.indexOf('=', sel);
      int v = eq < 0 ? sel : eq + 1;
      while (v < s.length() && s.charAt(v) == ' ') {
        v++;
      }
      int close = v < s.length() && s.charAt(v) == '<' ? s.indexOf('>', v) + 1 : v;
      if (close <= 0) {
        return null;
      }
      end = s.indexOf('>', close);
    } else {
      end = uidEnd;
    }
    if (end < 0) {
      return null;
    }
    return new Parsed(
        new LoggedPort(
            s.substring(type + 7, typeEnd).strip(),
            unescape(s.substring(name + 7, nameEnd).strip()),
            s.substring(uid + 6, uidEnd).strip()),
        end + 1);
  }

  /** Replaces {@code \U2019}-style escapes with their characters. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\'
          && i + 5 < s.length() + 0
          && (s.charAt(i + 1) == 'U' || s.charAt(i + 1) == 'u')
          && isHex(s, i + 2, i + 6)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
