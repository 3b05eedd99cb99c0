package uk.gov.lga.hub.api.challenge;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import uk.gov.lga.hub.api.answer.BoundedCache;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;

/**
 * Writes a challenge's detail as JSON-B would, but takes its feedback report's JSON from a cache. The report's words
 * are nine tenths of the answer (about 46 kB for Coventry's), they change rarely (never once issued), and escaping
 * them character by character was half the CPU time of a challenge read under load (JDK Flight Recorder, issue 17).
 *
 * <p>The cache is addressed by the report's content itself (its words, themes and issue date), so it needs no
 * invalidation: a changed report is a new key, and the old one ages out (least recently used, {@value #REPORTS}
 * kept). Challenges and their reports are shared data, not a council's; the detail has been read and its caller
 * checked before it is written. The report comes first in the object instead of in JSON-B's alphabetical place;
 * the members and values are the same.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeDetailWriter implements MessageBodyWriter<ChallengeDetail> {

    static final int REPORTS = 64;

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One per deployment, whatever instances of this provider JAX-RS makes. */
    private static final BoundedCache<ChallengeDetail.Report, byte[]> REPORTS_KEPT = new BoundedCache<>(REPORTS);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ChallengeDetail.class;
    }

    @Override
    public void writeTo(
            ChallengeDetail detail,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        out.write(json(detail));
    }

    /** The detail's JSON: the report from the cache, spliced in front of the rest as JSON-B writes it. */
    byte[] json(ChallengeDetail detail) {
        byte[] rest = JSON.toJson(detail.withoutReport()).getBytes(StandardCharsets.UTF_8);
        if (detail.report() == null) {
            return rest;
        }
        byte[] report = REPORTS_KEPT.computeIfAbsent(
                detail.report(), r -> JSON.toJson(r).getBytes(StandardCharsets.UTF_8));
        byte[] opening = "{\"report\":".getBytes(StandardCharsets.UTF_8);
        boolean empty = rest.length == 2; // "{}"
        byte[] whole = new byte[opening.length + report.length + (empty ? 1 : rest.length)];
        System.arraycopy(opening, 0, whole, 0, opening.length);
        System.arraycopy(report, 0, whole, opening.length, report.length);
        if (empty) {
            whole[whole.length - 1] = '}';
        } else {
            whole[opening.length + report.length] = ',';
            System.arraycopy(rest, 1, whole, opening.length + report.length + 1, rest.length - 1);
        }
        return whole;
    }
}
