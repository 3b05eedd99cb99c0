package uk.gov.lga.hub.application.demo;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a demo data file from the class path with a JSON-B instance of its own, closed afterwards. */
final class DemoJson {

    private DemoJson() {}

    static <T> T read(String resource, Class<T> type, String what) {
        Jsonb jsonb = JsonbBuilder.create();
        try (InputStream in = DemoJson.class.getResourceAsStream(resource)) {
            return jsonb.fromJson(in, type);
        } catch (Exception e) {
            throw new UncheckedIOException(what + " could not be read", new IOException(e));
        } finally {
            close(jsonb);
        }
    }

    /**
     * Not a try-with-resources resource: {@code Jsonb.close()} declares {@code Exception}, so an interrupt could be
     * swallowed there. Closing only releases the instance's caches; everything has been read by then.
     */
    private static void close(Jsonb jsonb) {
        try {
            jsonb.close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception ignored) {
            // nothing left to read, nothing to report
        }
    }
}
