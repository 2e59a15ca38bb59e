package dev.careguide.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counts the items a benchmark exported; JMH reports the field as a rate ({@code items} per second). */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ItemCounter {

    public long items;

    @Setup(Level.Iteration)
    public void reset() {
        items = 0;
    }
}
