package no.concerntrail.cases.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.concerntrail.cases.domain.ConcernCategory;
import no.concerntrail.cases.domain.ConcernLevel;
import no.concerntrail.cases.domain.ConcernSource;
import no.concerntrail.cases.domain.Reporter;
import no.concerntrail.cases.domain.event.ConcernReceived;
import no.concerntrail.platform.police.PoliceDistrict;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/**
 * The replay keeps nothing of what it has written: a history four times the size of the heap passes through it in a
 * JVM of its own with a 64 MB heap (were it held, the JVM would run out of memory and fail).
 */
class AnalyticsReplayMemoryTest {

    private static final int HEAP_MB = 64;
    private static final int HISTORY_MB = 4 * HEAP_MB;

    @Test
    void aHistoryFourTimesTheHeapPassesThroughIt() throws Exception {
        Process replay = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"),
                ThroughASmallHeap.class.getName(), Integer.toString(HISTORY_MB)).redirectErrorStream(true).start();
        String output = new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(replay.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(replay.exitValue()).as(output).isZero();
        assertThat(output).contains("replayed " + HISTORY_MB + " events");
    }

    /** The replay in a JVM of its own: {@code args[0]} concerns received, each with a summary of 1 MB. */
    public static final class ThroughASmallHeap {

        public static void main(String[] args) {
            int events = Integer.parseInt(args[0]);
            AnalyticsReplay replay = new AnalyticsReplay();
            Pseudonyms pseudonyms = new Pseudonyms(new byte[32], "memory");
            // no database: the reports read as erased ones do, with no person to look up
            replay.history = new AnalystsHistory(pseudonyms, new PersonSalts(null, pseudonyms), null, "topic");
            long written = replay.write(new AnalyticsReplay.Window(null, null, Set.of()), history(events),
                    OutputStream.nullOutputStream());
            System.out.println("replayed " + written + " events");
        }

        /** Made as they are read, a megabyte each: only the replay could keep them. */
        private static Iterator<EventMessage<?>> history(int events) {
            return new Iterator<>() {
                private int made;

                @Override
                public boolean hasNext() {
                    return made < events;
                }

                @Override
                public EventMessage<?> next() {
                    made++;
                    char[] summary = new char[1 << 20];
                    Arrays.fill(summary, (char) ('a' + made % 26));
                    return GenericEventMessage.asEventMessage(new ConcernReceived(UUID.randomUUID(),
                            PoliceDistrict.OSLO, ConcernSource.SCHOOL, new Reporter("Reporter", null, "teacher"),
                            null, "Drammen", ConcernCategory.RADICALISATION, new String(summary), ConcernLevel.MODERATE,
                            "officer", Instant.now()));
                }
            };
        }
    }
}
