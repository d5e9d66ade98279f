package dev.callroute.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code callroute run}. TODO: owned by the run helper. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "TODO")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("callroute run: not implemented yet");
    return 2;
  }
}
