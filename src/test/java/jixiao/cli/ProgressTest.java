package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theLineShowsTheShareDoneTheCountAndTheRate() {
        assertThat(Progress.line(5, 10, 2.0)).isEqualTo("\r[" + "#".repeat(15) + " ".repeat(15) + "] 5/10 reports, 3/s ");
        assertThat(Progress.line(0, 0, 0.0)).isEqualTo("\r[" + "#".repeat(30) + "] 0/0 reports, 0/s ");
        assertThat(Progress.line(12, 10, 1.0)).startsWith("\r[" + "#".repeat(30) + "] 12/10");
    }

    @Test
    void atATerminalTheLineIsDrawnAndBlankedWhenTheBatchEnds() throws InterruptedException {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        Progress progress = Progress.start(err, 4, new AtomicInteger(3), true, Duration.ZERO);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (drawn(text).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        progress.stop();
        String all = drawn(text);
        assertThat(all).startsWith("\r[" + "#".repeat(22) + " ".repeat(8) + "] 3/4 reports, ");
        assertThat(all).endsWith("\r" + " ".repeat(79) + "\r");
    }

    @Test
    void elsewhereNothingIsDrawn() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress progress = Progress.start(new PrintWriter(text), 4, new AtomicInteger(3), false, Duration.ZERO);
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

    private static String drawn(StringWriter text) {
        synchronized (text.getBuffer()) {
            return text.toString();
        }
    }
}
