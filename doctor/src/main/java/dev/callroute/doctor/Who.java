package dev.callroute.doctor;

/** Who applies a fix. */
public enum Who {
  /** The person holding the iPhone. */
  USER("user"),
  /** The app's developer, in code. */
  APP("app");

  private final String id;

  Who(String id) {
    this.id = id;
  }

  /** The word used in reports. */
  public String id() {
    return id;
  }
}
