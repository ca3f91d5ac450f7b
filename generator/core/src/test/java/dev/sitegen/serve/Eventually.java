package dev.sitegen.serve;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waits for what a server does on its own threads, such as a rebuild after a save, and fails when it does not come. */
final class Eventually {

    private Eventually() {
    }

    static void await(Duration wait, BooleanSupplier done, Supplier<String> whatDidNotHappen) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, whatDidNotHappen);
            Thread.sleep(20);
        }
    }
}
