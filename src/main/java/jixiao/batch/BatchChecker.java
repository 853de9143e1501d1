package jixiao.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.extract.ReportInput;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import jixiao.load.DocumentParser;
import jixiao.model.Report;
import jixiao.model.Today;
import jixiao.model.Waiver;

/**
 * Checks many reports with one rule base: across threads, a session per report, results written in input order
 * as they come, with a bounded number in flight so that memory does not grow with the batch. A report that cannot
 * be read or on which a rule fails is marked so; the others go on.
 */
public final class BatchChecker {

    /** Where each report's line goes, in input order. */
    public interface Sink {
        void accept(BatchLine line) throws IOException;
    }

    /**
     * Where each report's bytes go, in input order, before its line: a record of the batch. {@code bytes} are those the
     * report was read from, or null when the file was refused unread (larger than a report may be, or no regular
     * file): the sink then keeps the file as it is, if it can. {@code facts} are those extracted from a document, with
     * the extraction notes, as {@code extract} writes them; null for a facts file or a report that could not be read.
     */
    public interface InputSink {
        void accept(Path file, byte[] bytes, ObjectNode facts) throws IOException;
    }

    private final Checker checker;
    private final ResultAssembler assembler;
    private final String language;
    private final List<Waiver> waivers;
    private final LocalDate today;
    private final int threads;
    private final ThreadLocal<Reader> inputs;
    private final List<String> gradeOrder;

    /**
     * How a report file becomes a report: {@link ReportInput#read(Path, byte[], Consumer)}, one reader a thread;
     * {@code content} is the file's bytes when already read, else null; {@code factsRead}, when given, sees the facts
     * extracted from a document.
     */
    interface Reader {
        Report read(Path file, byte[] content, Consumer<ObjectNode> factsRead)
                throws BadInputException, BadRulesException;
    }

    public BatchChecker(RuleBase rules, Path rulesDir, String language, List<Waiver> waivers, LocalDate today,
                        int threads, String tool) {
        this(rules, () -> {
            ReportInput input = new ReportInput(rulesDir);
            return input::read;
        }, language, waivers, today, threads, tool);
    }

    BatchChecker(RuleBase rules, java.util.function.Supplier<Reader> reader, String language, List<Waiver> waivers,
                 LocalDate today, int threads, String tool) {
        this.checker = new Checker(rules);
        this.assembler = new ResultAssembler(rules, tool);
        this.language = language;
        this.waivers = waivers;
        this.today = today;
        this.threads = threads;
        this.inputs = ThreadLocal.withInitial(reader);
        this.gradeOrder = gradeOrder(rules.ruleSet().policy());
    }

    /** The policy's grades best first, then any grade only a category's policy has: the summary's grade table. */
    private static List<String> gradeOrder(jixiao.model.Policy policy) {
        java.util.Set<String> order = new java.util.LinkedHashSet<>(policy.gradeLabels());
        policy.categories().forEach(c -> order.addAll(policy.forCategory(c).gradeLabels()));
        return List.copyOf(order);
    }

    /** Checks every file; {@code done} counts reports finished, for a progress display. */
    public BatchSummary run(List<Path> files, Sink sink, AtomicInteger done) throws IOException {
        return run(files, sink, null, done);
    }

