package dev.sitegen.serve;

import java.util.concurrent.ThreadFactory;

/** serve's threads: daemons, so that none keeps the JVM alive once serve is stopped, each named for what it does. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
