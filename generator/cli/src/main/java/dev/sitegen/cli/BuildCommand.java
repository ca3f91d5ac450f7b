package dev.sitegen.cli;

import dev.sitegen.BuildConfig;
import dev.sitegen.BuildResult;
import dev.sitegen.SiteGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "build", description = "Render the content folder into the output folder.", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    SiteOptions.Output output;

    @Option(names = "--cache", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep what the next build can reuse in the output folder, so that a build with nothing changed"
                    + " finishes at once (on by default; --no-cache builds from scratch and keeps nothing).")
    boolean cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildConfig config = options.toConfig(output.folder);
        BuildResult result = SiteGenerator.generate(cache ? config.withCache(config.cacheInOutput()) : config, ProgressLine.forTerminal(spec.commandLine().getErr()));
        Report.print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
        return result.success() ? Main.OK : Main.PROBLEMS;
    }
}
