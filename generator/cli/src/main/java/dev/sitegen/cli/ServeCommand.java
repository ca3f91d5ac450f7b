package dev.sitegen.cli;

import dev.sitegen.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, serve it on this machine, and rebuild it as you edit the content or templates: "
                + "open pages reload, and show a build's errors until you fix them. Ctrl+C stops it.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    SiteOptions.Output output;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to serve on; if it is taken, the next free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Where to listen: this machine only by default; 0.0.0.0 to let other machines see the site too.")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host: no such address: " + host);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port (0 to 65535)");
        }
        DevServer server;
        try {
            server = DevServer.start(output.config(options), address, port, new StandardStreams(out, err));
        } catch (IOException e) {
            err.println("site-gen: cannot serve: " + e.getMessage());
            return e instanceof DevServer.Refused ? Main.PROBLEMS : Main.FAILURE;
        }
        server.serveUntilStopped();
        return Main.OK;
    }

    /** As build prints them: news on standard output, problems and failures on standard error. */
    private record StandardStreams(PrintWriter out, PrintWriter err) implements DevServer.Log {
        @Override
        public void info(String line) {
            out.println(line);
            out.flush();
        }

        @Override
        public void warning(String line) {
            error(line);
        }

        @Override
        public void error(String line) {
            err.println(line);
            err.flush();
        }
    }
}
