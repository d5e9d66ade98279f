package dev.callroute.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code callroute doctor}. TODO: owned by the doctor helper. */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = "TODO")
public final class DoctorCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("callroute doctor: not implemented yet");
    return 2;
  }
}
