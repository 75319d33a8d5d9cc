package org.specledger.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap on a named daemon thread (every 20 ms) and keeps the highest value seen, which is what
 * "peak heap" means in the reports: the most the workload held at once, garbage included, as the JVM saw it.
 */
final class HeapSampler implements AutoCloseable {
    private static final long PERIOD_MS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private final long gcCountAtStart;
    private final long gcMillisAtStart;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        gcCountAtStart = gcCount();
        gcMillisAtStart = gcMillis();
        peak = used();
        thread = new Thread(this::loop, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long peakBytes() {
        return Math.max(peak, used());
    }

    long gcCollections() {
        return gcCount() - gcCountAtStart;
    }

    long gcMillisTotal() {
        return gcMillis() - gcMillisAtStart;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
