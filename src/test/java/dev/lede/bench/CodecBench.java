package dev.lede.bench;

import dev.lede.store.CodecBenchAccess;
import dev.lede.store.CodecBenchAccess.Stored;
import dev.lede.store.TermVector;
import dev.lede.store.TermVectorCodecReference;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Unpacking and packing real stored term vectors, the codec against its reference model (the
 * bit-at-a-time writer and field-at-a-time reader it replaced, kept in test sources as
 * {@link TermVectorCodecReference}): every vector of a library file is read into memory, checked
 * (the new unpack gives the reference's vectors, the new pack gives back the stored bytes),
 * then each ROUNDS times unpacked and packed by both, the order flipping every round. Prints
 * per pass the thread's CPU time per vector and per term (median and best of the rounds).
 * Run it with -XX:TieredStopAtLevel=1 (as bin/lede runs an import) and without.
 *
 * <pre>java [-XX:TieredStopAtLevel=1] -cp target/lede.jar:target/test-classes dev.lede.bench.CodecBench DB [ROUNDS]</pre>
 * DB is opened read-only; give a copy of a shared library all the same.
 */
public final class CodecBench {
    private CodecBench() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Stored> stored = CodecBenchAccess.readAll(db);
        TermVector[] vectors = new TermVector[stored.size()];
        long terms = 0;
        for (int i = 0; i < vectors.length; i++) {
            Stored s = stored.get(i);
            TermVector v = CodecBenchAccess.unpack(s);
            TermVector reference = TermVectorCodecReference.unpack(s.articleId(), s.length(), s.packed());
            if (!Arrays.equals(v.termIds(), reference.termIds()) || !Arrays.equals(v.counts(), reference.counts())
                    || !Arrays.equals(v.flags(), reference.flags())) {
                throw new AssertionError("article " + s.articleId() + ": unpacked unlike the reference");
            }
            if (!Arrays.equals(CodecBenchAccess.pack(v), s.packed())) {
                throw new AssertionError("article " + s.articleId() + ": packed to other bytes than stored");
            }
            vectors[i] = v;
            terms += v.size();
        }
        System.out.printf(Locale.ROOT, "%s: %d vectors, %d terms (%.0f a vector), %.1f bytes a term; all unpack as"
                + " the reference does and pack to their stored bytes%n", db, vectors.length, terms,
                (double) terms / vectors.length, stored.stream().mapToLong(s -> s.packed().length).sum() / (double) terms);
        String[] names = {"unpack reference", "unpack new", "pack reference", "pack new"};
        long[][] cpu = new long[names.length][rounds];
        for (int r = 0; r < rounds; r++) {
            boolean flip = r % 2 == 1;
            for (int j = 0; j < 2; j++) {
                boolean reference = (j == 0) != flip;
                cpu[reference ? 0 : 1][r] = unpackAll(stored, reference);
            }
            for (int j = 0; j < 2; j++) {
                boolean reference = (j == 0) != flip;
                cpu[reference ? 2 : 3][r] = packAll(vectors, reference);
            }
        }
        String jit = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1")
                ? "C1 only (-XX:TieredStopAtLevel=1)" : "default JIT";
        System.out.printf(Locale.ROOT, "%s, %d rounds, thread CPU time (median / best):%n", jit, rounds);
        for (int i = 0; i < names.length; i++) {
            long[] sorted = cpu[i].clone();
            Arrays.sort(sorted);
            long median = sorted[rounds / 2];
            System.out.printf(Locale.ROOT, "  %-17s %8.0f / %8.0f ns a vector   %6.2f / %6.2f ns a term%n", names[i],
                    (double) median / vectors.length, (double) sorted[0] / vectors.length,
                    (double) median / terms, (double) sorted[0] / terms);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long unpackAll(List<Stored> stored, boolean reference) {
        long sum = 0;
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (Stored s : stored) {
            TermVector v = reference ? TermVectorCodecReference.unpack(s.articleId(), s.length(), s.packed())
                    : CodecBenchAccess.unpack(s);
            sum += v.termIds()[v.size() - 1] + v.counts()[0];
        }
        long t = THREADS.getCurrentThreadCpuTime() - t0;
        sink += sum;
        return t;
    }

    private static long packAll(TermVector[] vectors, boolean reference) {
        long sum = 0;
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (TermVector v : vectors) {
            byte[] packed = reference ? TermVectorCodecReference.pack(v.termIds(), v.counts(), v.flags())
                    : CodecBenchAccess.pack(v);
            sum += packed[packed.length - 1];
        }
        long t = THREADS.getCurrentThreadCpuTime() - t0;
        sink += sum;
        return t;
    }
}
