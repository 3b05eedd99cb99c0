package uk.gov.lga.hub.provisioning.http;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Changes run one at a time. Each is several Keycloak calls; interleaving two (say, one user added to two councils
 * at once) could break "a user belongs to one council". Volumes are small, so the cost is nil.
 */
public final class OneChangeAtATime {

    private final ReentrantLock lock = new ReentrantLock();

    public <T> T run(Supplier<T> change) {
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    public void run(Runnable change) {
        run(() -> {
            change.run();
            return null;
        });
    }
}
