package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.runtime.KieSession;

/** The watchdog halts a run that goes on too long, and never one that has ended. */
class WatchdogTest {

    /** A rule that keeps firing, 20 ms a firing: 5,000 firings would take 100 s. */
    private static final String SLOW = """
            package t;
            global java.util.concurrent.atomic.AtomicInteger count;
            rule "slow loop"
            when
                $s : String()
            then
                count.incrementAndGet();
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
                delete($s);
                insert(new String("x"));
            end
            """;

    private static KieBase slowRules() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem files = ks.newKieFileSystem().write("src/main/resources/t/slow.drl", SLOW);
        KieBuilder builder = ks.newKieBuilder(files).buildAll();
        assertThat(builder.getResults().getMessages()).isEmpty();
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
    }

    @Test
    void haltsARunPastItsLimit() {
        KieSession session = slowRules().newKieSession();
        AtomicInteger count = new AtomicInteger();
        session.setGlobal("count", count);
        session.insert(new String("x"));
        Watchdog watchdog = new Watchdog(300);
        Watchdog.Run run = watchdog.start(session, name -> name);
        int fired = session.fireAllRules(Checker.MAX_FIRINGS);
        assertThat(watchdog.end(run)).isTrue();
        assertThat(fired).isLessThan(Checker.MAX_FIRINGS).isEqualTo(count.get());
        session.dispose();
    }

    @Test
    void leavesAnEndedRunAlone() throws InterruptedException {
        KieSession session = slowRules().newKieSession();
        AtomicInteger count = new AtomicInteger();
        session.setGlobal("count", count);
        Watchdog watchdog = new Watchdog(100);
        Watchdog.Run run = watchdog.start(session, name -> name);
        assertThat(watchdog.end(run)).isFalse();
        Thread.sleep(500); // past the limit and at least two looks of the watchdog
        session.insert(new String("x"));
        assertThat(session.fireAllRules(20)).isEqualTo(20);
        session.dispose();
    }
}
