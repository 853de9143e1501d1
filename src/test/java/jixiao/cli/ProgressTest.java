package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final String BLANK = "\r" + " ".repeat(79) + "\r";

    @Test
    void theLineShowsTheShareDoneTheCountAndTheRate() {
        assertThat(Progress.line(5, 10, 2.0)).isEqualTo("\r[" + "#".repeat(15) + " ".repeat(15) + "] 5/10 reports, 3/s ");
        assertThat(Progress.line(0, 0, 0.0)).isEqualTo("\r[" + "#".repeat(30) + "] 0/0 reports, 0/s ");
        assertThat(Progress.line(12, 10, 1.0)).startsWith("\r[" + "#".repeat(30) + "] 12/10");
        assertThat(Progress.listing(1234)).isEqualTo("\rlisting: 1234 reports found ");
    }

    @Test
    void atATerminalTheListingThenTheBarAreDrawnAndBlankedWhenTheBatchEnds() throws InterruptedException {
        StringWriter text = new StringWriter();
        AtomicInteger found = new AtomicInteger(7);
        Progress progress = Progress.start(new PrintWriter(text), found, new AtomicInteger(3), true, Duration.ZERO);
        awaitText(text, "listing: 7 reports found");
        progress.checking(4);
        awaitText(text, "] 3/4 reports, ");
        progress.stop();
        String all = drawn(text);
        assertThat(all).startsWith("\rlisting: 7 reports found ");
        assertThat(all).contains("\r[" + "#".repeat(22) + " ".repeat(8) + "] 3/4 reports, ");
        assertThat(all).endsWith(BLANK);
    }

    @Test
    void heldNothingIsDrawnUntilCheckingStarts() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress progress = Progress.start(new PrintWriter(text), new AtomicInteger(7), new AtomicInteger(0), true,
                Duration.ZERO);
        awaitText(text, "listing: 7");
        progress.hold();
        String atHold = drawn(text);
        assertThat(atHold).endsWith(BLANK);
        Thread.sleep(600); // two drawings' time
        assertThat(drawn(text)).isEqualTo(atHold);
        progress.checking(2);
        awaitText(text, "0/2 reports");
        progress.stop();
    }

    @Test
    void elsewhereNothingIsDrawn() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress progress = Progress.start(new PrintWriter(text), new AtomicInteger(7), new AtomicInteger(3), false,
                Duration.ZERO);
        progress.checking(4);
        Thread.sleep(300); // a drawing line would have drawn at once, and again after 250 ms
        progress.stop();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void theLaunchersWordDecidesWhetherStderrIsATerminal() {
        String before = System.getProperty(Progress.STDERR_TERMINAL);
        try {
            System.setProperty(Progress.STDERR_TERMINAL, "true");
            assertThat(Progress.stderrIsTerminal()).isTrue();
            System.setProperty(Progress.STDERR_TERMINAL, "false");
            assertThat(Progress.stderrIsTerminal()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(Progress.STDERR_TERMINAL);
            } else {
                System.setProperty(Progress.STDERR_TERMINAL, before);
            }
        }
    }

    /** Waits up to ten seconds for the drawing thread to have written {@code part}. */
    private static void awaitText(StringWriter text, String part) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!drawn(text).contains(part) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(drawn(text)).contains(part);
    }

    private static String drawn(StringWriter text) {
        synchronized (text.getBuffer()) {
            return text.toString();
        }
    }
}
