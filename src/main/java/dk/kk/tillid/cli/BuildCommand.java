package dk.kk.tillid.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "build", description = "Bager sitet til target/site/.")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
