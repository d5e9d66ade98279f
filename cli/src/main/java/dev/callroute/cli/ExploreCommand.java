package dev.callroute.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code callroute explore}. TODO: owned by the explore helper. */
@Command(name = "explore", mixinStandardHelpOptions = true, description = "TODO")
public final class ExploreCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("callroute explore: not implemented yet");
    return 2;
  }
}