    /**
     * As {@link #run(List, Sink, AtomicInteger)}; each report's bytes also go to {@code inputs}: the bytes the report
     * was read from, read once.
     */
    public BatchSummary run(List<Path> files, Sink sink, InputSink inputs, AtomicInteger done) throws IOException {
        BatchSummary summary = new BatchSummary(gradeOrder);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-batch");
            t.setDaemon(true);
            return t;
        });
        // Reports go to the threads in small runs: one hand-over per run rather than per report.
        int window = threads * 4;
        ArrayDeque<Future<List<Timed>>> inFlight = new ArrayDeque<>();
        try {
            for (int from = 0; from < files.size(); from += RUN) {
                List<Path> run = files.subList(from, Math.min(files.size(), from + RUN));
                inFlight.add(pool.submit(() -> run.stream().map(f -> timed(f, inputs != null)).toList()));
                if (inFlight.size() >= window) {
                    emit(inFlight.poll(), sink, inputs, summary, done);
                }
            }
            while (!inFlight.isEmpty()) {
                emit(inFlight.poll(), sink, inputs, summary, done);
            }
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    /** Reports a thread takes at once; with {@code threads * 4} runs in flight, at most 64 reports wait on 2 cores. */
    private static final int RUN = 8;

    /** A report's line and how long it took; its file's bytes and the facts extracted when they are kept. */
    private record Timed(BatchLine line, long nanos, Path file, byte[] bytes, ObjectNode facts) {
    }

    private static void emit(Future<List<Timed>> next, Sink sink, InputSink inputs, BatchSummary summary,
                             AtomicInteger done) throws IOException {
        List<Timed> run;
        try {
            run = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        for (Timed t : run) {
            if (inputs != null) {
                inputs.accept(t.file(), t.bytes(), t.facts());
            }
            sink.accept(t.line());
            summary.add(t.line(), t.nanos());
            done.incrementAndGet();
        }
    }

    private Timed timed(Path file, boolean keepBytes) {
        long start = System.nanoTime();
        if (!keepBytes) {
            return new Timed(check(file, null, null), System.nanoTime() - start, file, null, null);
        }
        byte[] bytes = content(file);
        ObjectNode[] facts = new ObjectNode[1];
        BatchLine line = check(file, bytes, read -> facts[0] = read);
        return new Timed(line, System.nanoTime() - start, file, bytes, facts[0]);
    }

    /**
     * The file's bytes, within the bounds every reader keeps (a regular file, at most 16 MB), or null: the reader then
     * refuses it, in the words of a batch that keeps nothing.
     */
    private static byte[] content(Path file) {
        try {
            return DocumentParser.read(file);
        } catch (BadInputException e) {
            return null;
        }
    }

    /** Time spent in each phase over all reports and threads, in nanoseconds: read, rules, result. */
    private final java.util.concurrent.atomic.AtomicLongArray phases = new java.util.concurrent.atomic.AtomicLongArray(3);

    /** Seconds spent reading, running the rules and building results, summed over threads. */
    public String phaseTimes() {
        long[] n = phaseNanos();
        return String.format(java.util.Locale.ROOT, "read %.1f s, rules %.1f s, result %.1f s (thread time)",
                n[0] / 1e9, n[1] / 1e9, n[2] / 1e9);
    }

    /** Nanoseconds spent reading, running the rules and building results so far, summed over threads. */
    public long[] phaseNanos() {
        return new long[] {phases.get(0), phases.get(1), phases.get(2)};
    }

    /**
     * One report, as a line: the same findings as {@code check} on the report alone. A fault of jixiao's own on one
     * report marks that report {@code internal-error} and the batch goes on; a province's batch is not lost to one file.
     */
    public BatchLine check(Path file) {
        return check(file, null, null);
    }

    /** As {@link #check(Path)}, from {@code content}, the file's bytes when already read; see {@link Reader}. */
    private BatchLine check(Path file, byte[] content, Consumer<ObjectNode> factsRead) {
        try {
            return checkOne(file, content, factsRead);
        } catch (RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getName()
                    : e.getClass().getName() + ": " + e.getMessage().lines().findFirst().orElse("");
            return BatchLine.failed(file.toString(), BatchLine.INTERNAL_ERROR,
                    List.of(file + ": internal error: " + what));
        }
    }

    private BatchLine checkOne(Path file, byte[] content, Consumer<ObjectNode> factsRead) {
        long t0 = System.nanoTime();
        Report report;
        try {
            report = inputs.get().read(file, content, factsRead);
        } catch (BadInputException e) {
            return BatchLine.failed(file.toString(), BatchLine.BAD_INPUT, e.problems());
        } catch (BadRulesException e) {
            return BatchLine.failed(file.toString(), BatchLine.RULE_FAILURE, e.problems());
        } catch (jixiao.load.TimeLimitException e) {
            return BatchLine.failed(file.toString(), BatchLine.TIME_LIMIT, List.of(e.getMessage()));
        }
        long t1 = System.nanoTime();
        phases.addAndGet(0, t1 - t0);
        Checker.Outcome outcome;
        try {
            List<Object> extra = new ArrayList<>(waivers);
            extra.add(new Today(today));
            outcome = checker.check(report, new Checker.Options(extra, false));
        } catch (RuleFailureException e) {
            return BatchLine.failed(file.toString(), BatchLine.RULE_FAILURE, List.of(e.getMessage()));
        }
        long t2 = System.nanoTime();
        phases.addAndGet(1, t2 - t1);
        CheckResult result = assembler.assemble(file.toString(), report, outcome, language, waivers, today, false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<BatchLine.Item> items = new ArrayList<>();
        for (String s : List.of("error", "warning", "info")) {
            counts.put(s, 0);
        }
        for (FindingView f : result.findings()) {
            if (!f.isWaived()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
            items.add(new BatchLine.Item(f.ruleId(), f.severity(), f.subject(), f.message(), f.isWaived() ? true : null));
        }
        CheckResult.Score score = result.score();
        phases.addAndGet(2, System.nanoTime() - t2);
        return new BatchLine(file.toString(), BatchLine.OK, report.identity().department(),
                report.identity().project(), report.identity().year(), score == null ? null : score.total(),
                score == null ? null : score.grade(), counts, items, null,
                report.warnings().isEmpty() ? null : report.warnings());
    }
}
