package uk.gov.lga.hub.provisioning.http;

/** What a handler answers: a status and a body to write as JSON, or none. */
public record Reply(int status, Object body) {

    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply noContent() {
        return new Reply(204, null);
    }
}
