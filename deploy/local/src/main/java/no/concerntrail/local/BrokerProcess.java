package no.concerntrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The KRaft server as its own JVM ({@link BrokerMain}), on this JVM's class path, its output appended to a log file:
 * so it can be stopped, and killed, on its own.
 */
final class BrokerProcess {

    private static final String JUL_PROVIDER = "org.slf4j.jul.JULServiceProvider";
    private static final String JBOSS_LOG_MANAGER = "org.jboss.logmanager.LogManager";
    private static final long STOP_SECONDS = 30;
    private static final int LOG_TAIL_CHARACTERS = 4_000;

    private final Process process;
    private final Path log;

    private BrokerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static BrokerProcess start(Path configFile, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
        // the broker logs through slf4j into java.util.logging, where QuietLogging sets its levels: with slf4j's own
        // provider for it (the run command has it), or through the JBoss LogManager (a Quarkus classpath has it)
        if (hasClass(JUL_PROVIDER)) {
            command.add("-Dslf4j.provider=" + JUL_PROVIDER);
        } else if (hasClass(JBOSS_LOG_MANAGER)) {
            command.add("-Djava.util.logging.manager=" + JBOSS_LOG_MANAGER);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(),
                configFile.toString()));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .start();
            return new BrokerProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM: a clean shutdown, so the next start needs no log recovery; SIGKILL if it takes too long. */
    void stop() {
        process.destroy();
        if (!waitFor()) {
            kill();
        }
    }

    /** SIGKILL, as a crash or the OOM killer would: nothing is flushed or closed. */
    void kill() {
        process.destroyForcibly();
        if (!waitFor()) {
            throw new IllegalStateException("the Kafka broker (pid " + pid() + ") did not die of SIGKILL");
        }
    }

    /** Why a start failed: the end of the broker's log, or that it still runs. */
    String describe() {
        String state = process.isAlive() ? "running" : "ended with status " + process.exitValue();
        return "the broker process (pid " + pid() + ") " + state + "; the end of " + log + ":\n" + logTail();
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - LOG_TAIL_CHARACTERS));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static boolean hasClass(String name) {
        try {
            Class.forName(name, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
