package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import jixiao.engine.RuleBase;
import jixiao.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao serve}: the reviewers' page, on this machine (or an office network with --host), until stopped. */
@Command(name = "serve",
        description = "Serve the reviewers' page: drop in a report, see each finding on its line, correct a value, "
                + "take the drafted section away in Word; many reports at once in the batch view.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ServeCommand extends Subcommand {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "the port (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "the address to listen on (default 127.0.0.1, this machine alone; 0.0.0.0 opens the page to "
                    + "the network, with a warning)")
    String host;

    @Option(names = "--threads", paramLabel = "N", description = "reports checked at once (default: cores)")
    Integer threads;

    @Mixin
    RulesOption rules;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        if (port < 0 || port > 65_535) {
            throw usage("serve", "--port must be between 0 and 65535, not " + port);
        }
        if (threads != null && threads < 1) {
            throw usage("serve", "--threads must be 1 or more, not " + threads);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw usage("serve", "--host " + host + " is no address of this machine");
        }
        RulesOption.Prepared prepared = rules.prepare(err);
        // The page answers while the rules compile; a check waits for them.
        java.util.concurrent.CompletableFuture<RuleBase> ruleBase = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return prepared.compile();
            } catch (CommandFailure f) {
                throw new java.util.concurrent.CompletionException(String.join("; ", f.lines()), f);
            }
        });
        WebServer server;
        try {
            server = new WebServer(ruleBase, rules.dir(), new InetSocketAddress(address, port),
                    threads != null ? threads : Math.max(2, Runtime.getRuntime().availableProcessors()), Version.tool(),
                    err);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, "jixiao serve: cannot listen on " + host + ":" + port + ": "
                    + OutputFile.reason(e));
        }
        if (!address.isLoopbackAddress()) {
            err.println("warning: --host " + host + " opens the page to every machine that reaches this one on port "
                    + server.port() + ": there is no login, and anyone there can check reports with it");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "jixiao-serve-stop"));
        server.start();
        String shown = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        out.println("jixiao serves http://" + shown + ":" + server.port() + "/ · rules " + prepared.set().fingerprint()
                + " (" + Version.tool() + "); Ctrl-C stops it");
        out.flush();
        try {
            ruleBase.join();
        } catch (java.util.concurrent.CompletionException e) {
            server.stop();
            throw (CommandFailure) e.getCause();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
